import { scanScenarioLiteral } from './scan-object-literal.ts';
import { SourceLocator, type SourceNode } from './source-locator.ts';

/**
 * Positions for a TypeScript scenario, or `undefined` when the text cannot be trusted to
 * show the value the module exported. The scanner reads text, the module builds a value:
 * code between the two (a spread, a loop that edits the object, a second literal the
 * scanner took for the scenario) can make a position point at the wrong thing. So the
 * literal must agree with the value wherever the text is sure: every key written there
 * (and no other key, in a mapping without a spread), the length of every list, and the
 * value of every scalar literal.
 *
 * @example
 * const locator = moduleScenarioLocator(text, module.default);
 * locator?.locate(['data', 'tables', 'dir_user', 'rows']); // { line: 12, column: 15 }, or undefined
 */
export function moduleScenarioLocator(text: string, exported: unknown): SourceLocator | undefined {
  const tree = scanScenarioLiteral(text);
  return tree && agrees(tree, exported) ? new SourceLocator(text, tree) : undefined;
}

function agrees(node: SourceNode | undefined, value: unknown): boolean {
  // A shorthand property or a method: nothing written to compare.
  if (!node) return true;
  if (node.scalar) return node.scalar.value === value;
  if (node.entries) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const [key, entry] of node.entries) {
      // A later spread may have replaced it; the locator gives no position there anyway.
      if (entry.unsure) continue;
      if (!Object.hasOwn(record, key) || !agrees(entry.value, record[key])) return false;
    }
    if (!node.open && Object.keys(record).length !== node.entries.size) return false;
  }
  if (node.items) {
    if (!Array.isArray(value)) return false;
    if (node.open ? value.length < node.items.length : value.length !== node.items.length) return false;
    return node.items.every((item, index) => agrees(item, value[index]));
  }
  return true;
}
