import { type AddressInfo, createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, dockerSkipReason, startPostgresServer, type TestServer } from '../../engines/postgres/testing/postgres-container.ts';
import type { EnvironmentRequest } from '../environment-provider.ts';
import { externalProvider } from './external-provider.ts';

const PASSWORD = 'Pa55-w0rd-xyz';

describe('externalProvider, before connecting', () => {
  const provider = externalProvider({ hostname: 'ci-7', pid: 4242 });

  it('probes from the settings alone: no URL, not a postgres URL, or the identity without the password', async () => {
    expect(await provider.probe({ role: 'source', engine: 'postgres' })).toEqual({
      available: false,
      reason: 'no connection URL is set',
      hint: 'Set url (or urlEnv, to keep the password out of the file) on this environment: postgres://user:password@host:5432/database.',
    });
    expect(await provider.probe({ role: 'source', engine: 'postgres', settings: { url: 'mysql://u:secret@db/x' } })).toMatchObject({
      available: false,
      reason: 'the connection URL "mysql://u:***@db/x" is not a postgres:// or postgresql:// URL',
    });
    expect(await provider.probe({ role: 'source', engine: 'postgres', settings: { url: `postgres://app:${PASSWORD}@db:5432/preprod?sslmode=require` } })).toEqual({
      available: true,
      identity: 'postgres://app@db:5432/preprod',
    });
  });

  it('refuses a target not marked writable, saying why and how to opt in', async () => {
    const start = provider.start({ role: 'target', engine: 'postgres', settings: { url: `postgres://app:${PASSWORD}@db/preprod` } });
    await expect(start).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message:
        'The external target (postgres://app@db/preprod) is not marked writable. The harness will write to it: it runs the migration chain there (schema changes and data changes) and may load data into it.',
      hint: 'If this database may be changed (a pre-prod copy, never production), set "allowWrites: true" on the target environment.',
    });
  });

  it('gives up connecting after the connect timeout, when a server accepts but never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const startedAt = performance.now();
      const start = provider.start({ role: 'source', engine: 'postgres', settings: { url: `postgres://app:${PASSWORD}@127.0.0.1:${port}/x`, timeouts: { connectMs: 300 } } });
      await expect(start).rejects.toMatchObject({
        code: 'ENVIRONMENT_START',
        message: expect.stringMatching(new RegExp(`^Could not connect to postgres://app:\\*\\*\\*@127\\.0\\.0\\.1:${port}/x within 0\\.3 s: `)),
      });
      expect(performance.now() - startedAt).toBeLessThan(3_000);
    } finally {
      silent.close();
    }
  });

  it('refuses timeouts that are not a positive number of milliseconds', async () => {
    const start = provider.start({ role: 'source', engine: 'postgres', settings: { url: 'postgres://db/x', timeouts: { statementMs: 0 } } });
    await expect(start).rejects.toThrow("The external source's statementMs timeout must be a whole number of milliseconds above 0, got 0.");
  });
});

const noDocker = await dockerSkipReason();
announceSkip('externalProvider on a PostgreSQL 15 container', noDocker);

