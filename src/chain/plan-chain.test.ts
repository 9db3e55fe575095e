import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { planChain, type PlannableMigrator } from './plan-chain.ts';

const m = (from: string, to: string, relativeFile = `migrations/${from}-${to}.sql`): PlannableMigrator => ({ from, to, relativeFile });

function steps(migrators: PlannableMigrator[], from: string, to: string, mandatory: string[] = []): string[] {
  const plan = planChain(migrators, { from, to, mandatory });
  if (!plan.ok) throw new Error(`expected a plan, got ${JSON.stringify(plan.refusal, null, 2)}`);
  return plan.steps.map((s) => `${s.from} → ${s.to}`);
}

function refusal(migrators: PlannableMigrator[], from: string, to: string, mandatory: string[] = []) {
  const plan = planChain(migrators, { from, to, mandatory });
  if (plan.ok) throw new Error(`expected a refusal, got the plan ${plan.steps.map((s) => s.to).join(', ')}`);
  return plan.refusal;
}

describe('planChain', () => {
  it('chains migrators from the stored version to the target, whatever order they come in', () => {
    const migrators = [m('1.2.0', '2.0.0'), m('1.0.0', '1.1.0'), m('1.1.0', '1.2.0')];
    expect(steps(migrators, '1.0.0', '2.0.0', ['2.0.0'])).toEqual(['1.0.0 → 1.1.0', '1.1.0 → 1.2.0', '1.2.0 → 2.0.0']);
  });

  it('uses only migrators inside the range: nothing below the stored version, nothing past the target', () => {
    const migrators = [m('1.0.0', '1.1.0'), m('1.1.0', '1.2.0'), m('1.2.0', '2.0.0'), m('2.0.0', '2.1.0')];
    expect(steps(migrators, '1.1.0', '2.0.0')).toEqual(['1.1.0 → 1.2.0', '1.2.0 → 2.0.0']);
  });

  it('plans nothing when the stored version is the target', () => {
    expect(steps([m('1.0.0', '1.1.0')], '1.1.0', '1.1.0')).toEqual([]);
  });

  it('goes 1.3.0 → 3.1.0 through the mandatory 2.0.0, leaving aside a migrator that jumps over it', () => {
    const migrators = [m('1.3.0', '3.1.0'), m('1.3.0', '2.0.0'), m('2.0.0', '3.0.0'), m('3.0.0', '3.1.0')];
    expect(steps(migrators, '1.3.0', '3.1.0', ['2.0.0'])).toEqual(['1.3.0 → 2.0.0', '2.0.0 → 3.0.0', '3.0.0 → 3.1.0']);
    // Without the mandatory version, the two ways are both valid.
    expect(refusal(migrators, '1.3.0', '3.1.0').map((r) => r.code)).toEqual(['chain.ambiguous']);
  });

  it('passes through several mandatory versions', () => {
    const migrators = [m('1.0.0', '2.0.0'), m('2.0.0', '4.0.0'), m('2.0.0', '3.0.0'), m('3.0.0', '4.0.0'), m('1.0.0', '4.0.0')];
    expect(steps(migrators, '1.0.0', '4.0.0', ['2.0.0', '3.0.0'])).toEqual(['1.0.0 → 2.0.0', '2.0.0 → 3.0.0', '3.0.0 → 4.0.0']);
  });

  it('ignores mandatory versions at or below the stored version and above the target', () => {
    const migrators = [m('2.0.0', '3.0.0')];
    expect(steps(migrators, '2.0.0', '3.0.0', ['1.5.0', '2.0.0', '5.0.0'])).toEqual(['2.0.0 → 3.0.0']);
    // A mandatory version equal to the target is a stop the path ends at anyway.
    expect(steps([m('1.0.0', '2.0.0')], '1.0.0', '2.0.0', ['2.0.0'])).toEqual(['1.0.0 → 2.0.0']);
  });

  it('orders prerelease versions by semver precedence (2.0.0-rc.1 < 2.0.0-rc.2 < 2.0.0)', () => {
    const migrators = [m('2.0.0-rc.2', '2.0.0'), m('1.9.0', '2.0.0-rc.1'), m('2.0.0-rc.1', '2.0.0-rc.2')];
    expect(steps(migrators, '1.9.0', '2.0.0', ['2.0.0'])).toEqual(['1.9.0 → 2.0.0-rc.1', '2.0.0-rc.1 → 2.0.0-rc.2', '2.0.0-rc.2 → 2.0.0']);
    // A prerelease of a mandatory version is below it, so 2.0.0-rc.1 → 2.0.1 jumps over 2.0.0.
    expect(refusal([m('1.9.0', '2.0.0-rc.1'), m('2.0.0-rc.1', '2.0.1')], '1.9.0', '2.0.1', ['2.0.0']).map((r) => r.code)).toEqual([
      'chain.mandatory-skipped',
    ]);
  });

  it('reads versions written with a "v" prefix in the options', () => {
    expect(steps([m('1.0.0', '1.1.0')], 'v1.0.0', 'v1.1.0')).toEqual(['1.0.0 → 1.1.0']);
  });

  it('throws a configuration error for a version that is not semver', () => {
    expect(() => planChain([m('1.0.0', '1.1.0')], { from: '1.0', to: '1.1.0', mandatory: [] })).toThrow(HarnessError);
  });

  describe('refuses, saying what is wrong and what to do', () => {
    it('a migrator that jumps over a mandatory version (1.2.0 → 2.1.0 across 2.0.0)', () => {
      const migrators = [m('1.0.0', '1.1.0'), m('1.1.0', '1.2.0'), m('1.2.0', '2.1.0')];
      expect(refusal(migrators, '1.0.0', '2.1.0', ['2.0.0'])).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.mandatory-skipped",
            "files": [
              "migrations/1.2.0-2.1.0.sql",
            ],
            "message": "Migrator 1.2.0 → 2.1.0 (migrations/1.2.0-2.1.0.sql) jumps over the mandatory version 2.0.0, so it cannot be used: an upgrade from 1.0.0 to 2.1.0 must stop at 2.0.0. Split it into 1.2.0 → 2.0.0 and 2.0.0 → 2.1.0.",
          },
        ]
      `);
    });

    it('a migrator that jumps over two mandatory versions', () => {
      expect(refusal([m('1.0.0', '4.0.0')], '1.0.0', '4.0.0', ['3.0.0', '2.0.0'])[0]!.message).toMatchInlineSnapshot(`"Migrator 1.0.0 → 4.0.0 (migrations/1.0.0-4.0.0.sql) jumps over the mandatory versions 2.0.0 and 3.0.0, so it cannot be used: an upgrade from 1.0.0 to 4.0.0 must stop at 2.0.0 and 3.0.0. Split it into 1.0.0 → 2.0.0, 2.0.0 → 3.0.0 and 3.0.0 → 4.0.0."`);
    });

    it('a gap: no migrator starts where the chain arrived', () => {
      const migrators = [m('1.0.0', '1.1.0'), m('1.2.0', '2.0.0')];
      expect(refusal(migrators, '1.0.0', '2.0.0')).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.gap",
            "files": [
              "migrations/1.0.0-1.1.0.sql",
              "migrations/1.2.0-2.0.0.sql",
            ],
            "message": "No migrator starts at 1.1.0: from the stored version 1.0.0 the chain reaches 1.1.0 at most, short of the target 2.0.0. Add a migrator from 1.1.0 to 1.2.0, where the next migrator starts (migrations/1.2.0-2.0.0.sql).",
          },
        ]
      `);
    });

    it('a gap at the start, with a migrator that starts there but goes past the target', () => {
      expect(refusal([m('1.0.0', '3.0.0'), m('1.5.0', '2.0.0')], '1.0.0', '2.0.0')[0]!.message).toMatchInlineSnapshot(`"No migrator starts at the stored version 1.0.0 (1.0.0 → 3.0.0 in migrations/1.0.0-3.0.0.sql starts there but goes past the target), so the chain to 2.0.0 cannot begin. Add a migrator from 1.0.0 to 1.5.0, where the next migrator starts (migrations/1.5.0-2.0.0.sql)."`);
    });

    it('a gap before a mandatory version', () => {
      expect(refusal([m('1.0.0', '1.1.0'), m('2.0.0', '3.0.0')], '1.0.0', '3.0.0', ['2.0.0'])[0]!.message).toMatchInlineSnapshot(`"No migrator starts at 1.1.0: from the stored version 1.0.0 the chain reaches 1.1.0 at most, short of the target 3.0.0. Add a migrator from 1.1.0 to 2.0.0, where the next migrator starts (migrations/2.0.0-3.0.0.sql)."`);
    });

    it('a gap and, before it, a migrator that jumps over a mandatory version', () => {
      const migrators = [m('1.0.0', '1.1.0'), m('1.1.0', '2.1.0'), m('2.2.0', '3.0.0')];
      expect(refusal(migrators, '1.0.0', '3.0.0', ['2.0.0']).map((r) => `${r.code}: ${r.message}`)).toMatchInlineSnapshot(`
        [
          "chain.mandatory-skipped: Migrator 1.1.0 → 2.1.0 (migrations/1.1.0-2.1.0.sql) jumps over the mandatory version 2.0.0, so it cannot be used: an upgrade from 1.0.0 to 3.0.0 must stop at 2.0.0. Split it into 1.1.0 → 2.0.0 and 2.0.0 → 2.1.0.",
          "chain.gap: No migrator starts at 2.1.0: from the stored version 1.0.0 the chain reaches 2.1.0 at most, short of the target 3.0.0. Add a migrator from 2.1.0 to 2.2.0, where the next migrator starts (migrations/2.2.0-3.0.0.sql).",
        ]
      `);
    });

    it('two migrators with the same from and to, naming both files', () => {
      const migrators = [m('1.0.0', '1.1.0', 'migrations/b.sql'), m('1.0.0', '1.1.0', 'migrations/a.sql'), m('1.1.0', '2.0.0')];
      expect(refusal(migrators, '1.0.0', '2.0.0')).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.duplicate",
            "files": [
              "migrations/a.sql",
              "migrations/b.sql",
            ],
            "message": "Two migrators go from 1.0.0 to 1.1.0: migrations/a.sql and migrations/b.sql. Keep one: merge their SQL into one file, or give one of them other versions.",
          },
        ]
      `);
    });

    it('duplicates even outside the planned range', () => {
      const migrators = [m('1.0.0', '1.1.0'), m('3.0.0', '3.1.0', 'x.sql'), m('3.0.0', '3.1.0', 'y.sql'), m('3.0.0', '3.1.0', 'z.ts')];
      expect(refusal(migrators, '1.0.0', '1.1.0')[0]!.message).toMatchInlineSnapshot(`"3 migrators go from 3.0.0 to 3.1.0: x.sql, y.sql and z.ts. Keep one: merge their SQL into one file, or give one of them other versions."`);
    });

    it('more than one way to the target, listing them', () => {
      const migrators = [m('1.0.0', '1.1.0'), m('1.1.0', '2.0.0'), m('1.0.0', '1.5.0'), m('1.5.0', '2.0.0'), m('2.0.0', '2.1.0')];
      expect(refusal(migrators, '1.0.0', '2.1.0')).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.ambiguous",
            "files": [
              "migrations/1.0.0-1.1.0.sql",
              "migrations/1.1.0-2.0.0.sql",
              "migrations/1.0.0-1.5.0.sql",
              "migrations/1.5.0-2.0.0.sql",
            ],
            "message": "There are 2 ways from 1.0.0 to 2.1.0, and the chain must have exactly one:
          1.0.0 → 1.1.0 → 2.0.0 → 2.1.0 (migrations/1.0.0-1.1.0.sql, migrations/1.1.0-2.0.0.sql, migrations/2.0.0-2.1.0.sql)
          1.0.0 → 1.5.0 → 2.0.0 → 2.1.0 (migrations/1.0.0-1.5.0.sql, migrations/1.5.0-2.0.0.sql, migrations/2.0.0-2.1.0.sql)
        Remove the migrators of the ways not meant to run, or change their versions so that one way remains.",
          },
        ]
      `);
    });

    it('a stored version above the target', () => {
      expect(refusal([m('1.0.0', '1.1.0')], '2.1.0', '2.0.0')).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.stored-version-ahead",
            "files": [],
            "message": "The database already holds version 2.1.0 (its schema history says so), above the target version 2.0.0: the chain only moves up. Start from a database at 2.0.0 or below (an older dump), or set the target version to 2.1.0 or higher.",
          },
        ]
      `);
    });
  });
});
