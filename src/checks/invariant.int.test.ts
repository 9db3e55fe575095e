import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import type { Invariant } from '../scenario/scenario-schema.ts';
import { invariant } from './invariant.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
  await pair.both(`
    create table orders (id int primary key, status text not null, amount numeric(12,2));
    insert into orders select i, case when i % 4 = 0 then 'open' else 'closed' end, i * 1.5 from generate_series(1, 400) i;`);
  // The migration under test "loses" three open orders and rewrites a status.
  await pair.target.session.exec(`delete from orders where id in (4, 8, 12); update orders set status = 'CLOSED' where id = 1;`);
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

const run = (inv: Invariant) => invariant(inv, { index: 0 }).run(pair.context());

describe('invariant on PostgreSQL', () => {
  it('passes when both sides give the same rows, in any order', async () => {
    expect(await run({ name: 'closed total', query: "select sum(amount) from orders where status = 'closed' and id > 1" })).toEqual([]);
    expect(
      await run({
        name: 'ids by parity',
        source: 'select id % 2 as odd, count(*) from orders where id > 12 group by 1 order by 1',
        target: 'select id % 2 as odd, count(*) from orders where id > 12 group by 1 order by 1 desc',
      }),
    ).toEqual([]);
  });

  it('reports a scalar that diverged', async () => {
    expect(await run({ name: 'open orders', query: "select count(*) from orders where status = 'open'" })).toEqual([
      {
        check: 'invariant:open orders',
        code: 'invariant.diverged',
        severity: 'error',
        path: 'open orders',
        message: 'Invariant "open orders" is 97 on the target, 100 on the source.',
        expected: '100',
        actual: '97',
      },
    ]);
  });

  it('reports the rows that differ, as multisets', async () => {
    expect(await run({ name: 'statuses', query: 'select status, count(*) as n from orders group by status' })).toEqual([
      {
        check: 'invariant:statuses',
        code: 'invariant.diverged',
        severity: 'error',
        path: 'statuses',
        message: 'Invariant "statuses" differs: 2 rows only in the source, 3 only in the target (2 source rows, 3 target rows).',
        expected: expect.arrayContaining([['open', '100'], ['closed', '300']]),
        actual: expect.arrayContaining([['open', '97'], ['closed', '299'], ['CLOSED', '1']]),
        details: expect.arrayContaining([
          { note: 'only in the source', expected: ['open', '100'] },
          { note: 'only in the target', actual: ['CLOSED', '1'] },
        ]),
      },
    ]);
  });

  it('compares the target with "equals", numbers by value', async () => {
    expect(await run({ name: 'first amount', query: 'select amount from orders where id = 2', equals: 3 })).toEqual([]);
    expect(await run({ name: 'max id', query: 'select max(id) from orders', equals: 400 })).toEqual([]);
    expect(await run({ name: 'open orders', query: "select count(*) from orders where status = 'open'", equals: 100 })).toEqual([
      {
        check: 'invariant:open orders',
        code: 'invariant.unexpected',
        severity: 'error',
        path: 'open orders',
        message: 'Invariant "open orders" is 97 on the target, expected 100.',
        expected: 100,
        actual: '97',
      },
    ]);
  });

  it('compares rows with "equals"', async () => {
    const inv = { name: 'first orders', query: 'select id, status, amount > 2 from orders where id <= 3' };
    expect(await run({ ...inv, equals: [[3, 'closed', true], [2, 'closed', true], [1, 'CLOSED', false]] })).toEqual([]);
    const findings = await run({ ...inv, equals: [[1, 'closed', false], [2, 'closed', true], [3, 'closed', true]] });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'invariant.unexpected',
        message: 'Invariant "first orders" returned 3 rows on the target, not the 3 expected: 1 expected row is missing, 1 row unexpected.',
        details: [
          { note: 'expected, missing on the target', expected: [1, 'closed', false] },
          { note: 'unexpected on the target', actual: ['1', 'CLOSED', 'false'] },
        ],
      }),
    ]);
  });

  it('reports a query that runs on the source but fails on the migrated target', async () => {
    await pair.both(`create table legacy (id int, code text)`);
    await pair.target.session.exec(`alter table legacy rename column code to legacy_code`);
    expect(await run({ name: 'codes', query: 'select count(distinct code) from legacy' })).toEqual([
      {
        check: 'invariant:codes',
        code: 'invariant.query-failed',
        severity: 'error',
        path: 'codes',
        message: 'Invariant "codes" runs on the source but fails on the target: column "code" does not exist (SQLSTATE 42703)',
      },
    ]);
  });

  it('refuses a query that fails on the source', async () => {
    await expect(run({ name: 'typo', query: 'select count(*) from ordrs' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Invariant "typo": the query failed on the source: relation "ordrs" does not exist (SQLSTATE 42P01)',
      path: ['checks', 'invariants', 0, 'query'],
    });
  });

  it('refuses the same typo with "equals" as a configuration error, after trying it on the source', async () => {
    const error = await run({ name: 'typo', query: 'select count(*) from ordrs', equals: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      exitCode: 64,
      message: 'Invariant "typo": the query fails on the unmigrated source as well as on the target: relation "ordrs" does not exist (SQLSTATE 42P01)',
      path: ['checks', 'invariants', 0, 'query'],
      hint:
        'On the target: relation "ordrs" does not exist (SQLSTATE 42P01). A query that fails before the migration has a mistake of its own: fix it ' +
        '(or, if it reads something the migration should have created, the migration did not create it).',
    });
  });

  it('reports an "equals" query that runs on the source but fails on the target, as a finding', async () => {
    await pair.both(`create table legacy_eq (id int, code text)`);
    await pair.target.session.exec(`alter table legacy_eq rename column code to legacy_code`);
    expect(await run({ name: 'codes', query: 'select count(distinct code) from legacy_eq', equals: 0 })).toEqual([
      {
        check: 'invariant:codes',
        code: 'invariant.query-failed',
        severity: 'error',
        path: 'codes',
        message: 'Invariant "codes" runs on the source but fails on the target: column "code" does not exist (SQLSTATE 42703)',
      },
    ]);
  });

  it('accepts an "equals" query that reads what only the migration creates', async () => {
    await pair.target.session.exec(`create table made_by_migration (id int); insert into made_by_migration values (1), (2)`);
    expect(await run({ name: 'new table', query: 'select count(*) from made_by_migration', equals: 2 })).toEqual([]);
  });

  it('tells a separate target query that fails on both sides (configuration) from one the migration broke (finding)', async () => {
    await pair.both(`create table renamed_src (id int); insert into renamed_src values (1)`);
    await pair.target.session.exec(`alter table renamed_src rename to renamed_dst`);
    await expect(
      invariant({ name: 'rows', source: 'select count(*) from renamed_src', target: 'select count(*) from renamed_dts' }, { index: 2 }).run(pair.context()),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Invariant "rows": the query fails on the unmigrated source as well as on the target: relation "renamed_dts" does not exist (SQLSTATE 42P01)',
      path: ['checks', 'invariants', 2, 'target'],
    });
    expect(await run({ name: 'rows', source: 'select count(*) from renamed_src', target: 'select count(*) from renamed_dst' })).toEqual([]);
    expect(await run({ name: 'rows', source: 'select count(*) from renamed_src', target: 'select count(*) from renamed_src' })).toEqual([
      expect.objectContaining({
        code: 'invariant.query-failed',
        message: 'Invariant "rows" runs on the source but fails on the target: relation "renamed_src" does not exist (SQLSTATE 42P01)',
      }),
    ]);
  });

  it('reads a query that ends in a comment', async () => {
    expect(await run({ name: 'commented', query: "select count(*) from orders where status = 'open' and id > 12 -- the ones kept" })).toEqual([]);
    expect(await run({ name: 'commented', query: 'select max(id) from orders -- latest', equals: 400 })).toEqual([]);
  });
});
