import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedProvider } from '../../environment/embedded/embedded-provider.ts';
import type { StartedEnvironment } from '../../environment/environment-provider.ts';

let env: StartedEnvironment;
beforeAll(async () => {
  env = await embeddedProvider().start({ role: 'source', engine: 'postgres' });
  await env.engine.session.exec(`
    create sequence s;
    create table t (id int primary key, at timestamptz, f float8, b bool, j jsonb, i interval, raw bytea);
    insert into t values (1, '2024-02-29 12:00:00+02', 0.1, true, '{"b": 1, "a": [1, 2]}', '1 day 02:00', '\\x0102');
  `);
});
afterAll(async () => {
  await env?.stop();
});

describe('postgresEngine', () => {
  it('returns query values as PostgreSQL text, keeping columns of the same name apart', async () => {
    const result = await env.engine.queryText('select count(*), count(*) filter (where id > 1), b, j from t group by b, j -- a trailing comment');
    expect(result).toEqual({ columns: ['count', 'count', 'b', 'j'], rows: [['1', '0', 'true', '{"a": [1, 2], "b": 1}']] });
  });

  it('prints values the same way whatever the session was set to', async () => {
    const before = await env.engine.queryText('select at, f, i, raw from t');
    await env.engine.session.exec(`set TimeZone = 'Asia/Tokyo'; set DateStyle = 'German'; set IntervalStyle = 'iso_8601'; set extra_float_digits = 0; set bytea_output = 'escape'`);
    const after = await env.engine.queryText('select at, f, i, raw from t');
    expect(after).toEqual(before);
    expect(after.rows).toEqual([['2024-02-29 10:00:00+00', '0.1', '1 day 02:00:00', '\\x0102']]);
    expect(await env.engine.summarize({ from: { table: 't' }, key: ['id'], values: ['at', 'f', 'i', 'raw'] })).toEqual(
      await (async () => {
        await env.engine.session.exec('reset all');
        return env.engine.summarize({ from: { table: 't' }, key: ['id'], values: ['at', 'f', 'i', 'raw'] });
      })(),
    );
  });

  it('keeps a trailing comment in a key or value expression inside it', async () => {
    const set = { from: { query: 'select * from t -- all of t' }, key: ['id -- the key'], values: ['f * 2 -- doubled'] };
    expect((await env.engine.summarize(set)).count).toBe(1);
    expect(await env.engine.rowValues(set, ['1'])).toEqual(new Map([['1', ['0.2']]]));
  });

  it('copies a table out in COPY text format', async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of env.engine.session.copyTo('COPY t (id, f, b) TO STDOUT')) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('1\t0.1\tt\n');
  });

  it('reads in read-only transactions, so a check cannot change data by mistake', async () => {
    await expect(env.engine.queryText('select 1 from t for update')).rejects.toThrow(/read-only transaction/);
    await expect(env.engine.queryText(`select nextval('s')`)).rejects.toThrow(/read-only transaction/);
    expect(await env.engine.count('t')).toBe(1);
  });
});
