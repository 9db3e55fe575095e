import { describe, expect, it } from 'vitest';
import { scanScenarioLiteral } from './scan-object-literal.ts';
import { SourceLocator } from './source-locator.ts';

function locator(text: string): SourceLocator {
  return new SourceLocator(text, scanScenarioLiteral(text));
}

/** Line and column of a snippet that occurs once in the text. */
function positionOf(text: string, snippet: string): { line: number; column: number } {
  const at = text.indexOf(snippet);
  if (at === -1 || text.indexOf(snippet, at + 1) !== -1) throw new Error(`snippet ${JSON.stringify(snippet)} must occur exactly once`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('scanScenarioLiteral', () => {
  it('reads the literal given to defineScenario, past comments, strings and templates holding brackets', () => {
    const text = [
      "import { defineScenario } from 'migration-pilot';",
      '// defineScenario({ not: this })',
      'export default defineScenario({',
      "  name: 'a { tricky } name, with [brackets]',",
      '  /* a block comment { */',
      '  description: `version ${"}"} and ${`nested ${1}`}`,',
      "  'quoted-key': { inner: [1, { deep: true }, 3] },",
      '  source: { version: "1.0.0" } as const,',
      '});',
    ].join('\n');
    const at = locator(text);
    expect(at.locate(['name'])).toEqual({ line: 4, column: 9 });
    expect(at.locate(['description'])).toEqual(positionOf(text, '`version'));
    expect(at.locate(['quoted-key', 'inner', 1, 'deep'])).toEqual(positionOf(text, 'true }'));
    expect(at.locate(['quoted-key', 'inner', 2])).toEqual(positionOf(text, '3]'));
    expect(at.locateKey(['source'])).toEqual({ line: 8, column: 3 });
    expect(at.locate(['source', 'version'])).toEqual(positionOf(text, '"1.0.0"'));
  });

  it('skips what is computed: variables, calls, spreads, shorthand and methods', () => {
    const text = [
      'const shared = { seed: 1 };',
      'export default {',
      '  ...base,',
      '  data: { ...shared, tables: makeTables(10, { a: 1 }) },',
      '  name,',
      '  [computed]: 1,',
      '  build() { return { x: 1 }; },',
      '  chain: { migrators: [...found, "extra"] },',
      '  after: 2,',
      '};',
    ].join('\n');
    const at = locator(text);
    expect(at.locate(['data', 'tables'])).toEqual(positionOf(text, 'makeTables'));
    // inside a value built by a call: the nearest written field
    expect(at.locate(['data', 'tables', 'a'])).toEqual(positionOf(text, 'makeTables'));
    // a shorthand property has no written value: its key
    expect(at.locate(['name'])).toEqual({ line: 5, column: 3 });
    // after a spread, list indexes are unknowable
    expect(at.has(['chain', 'migrators', 0])).toBe(false);
    expect(at.locate(['after'])).toEqual(positionOf(text, '2,'));
  });

  it('finds the scenario exported by name, and nothing in a module without one', () => {
    expect(locator('export const scenario = {\n  name: "x",\n};').locate(['name'])).toEqual({ line: 2, column: 9 });
    expect(scanScenarioLiteral('export const other = 1;')).toBeUndefined();
    expect(scanScenarioLiteral('export default defineScenario({ name: "unclosed')).toBeUndefined();
  });
});
