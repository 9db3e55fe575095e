import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/scenario-schema.ts';
import { buildChecks } from './build-checks.ts';

const scenario = (extra: object) =>
  scenarioSchema.parse({
    name: 'pilot',
    source: { version: '1.0.0' },
    target: { version: '2.0.0' },
    chain: { migrators: ['migrations'] },
    ...extra,
  });

describe('buildChecks', () => {
  it('builds the checks a scenario asks for, in running order, with unique ids', () => {
    const spec = scenario({
      checks: {
        parity: [{ table: 'dir_user' }, { table: 'dir_user', columns: { email: 'lower(email)' } }, { name: 'forms', source: { table: 'f' }, target: { table: 'g' } }],
        invariants: [{ name: 'open', query: 'select 1' }],
      },
      budgets: { total: '2m', steps: { '2.0.0': '30s' } },
    });
    expect(buildChecks(spec.checks, spec.budgets).map((c) => [c.id, c.kind])).toEqual([
      ['schema', 'schema'],
      ['parity:dir_user', 'parity'],
      ['parity:dir_user#2', 'parity'],
      ['parity:forms', 'parity'],
      ['invariant:open', 'invariant'],
      ['budget', 'budget'],
      ['source-unchanged', 'source-unchanged'],
    ]);
  });

  it('leaves out what is switched off or empty', () => {
    const spec = scenario({ checks: { schema: { forbid: [] }, sourceUnchanged: false }, budgets: { steps: {} } });
    expect(buildChecks(spec.checks, spec.budgets)).toEqual([]);
  });
});
