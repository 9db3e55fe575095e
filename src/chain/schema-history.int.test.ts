import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type Snapshot, type StartedEnvironment } from '../environment/environment-provider.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { appendSchemaHistory, currentVersion, readSchemaHistory, stampBaseline } from './schema-history.ts';

const provider = embeddedProvider({ cache: memorySnapshotCache() });
let empty: Snapshot;
beforeAll(async () => {
  await using env = await provider.start({ role: 'source', engine: 'postgres' });
  empty = await env.snapshot();
});
const database = (): Promise<StartedEnvironment> => provider.start({ role: 'target', engine: 'postgres', restore: empty });

describe('schema history on PostgreSQL (embedded)', () => {
  it('reads as empty when the table, or its schema, does not exist', async () => {
    await using env = await database();
    expect(await readSchemaHistory(env.engine.session, 'pilot_schema_history')).toEqual([]);
    expect(await readSchemaHistory(env.engine.session, 'no_such_schema.pilot_schema_history')).toEqual([]);
  });

  it('stamps a baseline once, into a schema-qualified table it creates', async () => {
    await using env = await database();
    const db = env.engine.session;
    const table = 'pilot.schema_history';
    expect(await stampBaseline(db, table, '1.0.0')).toEqual({ stamped: true, currentVersion: '1.0.0' });
    // A history that has entries (a restored dump) is left as it is.
    expect(await stampBaseline(db, table, '0.9.0')).toEqual({ stamped: false, currentVersion: '1.0.0' });

    const [baseline] = await readSchemaHistory(db, table);
    expect(baseline).toEqual({
      installedRank: 1,
      version: '1.0.0',
      fromVersion: null,
      description: 'baseline',
      kind: 'baseline',
      script: '',
      checksum: null,
      appliedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      executionMs: 0,
      success: true,
    });
  });

  it('appends entries with the next rank; the current version is the last successful one', async () => {
    await using env = await database();
    const db = env.engine.session;
    const table = 'pilot_schema_history';
    await stampBaseline(db, table, '1.0.0');
    const entry = { fromVersion: '1.0.0', description: 'd', kind: 'sql' as const, script: 'm.sql', checksum: 'ab', executionMs: 12.6 };
    expect(await appendSchemaHistory(db, table, { ...entry, version: '1.1.0', success: true })).toBe(2);
    expect(await appendSchemaHistory(db, table, { ...entry, fromVersion: '1.1.0', version: '1.2.0', success: false })).toBe(3);

    const entries = await readSchemaHistory(db, table);
    expect(entries.map((e) => [e.installedRank, e.version, e.executionMs, e.success])).toEqual([
      [1, '1.0.0', 0, true],
      [2, '1.1.0', 13, true],
      [3, '1.2.0', 13, false],
    ]);
    expect(currentVersion(entries)).toBe('1.1.0');
  });

  it('refuses a table of that name that is not a history table, and a baseline that is not a version', async () => {
    await using env = await database();
    const db = env.engine.session;
    await db.exec('create table pilot_schema_history (id integer)');
    const error = await readSchemaHistory(db, 'pilot_schema_history').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect((error as HarnessError).message).toMatch(/^Could not read the schema history table "pilot_schema_history": column "installed_rank" does not exist/);
    expect((error as HarnessError).hint).toContain('chain.historyTable');
    await expect(stampBaseline(db, 'other_history', 'v1')).rejects.toThrow('Cannot stamp baseline version "v1": it is not a plain semantic version.');
  });
});
