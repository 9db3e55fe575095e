import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { estimateProduction } from './estimate-production.ts';
import { extrapolateFromEstimate } from './production-extrapolation.ts';
import { measurementsOf, ROWS_AT_SCALE_1, type SyntheticStep } from './testing/synthetic-measurements.ts';

/** ±1 % by repetition: 0.99, 1, 1.01. */
const jitter = (repetition: number) => 1 + (repetition - 2) * 0.01;
const addColumn: SyntheticStep = { id: '1.1.0', table: 'items', sql: "alter table items add column c text not null default 'x'", ms: (_n, r) => 1 * jitter(r) };
const backfill: SyntheticStep = {
  id: '2.0.0',
  table: 'items',
  sql: 'update items set c = upper(name)',
  ms: (n, r) => (10 + 0.005 * n) * jitter(r),
  plan: () => 'Update on items > Seq Scan on items',
};
const production = { source: 'given', tables: { items: 2_000_000, users: 200_000 } };

describe('estimateProduction', () => {
  it('estimates each step and the total at production size, finds what dominates, and advises against the window', () => {
    const estimate = estimateProduction(measurementsOf([addColumn, backfill]), production, { window: { total: 5_000, bound: 'upper' } });
    expect(estimate.status).toBe('estimable');
    expect(estimate.steps.map((s) => [s.id, s.classification, s.driverTables, s.productionRows])).toEqual([
      ['1.1.0', 'constant', ['items'], 2_000_000],
      ['2.0.0', 'linear', ['items'], 2_000_000],
    ]);
    expect(estimate.steps[0]!.prediction!.ms).toBeCloseTo(1, 6);
    expect(estimate.steps[1]!.prediction!.ms).toBeCloseTo(10_010, 3);
    expect(estimate.total!.ms).toBeCloseTo(10_011, 3);
    expect(estimate.dominant).toEqual(['2.0.0']);
    expect(estimate.window).toMatchObject({ bound: 'upper', fits: false, total: { allowedMs: 5_000, fits: false } });
    expect(estimate.advice.strategy).toBe('on-the-fly');
    expect(estimate.advice.steps.map((s) => [s.id, s.strategy])).toEqual([['2.0.0', 'on-the-fly']]);
    expect(estimate.advice.reason).toMatch(/^A blocking migration would take up to 10\.\d s, more than the 5\.00 s of allowed downtime\. Take 2\.0\.0 out of the window \(on-the-fly\); what stays blocking takes up to \d\.\d ms\.$/);
  });

  it('advises blocking when the whole chain fits the window at the upper end of its interval', () => {
    const estimate = estimateProduction(measurementsOf([addColumn, backfill]), production, { window: { total: 60_000, bound: 'upper' } });
    expect(estimate.window!.fits).toBe(true);
    expect(estimate.advice.strategy).toBe('blocking');
  });

  it('refuses a step whose plan changes across scales (a parallel scan appearing), with both plans and where', () => {
    const parallel: SyntheticStep = {
      ...backfill,
      sql: 'insert into totals select user_id, sum(amount) from items group by 1',
      plan: (n) => (n >= 100_000 ? 'Insert on totals > Finalize HashAggregate > Gather (2 workers) > Partial HashAggregate > Seq Scan on items' : 'Insert on totals > HashAggregate > Seq Scan on items'),
    };
    const estimate = estimateProduction(measurementsOf([addColumn, parallel]), production);
    expect(estimate.status).toBe('not-estimable');
    const step = estimate.steps.find((s) => s.id === '2.0.0')!;
    expect(step.classification).toBe('not-estimable');
    expect(step.prediction).toBeUndefined();
    expect(estimate.refusals).toEqual([
      {
        step: '2.0.0',
        code: 'estimate.plan-changed',
        message:
          'the plan of `insert into totals select user_id, sum(amount) from items group by 1` changes across scales: ' +
          '`Insert on totals > HashAggregate > Seq Scan on items` at 25,000–50,000 rows; ' +
          '`Insert on totals > Finalize HashAggregate > Gather (2 workers) > Partial HashAggregate > Seq Scan on items` at 100,000–200,000 rows. ' +
          'Times measured under different plans do not follow one cost curve.',
      },
    ]);
    expect(estimate.total).toBeUndefined();
    expect(estimate.advice.strategy).toBe('undecided');
  });

  it('does not take two plans a statement has at every scale (a batch loop\'s short last batch) for a plan change', () => {
    const estimate = estimateProduction(measurementsOf([addColumn, backfill]), production);
    const twoPlans = (plan: string) => (measurements: ReturnType<typeof measurementsOf>) => {
      for (const run of measurements.runs) {
        const step = run.steps.find((s) => s.id === '2.0.0')!;
        step.statements = [...step.statements, { ...step.statements[0]!, plan }];
      }
      return measurements;
    };
    const batched = estimateProduction(twoPlans('Update on items > Index Scan on items using items_pkey')(measurementsOf([addColumn, backfill])), production);
    expect(batched.refusals).toEqual([]);
    expect(batched.steps[1]!.classification).toBe(estimate.steps[1]!.classification);
  });

  it('refuses a step whose cost jumps at the largest scale, and one whose repetitions vary too much', () => {
    const jumps: SyntheticStep = { ...backfill, id: '2.0.0', ms: (n, r) => (n < 200_000 ? 0.005 * n : 0.02 * n) * jitter(r) };
    const noisy: SyntheticStep = { ...backfill, id: '3.0.0', ms: (n, r) => 0.005 * n * (n === 50_000 ? [1, 0.6, 1.5][r - 1]! : jitter(r)) };
    const estimate = estimateProduction(measurementsOf([addColumn, jumps, noisy]), production);
    expect(estimate.steps.map((s) => [s.id, s.classification, s.refusals.map((r) => r.code)])).toEqual([
      ['1.1.0', 'constant', []],
      ['2.0.0', 'not-estimable', expect.arrayContaining(['estimate.largest-scale-misses-fit'])],
      ['3.0.0', 'not-estimable', ['estimate.noisy-repetitions']],
    ]);
    expect(estimate.refusals.find((r) => r.step === '3.0.0')!.message).toBe(
      'the repetitions at 50,000 rows vary too much: 250 ms, 150 ms and 375 ms (±59 %, more than ±15 %).',
    );
  });

  it('says which table the production profile lacks', () => {
    const estimate = estimateProduction(measurementsOf([backfill]), { source: 'profile prod.yaml', tables: { users: 1 } });
    expect(estimate.refusals).toEqual([
      { step: '2.0.0', code: 'estimate.production-size-unknown', message: 'the production profile (profile prod.yaml) has no row count for "items".' },
    ]);
  });

  it('refuses a production budget for a step the chain does not have, with the closest step', () => {
    expect(() => estimateProduction(measurementsOf([backfill]), production, { window: { steps: { '2.0': 1_000 }, bound: 'upper' } })).toThrow(
      expect.objectContaining({
        constructor: HarnessError,
        code: 'CONFIG_INVALID',
        message: 'budgets.production.steps names step "2.0", which the chain does not have (2.0.0).',
        path: ['budgets', 'production', 'steps', '2.0'],
      }),
    );
  });
});

