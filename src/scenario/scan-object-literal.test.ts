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

  it('gives no position where a spread or a computed key may have put the value', () => {
    const text = [
      'export default defineScenario({',
      "  name: 'replaced by base?',",
      '  ...base,',
      "  source: { ...moreSource, version: '1.0.0' },",
      "  chain: { migrators: ['first', ...more, 'last'], historyTable: 'h' },",
      "  data: { seed: 1, [key]: 2, scale: 3 },",
      '});',
    ].join('\n');
    const at = locator(text);
    // written before the spread, which may hold the key too
    expect(at.locate(['name'])).toBeUndefined();
    expect(at.locateKey(['name'])).toBeUndefined();
    // not written here: it may come from the spread, so it is not a missing key of this mapping
    expect(at.locate(['target', 'version'])).toBeUndefined();
    expect(at.locate(['source', 'schema'])).toBeUndefined();
    // written after the spread: sure
    expect(at.locate(['source', 'version'])).toEqual(positionOf(text, "'1.0.0'"));
    expect(at.locate(['chain', 'historyTable'])).toEqual(positionOf(text, "'h'"));
    // list items before a spread keep their index, the ones after it do not
    expect(at.locate(['chain', 'migrators', 0])).toEqual(positionOf(text, "'first'"));
    expect(at.locate(['chain', 'migrators', 1])).toBeUndefined();
    // a computed key may be any key: like a spread
    expect(at.locate(['data', 'seed'])).toBeUndefined();
    expect(at.locate(['data', 'scale'])).toEqual(positionOf(text, '3 }'));
    expect(at.locate(['data', 'tables'])).toBeUndefined();
  });

  it('still points a missing key at the mapping that lacks it, when the mapping is all written out', () => {
    const text = "export default defineScenario({ name: 'n', chain: { migrators: ['m'] } });";
    const at = locator(text);
    expect(at.locate(['chain', 'historyTable'])).toEqual(positionOf(text, "{ migrators"));
    expect(at.locate(['chain', 'migrators', 3])).toEqual(positionOf(text, "['m']"));
  });

  it('keeps the value of scalar literals, and treats any other expression as computed', () => {
    const text = [
      'export default defineScenario({',
      "  a: 'text', b: \"it's\", c: 12, d: -1.5, e: 1_000, f: true, g: null,",
      '  h: 10n, i: `t`, j: x, k: 1 + 2, l: [1, 2].map(double), m: { n: 1 } as const, 2.0: 1,',
      '});',
    ].join('\n');
    const root = scanScenarioLiteral(text)!;
    const scalars = Object.fromEntries([...root.entries!].map(([key, entry]) => [key, entry.value?.scalar ? entry.value.scalar.value : (entry.value?.entries ? 'mapping' : entry.value?.items ? 'list' : 'computed')]));
    expect(scalars).toEqual({
      a: 'text', b: "it's", c: 12, d: -1.5, e: 1000, f: true, g: null,
      h: 'computed', i: 'computed', j: 'computed', k: 'computed', l: 'computed', m: 'mapping', '2': 1,
    });
  });

  it('prefers the exported literal to a defineScenario call before it', () => {
    const text = [
      "const draft = defineScenario({ name: 'draft' });",
      "export default defineScenario({ ...draft, name: 'final' });",
    ].join('\n');
    expect(locator(text).locate(['name'])).toEqual(positionOf(text, "'final'"));
  });

  it('finds the scenario exported by name, and nothing in a module without one', () => {
    expect(locator('export const scenario = {\n  name: "x",\n};').locate(['name'])).toEqual({ line: 2, column: 9 });
    expect(scanScenarioLiteral('export const other = 1;')).toBeUndefined();
    expect(scanScenarioLiteral('export default defineScenario({ name: "unclosed')).toBeUndefined();
  });
});
