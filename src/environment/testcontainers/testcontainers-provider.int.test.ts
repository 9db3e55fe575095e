import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessError } from '../../errors/harness-error.ts';
import type { EnvironmentRequest, Snapshot, StartedEnvironment } from '../environment-provider.ts';
import { imageSnapshotCache } from './image-snapshot-cache.ts';
import { dockerForTests } from './testing/docker-for-tests.ts';
import { RUN_LABEL, ROLE_LABEL, testcontainersProvider } from './testcontainers-provider.ts';
import type { TestcontainersSnapshot } from './testcontainers-snapshot.ts';

const setup = await dockerForTests('testcontainers provider');
const run = `tc-test-${randomUUID().slice(0, 8)}`;
const request = (role: EnvironmentRequest['role'], extra: Partial<EnvironmentRequest> = {}): EnvironmentRequest => ({ role, engine: 'postgres', label: run, ...extra });

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string; hint: string | undefined }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarnessError);
  const { code, message, hint } = error as HarnessError;
  return { code, message, hint };
}

describe.skipIf(setup.skip !== undefined)('testcontainersProvider', () => {
  const { image, docker } = setup as Exclude<typeof setup, { skip: string }>;
  const containersOfRun = async (label = run) => docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${RUN_LABEL}=${label}`] }) });
  const imageExists = async (name: string) =>
    docker
      .getImage(name)
      .inspect()
      .then(
        () => true,
        () => false,
      );

  // One seeded source for the snapshot tests: 20 000 committed rows, an index, and a
  // transaction still open (1 000 more rows, uncommitted) while the snapshot is taken.
  const provider = testcontainersProvider();
  let source: StartedEnvironment;
  let snapshot: TestcontainersSnapshot;
  let committedFingerprint: unknown;
  beforeAll(async () => {
    source = await provider.start(request('source'));
    await source.engine.session.exec(`
      create table item (id int primary key, label text not null, payload jsonb);
      create index item_label on item (label);
      insert into item select g, 'item ' || g, jsonb_build_object('g', g) from generate_series(1, 20000) g;
    `);
    committedFingerprint = await source.engine.fingerprintAll();
    const writer = new pg.Client({ connectionString: source.connection!.url });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`insert into item select g, 'late ' || g, null from generate_series(20001, 21000) g`);
      snapshot = (await source.snapshot()) as TestcontainersSnapshot;
      await writer.query('commit');
    } finally {
      await writer.end();
    }
  });
  afterAll(async () => {
    await source?.stop();
    await provider[Symbol.asyncDispose]();
  });

  it('probes without starting anything, naming the image and its id', async () => {
    const before = await containersOfRun();
    expect(await provider.probe(request('target'))).toEqual({ available: true, identity: expect.stringMatching(new RegExp(`^${image.replace(/[.:/]/g, '\\$&')} \\(sha256:[0-9a-f]{64}\\)$`)) });
    expect(await containersOfRun()).toHaveLength(before.length);
  });

  it('starts old and new side by side, each on its own image, with rehearsal settings and run labels', async () => {
    // Two names for the one image this machine has stand in for an old and a new major.
    const alias = { repo: 'migration-pilot-test-alias', tag: run };
    await docker.getImage(image).tag(alias);
    try {
      const [old, next] = await Promise.all([
        provider.start(request('source', { label: `${run}-pair` })),
        provider.start(request('target', { label: `${run}-pair`, settings: { image: `${alias.repo}:${alias.tag}` } })),
      ]);
      expect(old.description).toMatch(new RegExp(`^testcontainers ${image} \\(PostgreSQL \\d+\\.\\d+\\)$`));
      expect(next.description).toMatch(new RegExp(`^testcontainers ${alias.repo}:${alias.tag} \\(PostgreSQL \\d+\\.\\d+\\)$`));
      expect(old.serverSettings).toEqual({ fsync: 'off', full_page_writes: 'off', synchronous_commit: 'off' });

      const client = new pg.Client({ connectionString: next.connection!.url });
      await client.connect();
      expect((await client.query('select current_setting($1) as fsync', ['fsync'])).rows).toEqual([{ fsync: 'off' }]);
      await client.end();

      const containers = await containersOfRun(`${run}-pair`);
      expect(containers.map((c) => c.Labels[ROLE_LABEL]).sort()).toEqual(['source', 'target']);
      expect(containers.every((c) => c.Labels['org.testcontainers.session-id'])).toBe(true);

      const stopped = await Promise.all([old.stop(), next.stop()]);
      expect(stopped[0]).toEqual({ role: 'source', provider: 'testcontainers', description: old.description });
      expect('engine' in stopped[0]).toBe(false);
      expect(await containersOfRun(`${run}-pair`)).toEqual([]);
    } finally {
      await docker.getImage(`${alias.repo}:${alias.tag}`).remove();
    }
  });

  it('says which image is missing and what to do, fast, in probe and start alike', async () => {
    const missing = request('target', { settings: { image: 'migration-pilot-test/no-such-image:0' } });
    const probe = await provider.probe(missing);
    const registryAnswer = (text: string) => text.replace(/cannot be pulled \(.*\)/, 'cannot be pulled (<registry answer>)');
    expect(probe.available).toBe(false);
    expect({ ...probe, reason: registryAnswer((probe as { reason: string }).reason) }).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Pull it (docker pull migration-pilot-test/no-such-image:0) or build it, or choose an image this machine has: image: in the scenario's target.",
        "reason": "image "migration-pilot-test/no-such-image:0" is not present locally and cannot be pulled (<registry answer>)",
      }
    `);
    const failed = await errorOf(provider.start(missing));
    expect({ ...failed, message: registryAnswer(failed.message) }).toMatchInlineSnapshot(`
      {
        "code": "ENVIRONMENT_START",
        "hint": "Pull it (docker pull migration-pilot-test/no-such-image:0) or build it, or choose an image this machine has: image: in the scenario's target.",
        "message": "Cannot start a testcontainers target: image "migration-pilot-test/no-such-image:0" is not present locally and cannot be pulled (<registry answer>).",
      }
    `);
  });

  it('refuses an image override that runs another major than asked for, and leaves no container', async () => {
    const overridden = testcontainersProvider({ env: { PILOT_POSTGRES_99_IMAGE: image } });
    const label = `${run}-override`;
    const failed = await errorOf(overridden.start(request('target', { engineVersion: '99', label })));
    expect(failed.message).toMatch(new RegExp(`^Cannot start a testcontainers target: the image "${image}" runs PostgreSQL \\d+\\.\\d+, not 99\\.$`));
    expect(failed.hint).toBe(`Name a PostgreSQL 99 image in PILOT_POSTGRES_99_IMAGE (now ${image}).`);
    expect(await containersOfRun(label)).toEqual([]);
  });

  it('explains a container that cannot run PostgreSQL, and leaves nothing behind', async () => {
    // The reaper's image is on every machine that runs Testcontainers, and has no postgres in it.
    const notPostgres = process.env.RYUK_CONTAINER_IMAGE ?? 'testcontainers/ryuk:0.14.0';
    const label = `${run}-broken`;
    const failed = await errorOf(provider.start(request('target', { label, settings: { image: notPostgres } })));
    expect(failed.code).toBe('ENVIRONMENT_START');
    expect(failed.message).toMatch(new RegExp(`^The target container \\(${notPostgres.replace(/[.:/]/g, '\\$&')}\\) did not start: \\S`));
    expect(failed.hint).toBe(`Check that ${notPostgres} is a PostgreSQL image with the official image's entrypoint (POSTGRES_PASSWORD, PGDATA), and that Docker has room (docker system df).`);
    expect(await containersOfRun(label)).toEqual([]);
  });

  it('restores a consistent copy of the committed state, independent of the source and of other copies', async () => {
    expect(snapshot).toMatchObject({ provider: 'testcontainers', engineVersion: source.engine.serverVersion, baseImage: image });
    expect(snapshot.bytes).toBeGreaterThan(1_000_000);

    await using target = await provider.start(request('target', { restore: snapshot }));
    expect(target.description).toContain(`from snapshot ${snapshot.image}`);
    // Crash recovery on start rolled the open transaction back; the rest is exactly what was committed.
    expect(await target.engine.count('item')).toBe(20_000);
    expect(await target.engine.fingerprintAll()).toEqual(committedFingerprint);
    await target.engine.session.exec('create extension if not exists amcheck');
    const { rows } = await target.engine.session.query<{ checked: string }>(`
      select count(bt_index_check(c.oid, true))::text as checked
      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
      where am.amname = 'btree' and c.relnamespace = 'public'::regnamespace`);
    expect(rows).toEqual([{ checked: '2' }]);

    await target.engine.session.exec('delete from item where id <= 5000');
    await source.engine.session.exec(`insert into item values (30000, 'source only', null)`);
    expect(await target.engine.count('item')).toBe(15_000);
    expect(await source.engine.count('item')).toBe(21_001);

    // The snapshot is not consumed: a second copy starts from the same state.
    await using again = await provider.start(request('target', { restore: snapshot }));
    expect(await again.engine.count('item')).toBe(20_000);
  });

  it('refuses snapshots that are not its own or do not fit the request', async () => {
    const info = await docker.getImage(image).inspect();
    const cases: [string, Snapshot, Partial<EnvironmentRequest>?][] = [
      ['embedded', { provider: 'embedded', engineVersion: '18.1', bytes: 0 }],
      ['forged', { provider: 'testcontainers', engineVersion: '15', bytes: 0, image, imageId: info.Id, baseImage: image, baseImageId: info.Id } as TestcontainersSnapshot],
      ['gone', { ...snapshot, image: 'migration-pilot-snapshot:gone' }],
      ['version', snapshot, { engineVersion: '99' }],
      ['image', snapshot, { settings: { image: 'postgres:17' } }],
    ];
    const messages: Record<string, string> = {};
    for (const [name, restore, extra] of cases) {
      const { message } = await errorOf(provider.start(request('target', { ...extra, restore })));
      messages[name] = message.replaceAll(image, '<image>').replace(/PostgreSQL \d+\.\d+/, 'PostgreSQL <version>');
    }
    expect(messages).toMatchInlineSnapshot(`
      {
        "embedded": "Cannot start a testcontainers target: the snapshot to restore is an "embedded" one; only testcontainers snapshots restore here.",
        "forged": "Cannot start a testcontainers target: the image "<image>" is not a migration-pilot snapshot (it has none of its labels).",
        "gone": "Cannot start a testcontainers target: the snapshot image "migration-pilot-snapshot:gone" is no longer on this Docker daemon.",
        "image": "Cannot start a testcontainers target: the snapshot was taken on "<image>", but this target asks for "postgres:17".",
        "version": "Cannot start a testcontainers target: the snapshot holds PostgreSQL <version> data, but PostgreSQL 99 was asked for.",
      }
    `);
    expect(await provider.probe(request('target', { restore: snapshot }))).toEqual({ available: true, identity: `${snapshot.image} (${snapshot.imageId})` });
  });

  it('keeps seeded snapshots in the image cache across provider instances, the most recently used ones only', async () => {
    const repository = `migration-pilot-test-cache-${run}`;
    const key = (n: number) => `${run}-key-${n}`;
    try {
      const first = testcontainersProvider({ cache: imageSnapshotCache({ repository, keep: 2 }) });
      let taken: TestcontainersSnapshot;
      {
        await using env = await first.start(request('source', { restore: snapshot }));
        await env.engine.session.exec(`insert into item values (40000, 'cached', null)`);
        taken = (await env.snapshot()) as TestcontainersSnapshot;
        await first.cache!.put(key(1), taken);
      }
      await first[Symbol.asyncDispose]();
      expect(await imageExists(taken.image)).toBe(false);

      // Another run: a new provider and a new cache object, the same daemon.
      const second = testcontainersProvider({ cache: imageSnapshotCache({ repository, keep: 2 }) });
      const cached = await second.cache!.get(key(1));
      expect(cached).toMatchObject({ provider: 'testcontainers', image: `${repository}:${key(1)}`, baseImage: image, engineVersion: snapshot.engineVersion });
      {
        await using env = await second.start(request('source', { restore: cached! }));
        expect(await env.engine.count('item')).toBe(20_001);
      }
      expect(await second.cache!.get('never-put')).toBeUndefined();

      await second.cache!.put(key(2), snapshot);
      await second.cache!.get(key(1));
      await second.cache!.put(key(3), snapshot);
      expect(await imageExists(`${repository}:${key(1)}`)).toBe(true);
      expect(await imageExists(`${repository}:${key(2)}`)).toBe(false);
      expect(await imageExists(`${repository}:${key(3)}`)).toBe(true);
    } finally {
      for (const n of [1, 2, 3]) await docker.getImage(`${repository}:${key(n)}`).remove().catch(() => undefined);
    }
  });

  it('keeps a container for reuse when asked, and hands it out again reset to how it started', async () => {
    const label = `${run}-reuse`;
    try {
      // Testcontainers' switch turns reuse on for every environment; the scenario's setting for one.
      const byEnvironment = testcontainersProvider({ env: { TESTCONTAINERS_REUSE_ENABLE: 'true' } });
      const first = await byEnvironment.start(request('target', { label }));
      expect(first.description).toMatch(/, container kept for reuse$/);
      await first.engine.session.exec(`create table left_behind (id int); insert into left_behind values (1);`);
      await first.stop();
      const kept = await containersOfRun(label);
      expect(kept.map((c) => c.State)).toEqual(['running']);
      // Kept containers are Testcontainers' reusable ones: no session, so Ryuk leaves them.
      expect(kept[0]!.Labels['org.testcontainers.session-id']).toBeUndefined();

      const byScenario = testcontainersProvider({ env: {} });
      await using second = await byScenario.start(request('target', { label, settings: { reuse: true } }));
      expect((await containersOfRun(label)).map((c) => c.Id)).toEqual([kept[0]!.Id]);
      expect(await second.engine.queryText(`select to_regclass('left_behind')::text as t`)).toEqual({ columns: ['t'], rows: [[null]] });
    } finally {
      for (const c of await containersOfRun(label)) await docker.getContainer(c.Id).remove({ force: true, v: true });
    }
  });
});
