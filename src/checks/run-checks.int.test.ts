import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/scenario-schema.ts';
import { buildChecks } from './build-checks.ts';
import { runChecks } from './run-checks.ts';
import { chainResultOf } from './testing/chain-result-of.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

describe('buildChecks + runChecks on PostgreSQL', () => {
  it('gives each check of a scenario its result for a deliberately broken migration', async () => {
    const spec = scenarioSchema.parse({
      name: 'broken chain',
      source: { version: '1.0.0' },
      target: { version: '2.0.0' },
      chain: { migrators: ['migrations'] },
      checks: {
        parity: [{ table: 'dir_user' }, { table: 'app_form', key: ['nope'] }],
        invariants: [{ name: 'users', query: 'select count(*) from dir_user' }],
        schema: { expect: [{ table: 'dir_user', columns: { email: { type: 'text' } } }] },
      },
      budgets: { total: '1m', steps: { '2.0.0': '10s' } },
    });
    await pair.both(`
      create table dir_user (id int primary key, name text, email text);
      insert into dir_user select i, 'user ' || i, 'u' || i || '@example.com' from generate_series(1, 1000) i;
      create table app_form (id int primary key, title text);`);
    const sourceFingerprint = await pair.source.fingerprintAll();
    // The "migration": loses a row, changes a type, records its history.
    await pair.target.session.exec(`
      delete from dir_user where id = 500;
      alter table dir_user alter column email type varchar(200);
      create table pilot_schema_history (version text primary key);`);
    const chain = chainResultOf([
      ['1.1.0', 2_000],
      ['2.0.0', 12_500],
    ]);
    const results = await runChecks(
      buildChecks(spec.checks, spec.budgets),
      pair.context({ chain, harnessTables: ['pilot_schema_history'], sourceFingerprint }),
    );
    expect(results.map((r) => ({ id: r.id, status: r.status, codes: r.findings.map((f) => f.code), error: r.error?.code }))).toEqual([
      { id: 'schema', status: 'failed', codes: ['schema.column-type-changed', 'schema.expectation-failed'], error: undefined },
      { id: 'parity:dir_user', status: 'failed', codes: ['parity.missing-rows'], error: undefined },
      { id: 'parity:app_form', status: 'error', codes: [], error: 'CONFIG_INVALID' },
      { id: 'invariant:users', status: 'failed', codes: ['invariant.diverged'], error: undefined },
      { id: 'budget', status: 'failed', codes: ['budget.step-exceeded'], error: undefined },
      { id: 'source-unchanged', status: 'passed', codes: [], error: undefined },
    ]);
    expect(results[1]!.findings[0]!.keys).toEqual(['500']);
    expect(results[2]!.error).toEqual({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "app_form": column "nope" is not in the source table "app_form".',
      hint: 'Its columns: id, title. To compare a value computed differently on each side, give { source, target } expressions under "columns".',
      path: ['checks', 'parity', 1, 'key', 0],
    });
    expect(results.every((r) => r.durationMs >= 0)).toBe(true);
  });
});
