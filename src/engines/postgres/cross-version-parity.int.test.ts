import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowParity } from '../../checks/row-parity.ts';
import { chainResultOf } from '../../checks/testing/chain-result-of.ts';
import { embeddedProvider } from '../../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../../environment/environment-provider.ts';
import { externalProvider } from '../../environment/external/external-provider.ts';
import { parityRuleSchema } from '../../scenario/scenario-schema.ts';
import type { KeyedRowSet } from '../engine.ts';
import { copyDatabase } from './copy-database.ts';
import type { PostgresEngine } from './postgres-engine.ts';
import { announceSkip, dockerSkipReason, startPostgresServer, type TestServer } from './testing/postgres-container.ts';

/*
 * An engine-upgrade pilot compares rows of PostgreSQL 15 with rows of PostgreSQL 18. The
 * fingerprints hash the text of the values, so any value that prints differently on the
 * two would be a false finding. These tests copy a table of values chosen to print
 * differently if anything does (fixtures/upgrade/tricky-values.sql) from 15 to 18 and back,
 * with every database default set to print them as differently as PostgreSQL allows, and
 * require identical fingerprints, and a real change to be found.
 */

const TRICKY_VALUES = readFileSync(path.join(import.meta.dirname, '../../../fixtures/upgrade/tricky-values.sql'), 'utf8');

/** Defaults that change how values print and parse; the copy and the harness's reads must pin them away. */
const HOSTILE_DEFAULTS = {
  TimeZone: 'Asia/Kathmandu',
  DateStyle: 'SQL, DMY',
  IntervalStyle: 'sql_standard',
  extra_float_digits: '0',
  bytea_output: 'escape',
};
const hostile = (apply: (name: string, value: string) => string) => Object.entries(HOSTILE_DEFAULTS).map(([n, v]) => apply(n, v)).join('; ');

const COLUMNS = ['note', 'f4', 'f8', 'n', 'n2', 'ts', 'tstz', 'd', 't', 'ttz', 'iv', 'jb', 'js', 'raw', 'ints', 'texts', 'u', 'txt', 'b', 'm', 'ip', 'r', 'p', 'bits', 'tsv', 'ch', 'big'];
const ALL: KeyedRowSet = { from: { table: 'tricky_values' }, key: ['id'], values: COLUMNS };

/** Everything the harness's fingerprints say about the table: overall, per column, per bucket, per row. */
async function fingerprintsOf(engine: PostgresEngine) {
  const perColumn: Record<string, unknown> = {};
  for (const column of COLUMNS) perColumn[column] = await engine.summarize({ ...ALL, values: [column] });
  return {
    summary: await engine.summarize(ALL),
    perColumn,
    buckets: Object.fromEntries([...(await engine.summarizeBuckets(ALL, 4))].sort(([a], [b]) => a - b)),
    rows: [...(await engine.rowHashes(ALL, 4, [0, 1, 2, 3]))].sort(([a], [b]) => Number(a) - Number(b)),
  };
}

const noDocker = await dockerSkipReason();
announceSkip('cross-version parity, PostgreSQL 15 (container) and 18 (PGlite)', noDocker);

