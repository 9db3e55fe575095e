import { describe, expect, it } from 'vitest';
import type { SchemaHistoryEntry } from './schema-history.ts';
import { validateHistory } from './validate-history.ts';

const OLD = 'db8941181ade9c5093b73038f39e9254710d55e36d0ff7b313f680b94ccc769f';
const NEW = 'ecfb93a1badfe1e176652395c6b62d346ea9cad81a5ce3f806b9759b82ab0db9';

type Entry = Omit<SchemaHistoryEntry, 'installedRank'>;
function entry(version: string, fromVersion: string | null, overrides: Partial<Entry> = {}): Entry {
  return {
    version,
    fromVersion,
    description: '',
    kind: fromVersion === null ? 'baseline' : 'sql',
    script: fromVersion === null ? '' : `migrations/${fromVersion}-${version}.sql`,
    checksum: fromVersion === null ? null : NEW,
    appliedAt: '2024-06-01T22:00:00.000Z',
    executionMs: 10,
    success: true,
    ...overrides,
  };
}
/** Entries in rank order, 1, 2, 3, … */
const history = (...entries: Entry[]): SchemaHistoryEntry[] => entries.map((e, i) => ({ installedRank: i + 1, ...e }));
const migrator = (from: string, to: string, checksum = NEW) => ({ from, to, checksum, relativeFile: `migrations/${from}-${to}.sql` });

describe('validateHistory', () => {
  const migrators = [migrator('1.0.0', '1.1.0'), migrator('1.1.0', '1.2.0'), migrator('1.2.0', '2.0.0')];

  it('accepts a history that matches the loaded migrators, baseline included', () => {
    expect(validateHistory(history(entry('1.0.0', null), entry('1.1.0', '1.0.0'), entry('1.2.0', '1.1.0')), migrators)).toEqual({ refusal: [], warnings: [] });
  });

  it('refuses an applied migrator whose file changed since', () => {
    const applied = history(entry('1.0.0', null), entry('1.1.0', '1.0.0', { checksum: OLD }));
    expect(validateHistory(applied, migrators).refusal).toMatchInlineSnapshot(`
      [
        {
          "code": "chain.checksum-mismatch",
          "files": [
            "migrations/1.0.0-1.1.0.sql",
          ],
          "message": "Migrator 1.1.0 (migrations/1.0.0-1.1.0.sql) was applied with checksum sha256:db8941181ade… but the file now has sha256:ecfb93a1badf…. An applied migrator must not change: revert the edit and put the change in a new migrator.",
        },
      ]
    `);
  });

  it('refuses an applied migrator that is missing inside the span of the loaded ones', () => {
    const applied = history(entry('1.0.0', null), entry('1.1.0', '1.0.0'), entry('1.1.5', '1.1.0', { script: 'migrations/1.1.0-1.1.5.hotfix.sql' }));
    expect(validateHistory(applied, migrators)).toMatchInlineSnapshot(`
      {
        "refusal": [
          {
            "code": "chain.unknown-applied",
            "files": [
              "migrations/1.1.0-1.1.5.hotfix.sql",
            ],
            "message": "Migrator 1.1.0 → 1.1.5 (migrations/1.1.0-1.1.5.hotfix.sql) was applied to the target (history rank 3) but is not among the loaded migrators. The chain in the repository no longer describes how the target got to 1.1.5: restore the migrator file, or migrate from a database whose history matches the repository.",
          },
        ],
        "warnings": [],
      }
    `);
  });

  it('names the loaded migrator that now starts elsewhere', () => {
    const applied = history(entry('1.0.0', null), entry('1.1.0', '1.0.5', { script: 'migrations/1.0.5-1.1.0.sql' }));
    expect(validateHistory(applied, migrators).refusal.map((r) => r.message)).toMatchInlineSnapshot(`
      [
        "Migrator 1.0.5 → 1.1.0 (migrations/1.0.5-1.1.0.sql) was applied to the target (history rank 2) but is not among the loaded migrators. The loaded migrators to 1.1.0 start elsewhere: 1.0.0 → 1.1.0 (migrations/1.0.0-1.1.0.sql). The chain in the repository no longer describes how the target got to 1.1.0: restore the migrator file, or migrate from a database whose history matches the repository.",
      ]
    `);
  });

  it('only warns about applied migrators below the oldest loaded one (pruned)', () => {
    const applied = history(entry('0.9.0', null), entry('1.0.0', '0.9.0', { script: 'migrations/0.9.0-1.0.0.sql' }), entry('1.1.0', '1.0.0'));
    expect(validateHistory(applied, migrators)).toMatchInlineSnapshot(`
      {
        "refusal": [],
        "warnings": [
          {
            "code": "chain.unknown-applied",
            "files": [
              "migrations/0.9.0-1.0.0.sql",
            ],
            "message": "Migrator 0.9.0 → 1.0.0 (migrations/0.9.0-1.0.0.sql) was applied to the target (history rank 2) but is not among the loaded migrators; it lies below the oldest loaded migrator (from 1.0.0), so it is taken as pruned and not checked.",
          },
        ],
      }
    `);
  });

  it('refuses a failed entry after the last successful one, not one that a later success followed', () => {
    const failedLast = history(entry('1.0.0', null), entry('1.1.0', '1.0.0', { success: false }));
    expect(validateHistory(failedLast, migrators).refusal).toMatchInlineSnapshot(`
      [
        {
          "code": "chain.failed-applied",
          "files": [
            "migrations/1.0.0-1.1.0.sql",
          ],
          "message": "Migrator 1.1.0 (migrations/1.0.0-1.1.0.sql) failed part-way in an earlier run and could not be rolled back (history rank 2), so the target may hold part of its changes. Repair the target (undo what the migrator did, e.g. drop an INVALID index) and delete that history row, or restore the target from a backup, then run again.",
        },
      ]
    `);
    const repaired = history(entry('1.0.0', null), entry('1.1.0', '1.0.0', { success: false }), entry('1.1.0', '1.0.0'));
    expect(validateHistory(repaired, migrators).refusal).toEqual([]);
  });
});
