import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDialect } from './check-dialect.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
  await pair.source.session.exec(`create table t (id int primary key, name text)`);
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

describe('checkDialect on PostgreSQL', () => {
  it('reads the columns of a query that ends in a comment or a semicolon', async () => {
    const dialect = checkDialect(pair.source);
    expect(await dialect.queryColumns('select id, name as full_name from t -- every user')).toEqual(['id', 'full_name']);
    expect(await dialect.queryColumns('select id from t;\n')).toEqual(['id']);
  });

  it('probes expressions and query sources that end in a comment', async () => {
    const dialect = checkDialect(pair.source);
    await expect(dialect.probe({ table: 't' }, ['id + 1 -- next', "coalesce(name, '') -- never null"])).resolves.toBeUndefined();
    await expect(dialect.probe({ query: 'select id from t -- ids' }, ['id * 2'])).resolves.toBeUndefined();
    await expect(dialect.probe({ table: 't' }, ['nope -- missing'])).rejects.toMatchObject({ sqlState: '42703' });
  });
});
