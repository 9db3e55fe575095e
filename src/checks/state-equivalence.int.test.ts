import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { compareStates } from './state/compare-states.ts';
import { stateEquivalence } from './state-equivalence.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

// Open orders: the source names the waiting step `approve`, the target (a new version) `manager_approval`,
// and the target's orders table has a new name and generated ids that differ from the source's.
const SOURCE = `
  create table orders (id int primary key, order_no text not null, step text, owner text);
  insert into orders select i, 'O-' || lpad(i::text, 4, '0'), case when i % 2 = 0 then 'approve' else 'pay' end, 'u' || (i % 7) from generate_series(1, 3000) as i;`;
const TARGET = `
  create table orders_v2 (id uuid primary key default gen_random_uuid(), order_no text not null, step text, owner text);
  insert into orders_v2 (order_no, step, owner)
    select 'O-' || lpad(i::text, 4, '0'), case when i % 2 = 0 then 'manager_approval' else 'pay' end, 'u' || (i % 7) from generate_series(1, 3000) as i;`;

const rule = {
  name: 'open orders',
  key: ['order_no'],
  source: 'select order_no, step, owner from orders',
  target: 'select order_no, step, owner from orders_v2',
  map: { step: { approve: 'manager_approval' } },
};

describe('stateEquivalence (generic keyed states, compared inside the databases)', () => {
  beforeAll(async () => {
    await pair.source.session.exec(SOURCE);
    await pair.target.session.exec(TARGET);
  });

  it('finds nothing when the states agree through the mapping, whatever the generated ids', async () => {
    expect(await stateEquivalence(rule).run(pair.context())).toEqual([]);
  });

  it('without the mapping, every renamed state is diverged, with both values of the first keys', async () => {
    const findings = await stateEquivalence({ ...rule, map: {} }).run(pair.context());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'state.diverged', path: 'open orders.step', message: '1500 of 3000 source states diverged in "step".', truncated: 1500 });
    expect(findings[0]!.details!.slice(0, 2)).toEqual([
      { key: 'O-0002', column: 'step', expected: 'approve', actual: 'manager_approval' },
      { key: 'O-0004', column: 'step', expected: 'approve', actual: 'manager_approval' },
    ]);
  });

  it('names the missing, extra and diverged keys, each with its field and both values', async () => {
    await pair.target.session.exec(`
      create table orders_broken as select * from orders_v2;
      delete from orders_broken where order_no in ('O-0017', 'O-2999');
      insert into orders_broken (id, order_no, step, owner) values (gen_random_uuid(), 'O-9001', 'pay', 'u1');
      update orders_broken set owner = 'nobody' where order_no = 'O-0100';
      update orders_broken set step = 'pay' where order_no = 'O-0042';`);
    const findings = await stateEquivalence({ ...rule, target: 'select order_no, step, owner from orders_broken' }).run(pair.context());
    expect(findings).toEqual([
      {
        check: 'equivalence:open orders',
        severity: 'error',
        path: 'open orders',
        code: 'state.missing',
        message: '2 of 3000 source states have no counterpart in the target.',
        expected: 3000,
        actual: 2999,
        keys: ['O-0017', 'O-2999'],
      },
      { check: 'equivalence:open orders', severity: 'error', path: 'open orders', code: 'state.extra', message: '1 of 2999 target states has no counterpart in the source.', keys: ['O-9001'] },
      {
        check: 'equivalence:open orders',
        severity: 'error',
        path: 'open orders.step',
        code: 'state.diverged',
        message: '1 of 3000 source states diverged in "step".',
        keys: ['O-0042'],
        details: [{ key: 'O-0042', column: 'step', expected: 'manager_approval', actual: 'pay' }],
      },
      {
        check: 'equivalence:open orders',
        severity: 'error',
        path: 'open orders.owner',
        code: 'state.diverged',
        message: '1 of 3000 source states diverged in "owner".',
        keys: ['O-0100'],
        details: [{ key: 'O-0100', column: 'owner', expected: 'u2', actual: 'nobody' }],
      },
    ]);
  });

  it('compareStates classifies many changed keys by per-field hashes, a batch at a time, to the same result as reading their texts', async () => {
    await pair.target.session.exec(`create table orders_owners as select * from orders_v2; update orders_owners set owner = owner || '!' where order_no like 'O-00%';`);
    const side = (store: typeof pair.source, table: string) => ({
      store,
      set: { from: { query: `select order_no, step, owner from ${table}` }, key: ['order_no'], values: ['step::text', 'owner::text'] },
    });
    const compare = (classifyBatch: number) => compareStates(side(pair.target, 'orders_v2'), side(pair.target, 'orders_owners'), { fields: ['step', 'owner'], classifyBatch, sampleSize: 3 });
    const [byHashes, byTexts] = [await compare(7), await compare(20_000)];
    expect(byHashes.fields).toEqual(byTexts.fields);
    expect(byHashes.fields).toEqual([
      {
        field: 'owner',
        count: 99,
        keys: ['O-0001', 'O-0002', 'O-0003'],
        values: new Map([
          ['O-0001', { expected: 'u1', actual: 'u1!' }],
          ['O-0002', { expected: 'u2', actual: 'u2!' }],
          ['O-0003', { expected: 'u3', actual: 'u3!' }],
        ]),
      },
    ]);
    expect(byHashes.diff.changed).toEqual({ count: 99, keyCount: 99, keys: ['O-0001', 'O-0002', 'O-0003'] });
  });

  it('a target extractor that the migration broke is a finding; a key that is no column is a configuration error', async () => {
    expect(await stateEquivalence({ ...rule, target: 'select order_no, step, owner from orders' }).run(pair.context())).toMatchObject([
      { code: 'state.query-failed', message: expect.stringMatching(/^The target extractor is valid on the unmigrated source but fails on the target: relation "orders" does not exist/) },
    ]);
    const error = await stateEquivalence({ ...rule, key: ['order_id'] }, { index: 0 }).run(pair.context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', path: ['checks', 'equivalence', 0, 'key', 0], message: 'Equivalence rule "open orders": "order_id" is not a column of the source extractor.' });
  });
});