describe.skipIf(noDocker !== undefined)('cross-version parity, PostgreSQL 15 (container) and 18 (PGlite)', () => {
  let server: TestServer;
  let pg15: StartedEnvironment;
  let pg18: StartedEnvironment;
  let back15: StartedEnvironment;
  const external = externalProvider();
  const embedded = embeddedProvider({ cache: memorySnapshotCache() });

  beforeAll(async () => {
    server = await startPostgresServer('15');
    for (const database of ['values15', 'back15']) {
      await server.createDatabase(database);
      // Database defaults apply to every later connection, the harness's included.
      await server.exec(hostile((name, value) => `alter database ${database} set ${name} = '${value}'`));
    }
    await server.exec(TRICKY_VALUES, 'values15');
    pg15 = await external.start({ role: 'source', engine: 'postgres', engineVersion: '15', label: 'parity', settings: { url: server.url('values15') } });
    pg18 = await embedded.start({ role: 'target', engine: 'postgres' });
    await pg18.engine.session.exec(hostile((name, value) => `set ${name} = '${value}'`));
    back15 = await external.start({ role: 'target', engine: 'postgres', label: 'parity', settings: { url: server.url('back15'), allowWrites: true } });

    await copyDatabase(pg15.engine, pg18.engine, { method: 'logical' });
    await copyDatabase(pg18.engine, back15.engine, { method: 'logical' });
  });
  afterAll(async () => {
    for (const env of [back15, pg18, pg15]) await env?.stop();
    await server?.stop();
  });

  it('runs where it says: PostgreSQL 15 and 18, with hostile defaults in force', async () => {
    expect(pg15.engine.serverVersion).toMatch(/^15\./);
    expect(pg18.engine.serverVersion).toMatch(/^18\./);
    const settings = `select current_setting('TimeZone') as tz, current_setting('IntervalStyle') as style, current_setting('extra_float_digits') as digits`;
    for (const engine of [pg15.engine, pg18.engine, back15.engine]) {
      expect((await engine.session.query(settings)).rows).toEqual([{ tz: 'Asia/Kathmandu', style: 'sql_standard', digits: '0' }]);
    }
    // What an unpinned reader sees: 0.30000000000000004 rounded, an interval that reads back
    // as another one under the default IntervalStyle, a local time with a +05:45 offset.
    const raw = await pg15.engine.session.query<Record<string, string>>(
      `select f8::text as f8, (select iv::text from tricky_values where id = 3) as iv, tstz::text as tstz from tricky_values where id = 6`,
    );
    expect(raw.rows).toEqual([{ f8: '0.3', iv: '+0-0 -1 +2:03:04', tstz: '01/01/2000 05:45:00.000001 +0545' }]);
  });

  it('gives identical fingerprints on 15, on the copy on 18, and on the copy back on 15', async () => {
    const on15 = await fingerprintsOf(pg15.engine);
    expect(on15.summary.count).toBe(7);
    expect(on15.rows).toHaveLength(7);
    expect(await fingerprintsOf(pg18.engine)).toEqual(on15);
    expect(await fingerprintsOf(back15.engine)).toEqual(on15);
  });

  it('prints every value alike on both versions', async () => {
    const values = (engine: PostgresEngine) => engine.rowValues(ALL, ['1', '2', '3', '4', '5', '6', '7']);
    const on15 = await values(pg15.engine);
    expect(await values(pg18.engine)).toEqual(on15);
    // Spot checks of what "alike" is: shortest exact floats, UTC ISO timestamps, postgres intervals, hex bytea.
    expect(on15.get('6')!.slice(1, 4)).toEqual(['0.3', '0.30000000000000004', '0.3']);
    expect(on15.get('7')![COLUMNS.indexOf('tstz')]).toBe('2024-03-31 00:30:00+00');
    expect(on15.get('3')![COLUMNS.indexOf('iv')]).toBe('-1 days +02:03:04');
    expect(on15.get('1')![COLUMNS.indexOf('raw')]).toBe('\\x00ff10');
    expect(on15.get('4')!.slice(1, 4)).toEqual(['-0', '-0', '0']);
  });

  it('gives identical fingerprints when each version parses the same SQL itself (no copy)', async () => {
    await using own18 = await embedded.start({ role: 'source', engine: 'postgres' });
    await own18.engine.session.exec(hostile((name, value) => `set ${name} = '${value}'`));
    await own18.engine.session.exec(TRICKY_VALUES);
    expect(await fingerprintsOf(own18.engine)).toEqual(await fingerprintsOf(pg15.engine));
  });

  it('finds no parity difference between the versions, and exactly the value changed on purpose', async () => {
    const parity = rowParity(parityRuleSchema.parse({ table: 'tricky_values' }));
    const context = (target: PostgresEngine) => ({ source: pg15.engine, target, run: { chain: chainResultOf([]), harnessTables: [] } });
    expect(await parity.run(context(pg18.engine))).toEqual([]);

    await using changed = await embedded.start({ role: 'target', engine: 'postgres' });
    await copyDatabase(pg15.engine, changed.engine, { method: 'logical' });
    // The smallest change a float can have: one unit in the last place.
    await changed.engine.session.exec(`update tricky_values set f8 = 0.30000000000000010 where id = 6`);
    const findings = await parity.run(context(changed.engine));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'parity.changed-rows', path: 'tricky_values' });
    expect(JSON.stringify(findings[0])).toContain('0.30000000000000004');
    expect(JSON.stringify(findings[0])).toContain('0.3000000000000001');
    const buckets = async (engine: PostgresEngine) => engine.summarizeBuckets(ALL, 4);
    const [before, after] = [await buckets(pg15.engine), await buckets(changed.engine)];
    expect([...after].filter(([b, s]) => JSON.stringify(before.get(b)) !== JSON.stringify(s)).map(([b]) => b)).toHaveLength(1);
    const rowsBefore = new Map(await pg15.engine.rowHashes(ALL, 4, [0, 1, 2, 3]));
    const rowsAfter = await changed.engine.rowHashes(ALL, 4, [0, 1, 2, 3]);
    expect(rowsAfter.filter(([key, hash]) => rowsBefore.get(key) !== hash).map(([key]) => key)).toEqual(['6']);
  });

  it('hashes text with hashtextextended alike on 15 and 18', async () => {
    const texts = ['', 'a', 'héllo ☃ 🎉', 'ünïcödé — 日本語 — عربى', 'abc'.repeat(1000), 'line\nbreak\ttab\\', '(1,"{""a"": 1}",NULL)'];
    const sql = `select t, hashtextextended(t, 0)::text as h0, hashtextextended(t, 1)::text as h1 from unnest($1::text[]) with ordinality as u(t, i) order by i`;
    const on15 = (await pg15.engine.session.query<{ t: string; h0: string; h1: string }>(sql, [texts])).rows;
    const on18 = (await pg18.engine.session.query<{ t: string; h0: string; h1: string }>(sql, [texts])).rows;
    expect(on18).toEqual(on15);
    // Pinned, so a server whose hash changed would be noticed here rather than as findings.
    expect(on15.map((r) => `${r.h0} ${r.h1}`)).toMatchInlineSnapshot(`
      [
        "-6939563903564495251 -150071773020461347",
        "3591986179850072241 3325245193489759299",
        "-5681097773205794325 -5556216713218683603",
        "8261265666983461268 7649552300749166276",
        "-2835532103053884498 -7931346162653743570",
        "7185890342463513071 -8292364970970134945",
        "1436274436590446322 8150713604206321656",
      ]
    `);
  });
});
