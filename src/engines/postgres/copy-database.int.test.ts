import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedProvider } from '../../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../../environment/environment-provider.ts';
import { externalProvider } from '../../environment/external/external-provider.ts';
import { copyDatabase } from './copy-database.ts';
import { copyTableRows } from './copy-table-rows.ts';
import type { PostgresEngine } from './postgres-engine.ts';
import { announceSkip, dockerSkipReason, startPostgresServer, type TestServer } from './testing/postgres-container.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../fixtures/upgrade', name), 'utf8');
const SCHEMA_OBJECTS = fixture('schema-objects.sql');
const TRICKY_VALUES = fixture('tricky-values.sql');

const embedded = embeddedProvider({ cache: memorySnapshotCache() });
const startEmbedded = (role: 'source' | 'target' = 'target') => embedded.start({ role, engine: 'postgres' });

/** The parts of a schema a copy must keep, as text, from the catalog. */
async function schemaOf(engine: PostgresEngine) {
  // Sorted here, not in SQL: the two servers' collations order "Mixed Case" differently.
  const text = async (sql: string) => (await engine.queryText(sql)).rows.map((r) => r.join(' | ')).sort();
  return {
    tables: (await engine.introspect()).tables,
    constraints: await text(
      `select conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid) from pg_constraint
       where connamespace in (select oid from pg_namespace where nspname in ('app', 'public', 'Mixed Case')) and contype <> 'n' order by 1, 2`,
    ),
    sequences: await text(
      `select schemaname || '.' || sequencename, data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value
       from pg_sequences order by 1`,
    ),
    triggers: await text(`select tgrelid::regclass::text, tgname, tgenabled::text from pg_trigger where not tgisinternal order by 1, 2`),
    views: await text(`select c.oid::regclass::text, c.relkind::text from pg_class c where c.relkind in ('v', 'm') and c.relnamespace = 'app'::regnamespace order by 1`),
    functions: await text(`select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'app'::regnamespace order by 1`),
    types: await text(
      `select t.oid::regtype::text, t.typtype::text from pg_type t left join pg_class c on c.oid = t.typrelid
       where t.typnamespace = 'app'::regnamespace and (t.typtype in ('e', 'd') or c.relkind = 'c') order by 1`,
    ),
  };
}

/** What the copied schema must still do: sequences go on, identity and generated columns, triggers, keys, checks, views. */
async function expectWorking(engine: PostgresEngine) {
  const session = engine.session;
  const one = async (sql: string) => (await session.query<Record<string, unknown>>(sql)).rows[0];
  expect(await one(`insert into app.ticket (customer_id, title) values (20, 'After copy') returning id, number::text, status::text, updated_at = '2000-01-01' as touched`)).toEqual({
    id: 4,
    number: '1035',
    status: 'new',
    touched: true,
  });
  expect(await one(`insert into app.customer (email, name) values ('cy@example.com', 'Cy Young') returning id, slug`)).toEqual({ id: 30, slug: 'cy-young' });
  expect(await one(`insert into app.event (at) values ('2024-06-01') returning id::text, tableoid::regclass::text as part`)).toEqual({ id: '3', part: 'app.event_2024' });
  await expect(session.exec(`insert into app.ticket (customer_id, title) values (999, 'No such customer')`)).rejects.toMatchObject({ sqlState: '23503' });
  await expect(session.exec(`insert into app.ticket (customer_id, title) values (10, '')`)).rejects.toMatchObject({ sqlState: '23514' });
  await expect(session.exec(`insert into app.customer (email, name) values ('not an address', 'X')`)).rejects.toMatchObject({ sqlState: '23514' });
  await expect(session.exec(`insert into app.ticket (customer_id, title) values (10, 'First ticket')`)).rejects.toMatchObject({ sqlState: '23505' });
  expect((await engine.queryText(`select app.open_count(), (select n from app.open_ticket_count), (select count(*) from app.ticket_per_customer)`)).rows).toEqual([['1', '1', '2']]);
}