describe('extrapolateFromEstimate', () => {
  const estimate = estimateProduction(measurementsOf([addColumn, backfill]), production);

  it("scales this run's time by the model's growth from this run's rows to production's", () => {
    const extrapolation = extrapolateFromEstimate(estimate, { items: 100_000, users: 10_000 }, 'synthetic');
    // Linear 10 + 0.005·n: 510 ms at 100k, 10,010 ms at 2M. A run 20 % slower than the model carries that over.
    const backfillHere = extrapolation.step('2.0.0', 612);
    expect(backfillHere).toMatchObject({ ok: true, model: 'linear', rows: 100_000, productionRows: 2_000_000 });
    expect((backfillHere as { ms: number }).ms).toBeCloseTo(612 * (10_010 / 510), 2);
    // A constant-time step takes in production what it took here.
    expect(extrapolation.step('1.1.0', 3)).toMatchObject({ ok: true, model: 'constant', ms: 3 });
  });

  it('says why a step cannot be extrapolated', () => {
    expect(extrapolateFromEstimate(estimate, { users: 1 }, 'synthetic').step('2.0.0', 5)).toEqual({
      ok: false,
      reason: 'this run seeded no rows for "items", which step 2.0.0 works on.',
    });
    expect(extrapolateFromEstimate(estimate, ROWS_AT_SCALE_1, 'synthetic').step('9.0.0', 5)).toEqual({ ok: false, reason: 'the estimate has no step 9.0.0.' });
  });
});
