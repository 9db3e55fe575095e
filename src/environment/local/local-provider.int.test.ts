import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnvironmentProvider, StartedEnvironment } from '../environment-provider.ts';
import { harnessState } from './harness-state.ts';
import { localProvider } from './local-provider.ts';
import { isProcessAlive } from './process-liveness.ts';
import { skipReason, testBinaries } from './testing/local-binaries.ts';


async function whereItRuns(env: StartedEnvironment): Promise<{ dataDir: string; postmasterPid: number }> {
  const { rows } = await env.engine.session.query<{ dir: string }>(`select current_setting('data_directory') as dir`);
  const dataDir = rows[0]!.dir;
  return { dataDir, postmasterPid: Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) };
}

describe.skipIf(skipReason !== undefined)(`localProvider (${testBinaries ? `PostgreSQL ${testBinaries.version}` : skipReason})`, () => {
  const major = testBinaries?.major ?? '';
  // Made only when the tests run, so that a skipped run leaves nothing behind.
  let cacheDir = '';
  let provider: EnvironmentProvider;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'pilot-local-cache-'));
    provider = localProvider({ bin: testBinaries?.dir, cacheDir });
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('starts a server with an application database on 127.0.0.1, states its settings, and stops it without a trace', async () => {
    const env = await provider.start({ role: 'source', engine: 'postgres', engineVersion: major, label: 'Workflow App' });
    expect(env.description).toBe(`local PostgreSQL ${testBinaries!.version} (${testBinaries!.dir})`);
    expect(env.connection?.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/pilot$/);
    expect(env.engine.serverVersion).toBe(testBinaries!.version);
    expect(await env.engine.queryText(`select current_database(), current_setting('fsync'), current_setting('application_name')`)).toEqual({
      columns: ['current_database', 'current_setting', 'current_setting'],
      rows: [['pilot', 'off', 'migration-pilot source Workflow App']],
    });
    const { storage, ...settings } = env.serverSettings;
    expect(storage).toMatch(/^in memory \(tmpfs \/dev\/shm\)$|^disk \(.+\)$/);
    expect(settings).toMatchInlineSnapshot(`
      {
        "authentication": "trust (local connections only)",
        "fsync": "off",
        "full_page_writes": "off",
        "lc_collate": "C",
        "lc_ctype": "C",
        "listen_addresses": "127.0.0.1",
        "synchronous_commit": "off",
      }
    `);

    const { dataDir, postmasterPid } = await whereItRuns(env);
    expect(path.basename(path.dirname(dataDir))).toMatch(/^source-\d+-workflow-app$/);
    const stopped = await env.stop();
    expect(stopped).toEqual({ role: 'source', provider: 'local', description: env.description });
    expect('engine' in stopped).toBe(false);
    expect(isProcessAlive(postmasterPid)).toBe(false);
    expect(existsSync(path.dirname(dataDir))).toBe(false);
  });

  it('snapshots a running server without disturbing it, and restores copies that are independent of it and of each other', async () => {
    await using source = await provider.start({ role: 'source', engine: 'postgres', engineVersion: major });
    await source.engine.session.exec(`create table t (id int primary key, v text); insert into t select g, 'v' || g from generate_series(1, 1000) g;`);
    // Session state that a restart would lose.
    await source.engine.session.exec(`create temp table mine (x int); insert into mine values (7);`);
    const snapshot = await source.snapshot();
    expect(snapshot).toMatchObject({ provider: 'local', engineVersion: testBinaries!.version, database: 'pilot' });
    expect(snapshot.bytes).toBeGreaterThan(1_000_000);
    expect(await source.engine.queryText('select x from mine')).toEqual({ columns: ['x'], rows: [['7']] });

    await source.engine.session.exec(`insert into t values (1001, 'after the snapshot')`);
    await using first = await provider.start({ role: 'target', engine: 'postgres', restore: snapshot });
    await using second = await provider.start({ role: 'target', engine: 'postgres', restore: snapshot });
    expect(first.connection?.url).toMatch(/\/pilot$/);
    await first.engine.session.exec(`delete from t where id <= 500`);
    expect([await source.engine.count('t'), await first.engine.count('t'), await second.engine.count('t')]).toEqual([1001, 500, 1000]);
    expect((await whereItRuns(first)).dataDir).not.toBe((await whereItRuns(second)).dataDir);
  });

  it('keeps snapshots and the initialised data dir in its cache, for another provider (a later run) to start from', async () => {
    const key = `seeded-${Date.now()}`;
    {
      await using seeded = await provider.start({ role: 'source', engine: 'postgres', engineVersion: major });
      await seeded.engine.session.exec(`create table dir_user (id int primary key); insert into dir_user select generate_series(1, 42);`);
      await provider.cache!.put(key, await seeded.snapshot());
    }
    expect(readdirSync(cacheDir).filter((name) => name.startsWith(`initdb-${major}-`))).toHaveLength(1);

    const later = localProvider({ bin: testBinaries?.dir, cacheDir });
    const cached = await later.cache!.get(key);
    expect(cached).toMatchObject({ provider: 'local', engineVersion: testBinaries!.version });
    const state = await harnessState();
    const initdbsBefore = readdirSync(state.dir).filter((name) => name.startsWith('initdb-'));
    await using restored = await later.start({ role: 'source', engine: 'postgres', restore: cached! });
    expect(await restored.engine.count('dir_user')).toBe(42);
    await using fresh = await later.start({ role: 'target', engine: 'postgres', engineVersion: major });
    expect(await fresh.engine.queryText(`select count(*) from pg_class where relname = 'dir_user'`)).toEqual({ columns: ['count'], rows: [['0']] });
    // The new provider found the initialised data dir in the cache: no initdb ran for it.
    expect(readdirSync(state.dir).filter((name) => name.startsWith('initdb-'))).toEqual(initdbsBefore);
  });

  it('reports a server that fails to start with the end of its log and a hint', async () => {
    const broken = localProvider({ bin: testBinaries?.dir, settings: { shared_buffers: 'plenty' } });
    const failed = broken.start({ role: 'target', engine: 'postgres', engineVersion: major });
    await expect(failed).rejects.toMatchObject({
      code: 'ENVIRONMENT_START',
      message: expect.stringMatching(/did not start for the target on port \d+: it exited during start-up with code 1\. Its log ends:\n[^]*invalid value for parameter "shared_buffers": "plenty"/),
      hint: expect.stringContaining('The log above says what failed'),
    });
    const state = await harnessState();
    expect(readdirSync(state.dir).filter((name) => name.startsWith('target-'))).toEqual([]);
  });

  it('picks the binaries of the asked major and says so in the probe', async () => {
    expect(await provider.probe({ role: 'source', engine: 'postgres', engineVersion: major })).toEqual({
      available: true,
      identity: `PostgreSQL ${testBinaries!.version} (${testBinaries!.dir})`,
    });
    await expect(provider.start({ role: 'source', engine: 'postgres', engineVersion: '9.2' })).rejects.toThrowError(/^Cannot start a local source: no PostgreSQL 9\.2 server binaries found/);
  });
});
