import { describe, expect, it } from 'vitest';
import { moduleScenarioLocator } from './module-scenario-locator.ts';

const TEXT = [
  'const scenario = defineScenario({',
  "  name: 'n',",
  '  data: { tables: { t: { rows: 10, columns: {} } } },',
  "  chain: { migrators: ['m'] },",
  '});',
  'export default scenario;',
].join('\n');

const built = () => ({ name: 'n', data: { tables: { t: { rows: 10, columns: {} } } }, chain: { migrators: ['m'] } });

describe('moduleScenarioLocator', () => {
  it('trusts the text when it agrees with the exported value', () => {
    expect(moduleScenarioLocator(TEXT, built())?.locate(['data', 'tables', 't', 'rows'])).toEqual({ line: 3, column: 32 });
  });

  it('refuses the text when a scalar differs from the exported value, though every key is there', () => {
    const edited = built();
    (edited.data.tables.t as { rows: unknown }).rows = '10';
    expect(moduleScenarioLocator(TEXT, edited)).toBeUndefined();
    expect(moduleScenarioLocator(TEXT, { ...built(), name: 'other' })).toBeUndefined();
  });

  it('refuses the text when the value has keys or items the text does not write', () => {
    expect(moduleScenarioLocator(TEXT, { ...built(), description: 'added later' })).toBeUndefined();
    expect(moduleScenarioLocator(TEXT, { ...built(), chain: { migrators: ['m', 'n'] } })).toBeUndefined();
    expect(moduleScenarioLocator(TEXT, { ...built(), chain: { migrators: 'm' } })).toBeUndefined();
  });

  it('ignores what a spread may have changed', () => {
    const text = "export default defineScenario({ name: 'early', ...base, target: { version: '2.0.0' } });";
    const value = { name: 'from base', source: { version: '1.0.0' }, target: { version: '2.0.0' } };
    const locator = moduleScenarioLocator(text, value);
    expect(locator?.locate(['target', 'version'])).toEqual({ line: 1, column: text.indexOf("'2.0.0'") + 1 });
    expect(locator?.locate(['name'])).toBeUndefined();
    expect(locator?.locate(['source', 'version'])).toBeUndefined();
  });
});
