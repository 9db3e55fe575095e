import { describe, expect, it } from 'vitest';
import { embeddedProvider } from './embedded-provider.ts';
import { memorySnapshotCache, type Snapshot } from '../environment-provider.ts';

describe('embeddedProvider', () => {
  it('starts PostgreSQL in-process, snapshots, and restores the copy independently', async () => {
    const provider = embeddedProvider({ cache: memorySnapshotCache() });
    await using source = await provider.start({ role: 'source', engine: 'postgres' });
    expect(source.description).toMatch(/^embedded PGlite [\d.]+ \(PostgreSQL 1[89]\.\d+\)$/);
    await source.engine.session.exec(`create table t (id int primary key, v text); insert into t values (1, 'a'), (2, 'b');`);
    const snapshot = await source.snapshot();
    expect(snapshot.bytes).toBeGreaterThan(0);

    await using target = await provider.start({ role: 'target', engine: 'postgres', restore: snapshot });
    await target.engine.session.exec(`delete from t where id = 1`);
    expect(await target.engine.count('t')).toBe(1);
    expect(await source.engine.count('t')).toBe(2);
  });

  it('keeps the freshly initialised data dir and starts later environments from it', async () => {
    const inner = memorySnapshotCache();
    const keys: string[] = [];
    const cache = { get: inner.get, put: async (key: string, snapshot: Snapshot) => (keys.push(key), inner.put(key, snapshot)) };
    const provider = embeddedProvider({ cache });
    const first = await provider.start({ role: 'source', engine: 'postgres' });
    await first.stop();
    await using second = await provider.start({ role: 'target', engine: 'postgres' });
    expect(keys).toEqual([expect.stringMatching(/^initdb-pglite-\d+\.\d+\.\d+$/)]);
    expect(await second.engine.queryText('select 1 as one')).toEqual({ columns: ['one'], rows: [['1']] });
  });

  it('refuses a snapshot from another provider', async () => {
    const provider = embeddedProvider();
    await expect(
      provider.start({
        role: 'target',
        engine: 'postgres',
        restore: { provider: 'local', engineVersion: '15.18', bytes: 0 },
      }),
    ).rejects.toThrow('Cannot start an embedded environment from a "local" snapshot.');
  });

  it('has no query methods once stopped', async () => {
    const provider = embeddedProvider();
    const env = await provider.start({ role: 'source', engine: 'postgres' });
    const stopped = await env.stop();
    expect(stopped).toEqual({ role: 'source', provider: 'embedded', description: env.description });
    expect('engine' in stopped).toBe(false);
  });
});
