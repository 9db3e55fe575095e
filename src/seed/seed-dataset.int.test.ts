import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PostgresEngine } from '../engines/postgres/postgres-engine.ts';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache } from '../environment/environment-provider.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { DataSpec } from '../scenario/scenario-schema.ts';
import { parseCopyText } from './copy-text.ts';
import { TEXT_EDGE_CASES } from './edge-cases.ts';
import { type SeedProgress, compileDataset, generateCopyText, seedDataset } from './seed-dataset.ts';

const provider = embeddedProvider({ cache: memorySnapshotCache() });

const SCHEMA = `
  create table dir_user (
    id varchar(20) primary key,
    username varchar(40) not null unique,
    full_name text not null,
    email text,
    active boolean not null default true,
    created timestamptz not null
  );
  create table app_fd_leave (
    id uuid primary key,
    c_user varchar(20) not null references dir_user (id),
    c_boss uuid references app_fd_leave (id),
    c_days int not null check (c_days between 1 and 30),
    c_amount numeric(12, 2),
    c_start date,
    c_reason text,
    c_status text not null default 'new'
  );`;

const DATA: DataSpec = {
  seed: 11,
  scale: 1,
  tables: {
    app_fd_leave: {
      rows: 5000,
      columns: {
        id: { uuid: true },
        c_user: { ref: { table: 'dir_user', column: 'id', skew: 1 } },
        c_boss: { ref: 'app_fd_leave.id', nullRatio: 0.5 },
        c_days: { int: { min: 1, max: 30 }, edgeCases: 0.1 },
        c_amount: { decimal: { min: 0, max: 9_999_999_999.99, scale: 2 }, edgeCases: 0.1, nullRatio: 0.1 },
        c_start: { date: { from: '1999-01-01', to: '2040-12-31' }, edgeCases: 0.1 },
        c_reason: { text: { min: 0, max: 500 }, edgeCases: 0.2, nullRatio: 0.1 },
      },
    },
    dir_user: {
      rows: 1200,
      columns: {
        id: { template: 'u{n:6}' },
        username: { template: 'user{n}' },
        full_name: { faker: 'person.fullName' },
        email: { faker: 'internet.email', nullRatio: 0.2, edgeCases: 0.05 },
        created: { timestamp: { from: '2015-01-01T00:00:00Z', to: '2024-12-31T23:59:59Z' }, edgeCases: 0.05 },
      },
    },
  },
};

async function scalar(engine: PostgresEngine, sql: string): Promise<string | null> {
  return (await engine.queryText(sql)).rows[0]![0]!;
}

async function tableDigest(engine: PostgresEngine, table: string): Promise<string | null> {
  return scalar(engine, `select md5(string_agg(t::text, E'\\n' order by t.id)) from ${table} t`);
}

async function harnessError(promise: Promise<unknown>): Promise<HarnessError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HarnessError)) throw new Error(`expected a HarnessError, got ${String(error)}`);
  return error;
}