describe.skipIf(noDocker !== undefined)('externalProvider on a PostgreSQL 15 container', () => {
  let server: TestServer;
  let url: string;
  let otherUrl: string;
  const request = (role: 'source' | 'target', extra: Partial<EnvironmentRequest> = {}): EnvironmentRequest => ({
    role,
    engine: 'postgres',
    label: 'checkout',
    ...extra,
    settings: { url, allowWrites: role === 'target', ...extra.settings },
  });
  // Two pilots on different machines: their application_name tells them apart.
  const pilotA = externalProvider({ hostname: 'ci-7', pid: 4242 });
  const pilotB = externalProvider({ hostname: 'ci-8', pid: 99 });

  beforeAll(async () => {
    server = await startPostgresServer('15');
    // An ordinary role, as on a real pre-prod server: not a superuser.
    await server.exec(`create role pilot login password '${PASSWORD}'`);
    await server.exec('create database preprod owner pilot');
    await server.exec('create database other owner pilot');
    const base = new URL(server.url());
    base.username = 'pilot';
    base.password = PASSWORD;
    base.pathname = '/preprod';
    url = base.toString();
    base.pathname = '/other';
    otherUrl = base.toString();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`create table dir_user (id int primary key, name text, at timestamptz); insert into dir_user select g, 'user ' || g, '2024-01-01'::timestamptz + g * interval '1 hour' from generate_series(1, 500) g`);
    await client.end();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('opens a source read-only, and fingerprints it read-only', async () => {
    await using source = await pilotA.start(request('source', { engineVersion: '15' }));
    expect(source.description).toMatch(/^external PostgreSQL 15\.\d+ at postgres:\/\/pilot@[\w.-]+:\d+\/preprod \(read-only\)$/);
    expect(source.description).not.toContain(PASSWORD);
    const before = await source.engine.fingerprintAll();
    expect(before.dir_user?.count).toBe(500);
    await expect(source.engine.session.exec('create table intruder (id int)')).rejects.toThrow(/cannot execute CREATE TABLE in a read-only transaction/);
    await expect(source.engine.session.exec('delete from dir_user')).rejects.toThrow(/read-only transaction/);
    expect(await source.engine.fingerprintAll()).toEqual(before);

    // The URL handed on to pg_dump and the user's own tools is read-only too.
    const tool = new pg.Client({ connectionString: source.connection!.url });
    await tool.connect();
    await expect(tool.query('delete from dir_user')).rejects.toThrow(/read-only transaction/);
    await tool.end();
  });

  it('names the pilot in pg_stat_activity and bounds statements and lock waits as configured', async () => {
    await using target = await pilotA.start(request('target', { settings: { timeouts: { statementMs: 300, lockMs: 200 } } }));
    const { rows } = await target.engine.queryText(`select current_setting('application_name'), current_setting('statement_timeout'), current_setting('lock_timeout')`);
    expect(rows).toEqual([['migration-pilot checkout on ci-7 pid 4242', '300ms', '200ms']]);
    expect(target.serverSettings).toEqual({ statement_timeout: '300 ms (this session)', lock_timeout: '200 ms (this session)' });
    await expect(target.engine.session.exec('select pg_sleep(2)')).rejects.toThrow(/statement timeout/);

    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('begin; lock table dir_user in access exclusive mode');
    await expect(target.engine.session.exec('alter table dir_user add column x int')).rejects.toThrow(/lock timeout/);
    await blocker.query('rollback');
    await blocker.end();
  });

  it('lets one pilot migrate a target at a time: the second fails at once, naming the first', async () => {
    const first = await pilotA.start(request('target'));
    const startedAt = performance.now();
    const second = pilotB.start(request('target', { label: 'billing' }));
    await expect(second).rejects.toMatchObject({
      code: 'ENVIRONMENT_START',
      message: expect.stringMatching(
        /^The external target postgres:\/\/pilot@[\w.-]+:\d+\/preprod is locked by another pilot, which holds the pilot lock of database "preprod": "migration-pilot checkout on ci-7 pid 4242" \(server pid \d+, user pilot, from [\d.:a-f]+, connected since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)\. Two pilots must never migrate the same database at once\.$/,
      ),
      hint: expect.stringMatching(/^Wait until that pilot finishes, or stop it\. A pilot that died releases the lock with its connection\. A stuck one can be ended with: select pg_terminate_backend\(\d+\);$/),
    });
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    // Another database on the same server is another lock.
    await (await pilotB.start(request('target', { settings: { url: otherUrl } }))).stop();

    await first.stop();
    await (await pilotB.start(request('target'))).stop();
  });

  it('lets pilots share a source, but not migrate a database a pilot reads, nor use one database as both source and target', async () => {
    const pilotC = externalProvider({ hostname: 'ci-9', pid: 7 });
    const sourceA = await pilotA.start(request('source'));
    const sourceC = await pilotC.start(request('source'));
    await expect(pilotB.start(request('target'))).rejects.toThrow(
      /is the source of another pilot, which reads database "preprod": "migration-pilot checkout on ci-7 pid 4242" \(.*\); "migration-pilot checkout on ci-9 pid 7" \(.*\)\. A pilot must not migrate a database another pilot reads\./,
    );
    await expect(pilotA.start(request('target'))).rejects.toThrow(
      /^The external target postgres:\/\/pilot@[\w.-]+:\d+\/preprod is database "preprod", which this same pilot already uses as its source: the source and the target must be different databases\.$/,
    );
    await sourceA.stop();
    await sourceC.stop();

    const target = await pilotA.start(request('target'));
    await expect(pilotB.start(request('source'))).rejects.toThrow(/^The external source .* is being migrated by another pilot, .*A source must not change while a pilot reads it\.$/);
    await target.stop();
  });

  it('cannot be snapshotted: its data is copied logically', async () => {
    await using source = await pilotA.start(request('source'));
    await expect(source.snapshot()).rejects.toMatchObject({
      code: 'ENVIRONMENT_SNAPSHOT',
      message: expect.stringMatching(/^The external source postgres:\/\/pilot@[\w.-]+:\d+\/preprod cannot be snapshotted: the harness does not control its storage\.$/),
      hint: 'Its data is copied logically instead: copyDatabase with method logical (any versions) or pg_dump (when the client tools are installed).',
    });
  });

  it('never shows the password, even when the server refuses it', async () => {
    const wrong = url.replace(PASSWORD, `${PASSWORD}-wrong`);
    const error = (await pilotA.start(request('source', { settings: { url: wrong } })).then(
      async (env) => void (await env.stop()),
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/^Could not connect to postgres:\/\/pilot:\*\*\*@[\w.-]+:\d+\/preprod within 10 s: password authentication failed for user "pilot"$/);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('refuses a server of another major than the scenario says', async () => {
    await expect(pilotA.start(request('source', { engineVersion: '16' }))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/^The external source postgres:\/\/pilot@[\w.-]+:\d+\/preprod runs PostgreSQL 15\.\d+, but the scenario asks for PostgreSQL 16\.$/),
    });
  });
});
