import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from './run-checks.ts';
import { sourceUnchanged } from './source-unchanged.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

describe('sourceUnchanged on PostgreSQL', () => {
  it('passes when the source is as it was', async () => {
    await pair.source.session.exec(`create table a (id int primary key, v text); insert into a select i, 'v' || i from generate_series(1, 100) i;`);
    const sourceFingerprint = await pair.source.fingerprintAll();
    await pair.target.session.exec(`create table a (id int primary key)`);
    expect(await sourceUnchanged().run(pair.context({ sourceFingerprint }))).toEqual([]);
    await pair.source.session.exec(`drop table a`);
  });

  it('refuses to pass without a fingerprint taken before the chain: it would prove nothing', async () => {
    await pair.source.session.exec(`create table a2 (id int primary key); insert into a2 values (1)`);
    await pair.source.session.exec(`delete from a2 where id = 1`);
    const [result] = await runChecks([sourceUnchanged()], pair.context());
    expect(result).toMatchObject({
      status: 'error',
      findings: [],
      error: {
        code: 'INTERNAL',
        message: 'The source-unchanged check has no fingerprint of the source taken before the chain, so it cannot prove the source unchanged.',
        hint: 'The runner takes one after seeding in copy mode; in in-place mode it must leave this check out (the source is what the chain migrates).',
      },
    });
    await pair.source.session.exec(`drop table a2`);
  });

  it('reports a table changed, emptied of a row, dropped or added', async () => {
    await pair.source.session.exec(`
      create table b (id int primary key, v text); insert into b select i, 'v' || i from generate_series(1, 100) i;
      create table c (id int primary key); insert into c select generate_series(1, 10);
      create table d (id int primary key); insert into d values (1);
      create table pilot_schema_history (version text);`);
    const sourceFingerprint = await pair.source.fingerprintAll();
    await pair.source.session.exec(`
      update b set v = 'moved' where id = 50;
      delete from c where id = 10;
      drop table d;
      create table e (id int); insert into e values (1);
      insert into pilot_schema_history values ('2.0.0');`);
    const findings = await sourceUnchanged().run(pair.context({ sourceFingerprint, harnessTables: ['pilot_schema_history'] }));
    const summary = { count: expect.any(Number), hash: expect.any(String) };
    expect(findings).toEqual([
      {
        check: 'source-unchanged',
        code: 'source.changed',
        severity: 'error',
        path: 'b',
        message: 'Table "b" of the source has the same 100 rows but different content after the run. The source must stay intact: copy, never move.',
        expected: sourceFingerprint.b,
        actual: summary,
      },
      {
        check: 'source-unchanged',
        code: 'source.changed',
        severity: 'error',
        path: 'c',
        message: 'Table "c" of the source has 9 rows after the run, 10 before. The source must stay intact: copy, never move.',
        expected: sourceFingerprint.c,
        actual: summary,
      },
      {
        check: 'source-unchanged',
        code: 'source.changed',
        severity: 'error',
        path: 'd',
        message: 'Table "d" of the source (1 row) disappeared during the run. The source must stay intact: copy, never move.',
        expected: sourceFingerprint.d,
      },
      {
        check: 'source-unchanged',
        code: 'source.changed',
        severity: 'error',
        path: 'e',
        message: 'Table "e" appeared in the source during the run (1 row). The source must stay intact: copy, never move.',
        actual: summary,
      },
    ]);
    expect((findings[0]!.actual as { hash: string }).hash).not.toBe(sourceFingerprint.b!.hash);
  });
});