describe('seedDataset on PostgreSQL', () => {
  it('loads referenced tables first, with worker threads, and the constraints hold', async () => {
    await using env = await provider.start({ role: 'source', engine: 'postgres' });
    await env.engine.session.exec(SCHEMA);
    const progress: SeedProgress[] = [];
    const result = await seedDataset(env.engine, compileDataset(DATA), { workers: 2, chunkRows: 700, onProgress: (p) => progress.push(p) });

    expect(result.tables.map((t) => [t.table, t.rows])).toEqual([
      ['dir_user', 1200],
      ['app_fd_leave', 5000],
    ]);
    expect(result.rows).toBe(6200);
    expect(progress.at(-1)).toEqual({ table: 'app_fd_leave', tableLoaded: 5000, tableRows: 5000, loaded: 6200, rows: 6200 });
    expect(progress.filter((p) => p.table === 'app_fd_leave')).toHaveLength(8); // ceil(5000 / 700) chunks
    expect(await env.engine.count('dir_user')).toBe(1200);
    expect(await env.engine.count('app_fd_leave')).toBe(5000);

    const integrity = await env.engine.queryText(`
      select
        (select count(*) from app_fd_leave l where not exists (select 1 from dir_user u where u.id = l.c_user)) as orphan_users,
        (select count(*) from app_fd_leave l where l.c_boss is not null and not exists (select 1 from app_fd_leave b where b.id = l.c_boss)) as orphan_bosses,
        (select count(distinct username) from dir_user) as usernames,
        (select count(*) from app_fd_leave where c_status = 'new') as defaulted,
        (select count(*) from dir_user where active) as active,
        (select round(avg((c_boss is null)::int), 1) from app_fd_leave) as boss_null_share,
        (select count(distinct c_user) from app_fd_leave) as users_referenced`);
    expect(Object.fromEntries(integrity.columns.map((c, i) => [c, integrity.rows[0]![i]]))).toEqual({
      orphan_users: '0',
      orphan_bosses: '0',
      usernames: '1200',
      defaulted: '5000',
      active: '1200',
      boss_null_share: '0.5',
      users_referenced: expect.stringMatching(/^\d+$/),
    });
  });

  it('loads the same bytes whatever the worker count and chunk size', async () => {
    const digests: (string | null)[][] = [];
    for (const options of [{ workers: 0, chunkRows: 5000 }, { workers: 2, chunkRows: 333 }]) {
      await using env = await provider.start({ role: 'source', engine: 'postgres' });
      await env.engine.session.exec(SCHEMA);
      await seedDataset(env.engine, compileDataset(DATA), options);
      digests.push([await tableDigest(env.engine, 'dir_user'), await tableDigest(env.engine, 'app_fd_leave')]);
    }
    expect(digests[0]![0]).toMatch(/^[0-9a-f]{32}$/);
    expect(digests[1]).toEqual(digests[0]);
  });

  it('round-trips edge-case text byte for byte through COPY', async () => {
    await using env = await provider.start({ role: 'source', engine: 'postgres' });
    await env.engine.session.exec(`create table edge_text (id int primary key, t text, f varchar, v varchar(12))`);
    const dataset = compileDataset({
      seed: 3,
      scale: 1,
      tables: {
        edge_text: {
          rows: 600,
          columns: {
            id: { sequence: true },
            t: { text: { min: 0, max: 12_000 }, edgeCases: 1 },
            f: { faker: 'lorem.word', edgeCases: 0.9 },
            v: { text: { min: 0, max: 12 }, edgeCases: 1 },
          },
        },
      },
    });
    await seedDataset(env.engine, dataset, { chunkRows: 100, workers: 1 });

    const generated = parseCopyText(generateCopyText(dataset, 'edge_text', 0, 600));
    for (const edge of TEXT_EDGE_CASES) expect(generated.map((row) => row[2])).toContain(edge);
    const md5 = (value: string | null) => (value === null ? null : createHash('md5').update(value, 'utf8').digest('hex'));
    const expected = generated.map((row) => [row[0], md5(row[1]!), md5(row[2]!), md5(row[3]!)]);
    const loaded = await env.engine.queryText(`select id::text as id, md5(t) as t, md5(f) as f, md5(v) as v from edge_text order by edge_text.id`);
    expect(loaded.rows).toEqual(expected);
    expect(await scalar(env.engine, `select max(length(t))::text from edge_text`)).toBe('12000');
  });

  it('fails with SEED_SHORT when a trigger discards rows', async () => {
    await using env = await provider.start({ role: 'source', engine: 'postgres' });
    await env.engine.session.exec(`
      create table dir_user (id int primary key, name text);
      create function skip_every_thousandth() returns trigger language plpgsql as $$
        begin
          if new.id % 1000 = 0 then return null; end if;
          return new;
        end $$;
      create trigger skip_some before insert on dir_user for each row execute function skip_every_thousandth();`);
    const dataset = compileDataset({ seed: 1, scale: 1, tables: { dir_user: { rows: 2000, columns: { id: { sequence: true }, name: { faker: 'person.fullName' } } } } });
    const error = await harnessError(seedDataset(env.engine, dataset, { chunkRows: 500 }));
    expect({ code: error.code, message: error.message, path: error.path, hint: error.hint }).toMatchInlineSnapshot(`
      {
        "code": "SEED_SHORT",
        "hint": "A BEFORE INSERT trigger or a rule in the source schema discards rows; disable it while seeding, or change the schema for the pilot.",
        "message": "Seeding "dir_user" loaded 1998 rows, expected 2000.",
        "path": [
          "data",
          "tables",
          "dir_user",
          "rows",
        ],
      }
    `);
  });

  it('checks the spec against the live schema before loading anything', async () => {
    await using env = await provider.start({ role: 'source', engine: 'postgres' });
    await env.engine.session.exec(SCHEMA);
    const misspelt = structuredClone(DATA);
    const { username, ...others } = misspelt.tables.dir_user!.columns;
    misspelt.tables.dir_user!.columns = { ...others, usrname: username! };
    const error = await harnessError(seedDataset(env.engine, compileDataset(misspelt), { workers: 1 }));
    expect({ code: error.code, message: error.message, path: error.path, hint: error.hint }).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "username"?",
        "message": "data.tables."dir_user" has a generator for "dir_user"."usrname", but the table has no such column.",
        "path": [
          "data",
          "tables",
          "dir_user",
          "columns",
          "usrname",
        ],
      }
    `);
    expect(await env.engine.count('dir_user')).toBe(0);
  });

  it('fails with SEED_FAILED naming the table, column and row when COPY rejects a value', async () => {
    await using env = await provider.start({ role: 'source', engine: 'postgres' });
    await env.engine.session.exec(`create table t (id int primary key, d date)`);
    const dataset = compileDataset({ seed: 1, scale: 1, tables: { t: { rows: 3000, columns: { id: { sequence: true }, d: { faker: 'person.fullName', nullRatio: 0.999 } } } } });
    const error = await harnessError(seedDataset(env.engine, dataset, { workers: 1, chunkRows: 1000 }));
    expect({ code: error.code, message: error.message.split('\n')[0], path: error.path }).toMatchInlineSnapshot(`
      {
        "code": "SEED_FAILED",
        "message": "Loading "t"."d" failed at row 110: invalid input syntax for type date: "Mr. Jennings Macejkovic" (SQLSTATE 22007)",
        "path": [
          "data",
          "tables",
          "t",
          "columns",
          "d",
        ],
      }
    `);
  });
});