describe('copyDatabase, logical, between embedded environments', () => {
  let source: StartedEnvironment;
  beforeAll(async () => {
    source = await startEmbedded('source');
    await source.engine.session.exec(SCHEMA_OBJECTS);
    await source.engine.session.exec(TRICKY_VALUES);
  });
  afterAll(async () => {
    await source?.stop();
  });

  it('recreates every object and row, leaves the source unchanged, and the copy works like the original', async () => {
    await using target = await startEmbedded();
    const before = await source.engine.fingerprintAll();
    const copied = await copyDatabase(source.engine, target.engine, { method: 'logical', clock: { now: () => 0, date: () => new Date(0) } });
    expect(copied).toEqual({
      method: 'logical',
      tables: [
        { table: 'app.customer', rows: 2 },
        { table: 'app.ticket', rows: 3 },
        { table: 'app.ticket_link', rows: 1 },
        { table: 'app.scratch', rows: 1 },
        { table: 'app.event_2024', rows: 1 },
        { table: 'app.event_rest', rows: 1 },
        { table: 'Mixed Case.Odd "Name"', rows: 1 },
        { table: 'tricky_values', rows: 7 },
      ],
      durationMs: 0,
      notCopied: [],
    });
    expect(await source.engine.fingerprintAll()).toEqual(before);
    expect(await target.engine.fingerprintAll()).toEqual(before);
    expect(await schemaOf(target.engine)).toEqual(await schemaOf(source.engine));
    await expectWorking(target.engine);
  });

  it('leaves out excluded tables and what depends on them, and says so', async () => {
    await using target = await startEmbedded();
    const copied = await copyDatabase(source.engine, target.engine, { method: 'logical', exclude: ['app.ticket', 'no_such_table'] });
    expect(copied.tables.map((t) => t.table)).toEqual(['app.customer', 'app.ticket_link', 'app.scratch', 'app.event_2024', 'app.event_rest', 'Mixed Case.Odd "Name"', 'tricky_values']);
    expect(copied.notCopied).toEqual([
      'constraint "ticket_link_customer_id_title_fkey" on "app"."ticket_link" (excluded)',
      'constraint "ticket_link_ticket_id_fkey" on "app"."ticket_link" (excluded)',
      'constraint "ticket_parent_id_fkey" on "app"."ticket" (excluded)',
      'constraint "ticket_pkey" on "app"."ticket" (excluded)',
      'constraint "ticket_customer_id_fkey" on "app"."ticket" (excluded)',
      'constraint "ticket_number_key" on "app"."ticket" (excluded)',
      'constraint "ticket_title_check" on "app"."ticket" (excluded)',
      'constraint "title_not_shouting" on "app"."ticket" (excluded)',
      'index "ticket_customer_title_uq" on "app"."ticket" (excluded)',
      'index "ticket_per_customer_idx" on "app"."ticket_per_customer" (depends on "app"."ticket", which is not copied)',
      'index "ticket_status_idx" on "app"."ticket" (excluded)',
      'index "ticket_title_lower_idx" on "app"."ticket" (excluded)',
      'materialized view "app"."ticket_per_customer" (depends on "app"."ticket", which is not copied)',
      'sequence "app"."ticket_id_seq" (excluded)',
      'table "app"."ticket" (excluded)',
      'trigger "ticket_touch" on "app"."ticket" (excluded)',
      'trigger "ticket_touch_disabled" on "app"."ticket" (excluded)',
      'view "app"."open_ticket" (depends on "app"."ticket", which is not copied)',
      'view "app"."open_ticket_count" (depends on "app"."open_ticket", which is not copied)',
    ].sort());
    expect((await target.engine.introspect()).tables.map((t) => t.name)).not.toContain('app.ticket');
    expect(await target.engine.count('app.ticket_link')).toBe(1);
  });

  it('names what it does not recreate', async () => {
    await using withExtras = await startEmbedded('source');
    await withExtras.engine.session.exec(`
      create table t (id int primary key, owner text);
      create rule t_no_delete as on delete to t do instead nothing;
      alter table t enable row level security;
      create policy own_rows on t using (owner = current_user);
      create aggregate collect (anycompatible) (sfunc = array_append, stype = anycompatiblearray);
      select lo_from_bytea(0, 'a large object');
    `);
    await using target = await startEmbedded();
    const copied = await copyDatabase(withExtras.engine, target.engine, { method: 'logical' });
    expect(copied.notCopied).toEqual([
      'aggregate public.collect(anycompatible)',
      'large objects (1)',
      'policy own_rows on public.t',
      'row level security on public.t',
      'rule t_no_delete on public.t',
    ]);
  });

  it('refuses a target that already has the tables, naming them', async () => {
    await using target = await startEmbedded();
    await target.engine.session.exec(`create table tricky_values (id int); create schema app; create table app.scratch (k text)`);
    await expect(copyDatabase(source.engine, target.engine, { method: 'logical' })).rejects.toMatchObject({
      code: 'DATABASE',
      message: 'The target already has 2 relations the copy would create: "app"."scratch", "public"."tricky_values". A copy goes into an empty database.',
      hint: 'Start the target environment empty (not from a snapshot), or drop these first.',
    });
  });

  it('leaves the target as it was when a statement fails halfway', async () => {
    await using target = await startEmbedded();
    // Not a relation, so only the DDL finds it: after the schemas and the enum are created.
    await target.engine.session.exec(`create schema app; create domain app.email as int`);
    const before = await target.engine.queryText(`select nspname from pg_namespace order by 1`);
    const error = (await copyDatabase(source.engine, target.engine, { method: 'logical' }).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error & { code: string };
    expect(error.code).toBe('DATABASE');
    expect(error.message.split('\n')[0]).toBe('Recreating domain "app"."email" on the target failed; the target was left unchanged.');
    expect(await target.engine.queryText(`select nspname from pg_namespace order by 1`)).toEqual(before);
    expect(await target.engine.queryText(`select count(*) from pg_type where typname = 'status'`)).toEqual({ columns: ['count'], rows: [['0']] });
  });

  it('says pg_dump needs connection URLs, which an embedded environment has not', async () => {
    await using target = await startEmbedded();
    await expect(copyDatabase(source.engine, target.engine, { method: 'pg_dump' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'The pg_dump copy needs connection URLs for both sides, but the source and target has none (an embedded PGlite environment has no URL).',
      hint: 'Copy with method logical, which works with any environment, or run both environments on servers (local, testcontainers, external).',
    });
  });
});

const noDocker = await dockerSkipReason();
announceSkip('copyDatabase across PostgreSQL 15 (container) and 18 (PGlite)', noDocker);

describe.skipIf(noDocker !== undefined)('copyDatabase across PostgreSQL 15 (container) and 18 (PGlite)', () => {
  let server: TestServer;
  let source15: StartedEnvironment;
  const external = externalProvider();
  const target15 = async (database: string) =>
    external.start({ role: 'target', engine: 'postgres', label: 'copy test', settings: { url: await server.createDatabase(database), allowWrites: true } });

  beforeAll(async () => {
    server = await startPostgresServer('15');
    const url = await server.createDatabase('objects15');
    await server.exec(SCHEMA_OBJECTS, 'objects15');
    await server.exec(TRICKY_VALUES, 'objects15');
    source15 = await external.start({ role: 'source', engine: 'postgres', engineVersion: '15', label: 'copy test', settings: { url } });
  });
  afterAll(async () => {
    await source15?.stop();
    await server?.stop();
  });

  it('copies 15 → 18 and 18 → 15: the same schema, rows and behaviour on each', async () => {
    const before = await source15.engine.fingerprintAll();
    await using pglite = await startEmbedded();
    await copyDatabase(source15.engine, pglite.engine, { method: 'logical' });
    expect(pglite.engine.serverVersion).toMatch(/^18\./);
    expect(await pglite.engine.fingerprintAll()).toEqual(before);
    expect(await schemaOf(pglite.engine)).toEqual(await schemaOf(source15.engine));

    await using back = await target15('back15');
    const copied = await copyDatabase(pglite.engine, back.engine, { method: 'logical' });
    expect(copied.tables).toHaveLength(8);
    expect(await back.engine.fingerprintAll()).toEqual(before);
    expect(await schemaOf(back.engine)).toEqual(await schemaOf(source15.engine));
    await expectWorking(back.engine);
    await expectWorking(pglite.engine);
    // The read-only source was never written to.
    expect(await source15.engine.fingerprintAll()).toEqual(before);
  });

  it('cuts the stream of rows into COPY statements at row boundaries only', async () => {
    const set = { from: { table: 'tricky_values' }, key: ['id'], values: ['note', 'txt', 'texts', 'jb', 'raw', 'tstz', 'f8'] };
    const table = { name: '"public"."tricky_values"', harnessName: 'tricky_values', columns: ['id', ...set.values] };
    await using pglite = await startEmbedded();
    await pglite.engine.session.exec(`${TRICKY_VALUES}; truncate tricky_values`);
    // 100 bytes: every few rows a cut, some rows longer than a batch; text with newlines, tabs and backslashes.
    expect(await copyTableRows(source15.engine.session, pglite.engine.session, table, 100)).toBe(7);
    expect(await pglite.engine.summarize(set)).toEqual(await source15.engine.summarize(set));

    await using back = await target15('batches15');
    await back.engine.session.exec(`${TRICKY_VALUES}; truncate tricky_values`);
    expect(await copyTableRows(pglite.engine.session, back.engine.session, table, 100)).toBe(7);
    expect(await back.engine.summarize(set)).toEqual(await source15.engine.summarize(set));
  });

  it('refuses, before writing anything, what the older target cannot have', async () => {
    await using pglite = await startEmbedded('source');
    await pglite.engine.session.exec(`create table v (a int, doubled int generated always as (a * 2) virtual); insert into v (a) values (1)`);
    await using old = await target15('virtual15');
    await expect(copyDatabase(pglite.engine, old.engine, { method: 'logical' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message:
        'Column "doubled" of "public"."v" is a virtual generated column (PostgreSQL 18 and later), which the target\'s PostgreSQL 15 does not have, so the logical copy cannot recreate it there.',
    });
    expect((await old.engine.introspect()).tables).toEqual([]);
  });

  it('copies with pg_dump | pg_restore between servers, checking every count', async () => {
    await using target = await target15('dumped15');
    const copied = await copyDatabase(source15.engine, target.engine, {
      method: 'pg_dump',
      fromUrl: source15.connection!.url,
      toUrl: target.connection!.url,
      exclude: ['Mixed Case.Odd "Name"'],
    });
    expect(copied.method).toBe('pg_dump');
    expect(copied.tool).toMatch(/^pg_dump 15\.\d+ \(.+\)$/);
    expect(copied.tables).toContainEqual({ table: 'tricky_values', rows: 7 });
    expect(copied.tables.map((t) => t.table)).not.toContain('Mixed Case.Odd "Name"');
    const { 'Mixed Case.Odd "Name"': _left, ...rest } = await source15.engine.fingerprintAll();
    expect(await target.engine.fingerprintAll()).toEqual(rest);
    const expected = await schemaOf(source15.engine);
    expected.tables = expected.tables.filter((t) => t.schema !== 'Mixed Case');
    expected.constraints = expected.constraints.filter((c) => !c.startsWith('"Mixed Case"'));
    expect(await schemaOf(target.engine)).toEqual(expected);
  });

  it('says when pg_dump is too old for the source server', async () => {
    const binDir = await mkdtemp(path.join(tmpdir(), 'pilot-old-tools-'));
    try {
      // Stand-ins for PostgreSQL 14 client tools: the check reads `pg_dump --version` before running anything.
      await mkdir(binDir, { recursive: true });
      for (const tool of ['pg_dump', 'pg_restore']) {
        await writeFile(path.join(binDir, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) 14.11"\n`);
        await chmod(path.join(binDir, tool), 0o755);
      }
      await using target = await target15('never15');
      await expect(
        copyDatabase(source15.engine, target.engine, { method: 'pg_dump', fromUrl: source15.connection!.url, toUrl: target.connection!.url, binDir }),
      ).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: `pg_dump 14.11 (${binDir}/pg_dump) cannot dump the source, which runs PostgreSQL 15: pg_dump refuses servers newer than itself.`,
      });
    } finally {
      await rm(binDir, { recursive: true, force: true });
    }
  });
});
