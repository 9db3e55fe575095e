import { describe, expect, it } from 'vitest';
import { fitStepCost, predictStepCost, type ScalePoint } from './fit-step-cost.ts';

/** Repetitions around a known value: exactly `ms`, and ±1 % either side. */
const around = (ms: number) => [ms * 0.99, ms, ms * 1.01];
const points = (rows: readonly number[], cost: (n: number) => number): ScalePoint[] => rows.map((n) => ({ rows: n, ms: around(cost(n)) }));
const ROWS = [25_000, 40_000, 70_000, 120_000, 200_000];

describe('fitStepCost on synthetic data with known answers', () => {
  it('recovers a linear cost and predicts 1M rows', () => {
    // 5 ms fixed + 4 µs per row.
    const fit = fitStepCost(points(ROWS, (n) => 5 + 0.004 * n));
    expect(fit.classification).toBe('linear');
    expect(fit.refusals).toEqual([]);
    expect(fit.fit.a).toBeCloseTo(5, 6);
    expect(fit.fit.b).toBeCloseTo(0.004, 9);
    expect(fit.fit.relativeError).toBeLessThan(1e-9);
    expect(fit.fit.r2).toBeCloseTo(1, 9);
    const at1M = predictStepCost(fit, 1_000_000);
    expect(at1M.ms).toBeCloseTo(4005, 3);
    // The interval holds the value and is not wider than the repetitions' ±1 % warrants.
    expect(at1M.low).toBeLessThan(4005);
    expect(at1M.high).toBeGreaterThan(4005);
    expect(at1M.high / at1M.ms).toBeLessThan(1.05);
  });

  it('recovers an n·log n cost (an index build) and tells it from linear', () => {
    const fit = fitStepCost(points(ROWS, (n) => 2 + 0.0002 * n * Math.log2(n)));
    expect(fit.classification).toBe('n-log-n');
    expect(fit.fit.a).toBeCloseTo(2, 4);
    expect(fit.fit.b).toBeCloseTo(0.0002, 9);
    expect(predictStepCost(fit, 1_000_000).ms).toBeCloseTo(2 + 0.0002 * 1e6 * Math.log2(1e6), 2);
  });

  it('classifies a step that takes the same time at every size as constant (ADD COLUMN … DEFAULT)', () => {
    const fit = fitStepCost([
      { rows: 25_000, ms: [1.1, 0.9, 1.0] },
      { rows: 40_000, ms: [1.2, 1.0, 0.8] },
      { rows: 70_000, ms: [0.9, 1.1, 1.0] },
      { rows: 200_000, ms: [1.0, 1.3, 0.9] },
    ]);
    expect(fit.classification).toBe('constant');
    expect(fit.refusals).toEqual([]);
    expect(fit.fit.a).toBeCloseTo(1.0, 1);
    const at1M = predictStepCost(fit, 1_000_000);
    expect(at1M.ms).toBeCloseTo(fit.fit.a, 9);
    expect(at1M.high).toBeLessThan(2);
  });

  it('refuses a step whose cost jumps at the largest scale, naming the miss', () => {
    // Linear to 120k rows, then three times slower per row (a limit crossed). The curve bends
    // upward, so n·log n fits all five best; the four smaller scales' fit misses the largest.
    const fit = fitStepCost(points(ROWS, (n) => (n <= 120_000 ? 0.004 * n : 0.012 * n)));
    expect(fit.classification).toBe('not-estimable');
    expect(fit.refusals.map((r) => r.code)).toContain('estimate.largest-scale-misses-fit');
    expect(fit.refusals.find((r) => r.code === 'estimate.largest-scale-misses-fit')!.message).toBe(
      'the largest scale (200,000 rows) took 2.40 s, but the n log n fit of the smaller scales predicts 833 ms: 188 % slower, more than 20 %. ' +
        'The cost changes with size (a limit such as memory or cache crossed, or another plan), so extrapolating further would mislead.',
    );
    expect(fit.largest).toEqual({ rows: 200_000, predictedMs: expect.closeTo(833, 0), measuredMs: expect.closeTo(2400, 6), miss: expect.closeTo(1.88, 2) });
  });

  it('refuses repetitions that vary too much, with the values', () => {
    const noisy = points(ROWS, (n) => 0.004 * n);
    noisy[2] = { rows: 70_000, ms: [280, 190, 410] };
    const fit = fitStepCost(noisy);
    expect(fit.classification).toBe('not-estimable');
    expect(fit.refusals).toContainEqual({
      code: 'estimate.noisy-repetitions',
      message: 'the repetitions at 70,000 rows vary too much: 280 ms, 190 ms and 410 ms (±48 %, more than ±15 %).',
    });
  });

  it('takes scatter below the noise floor for noise, not a reason to refuse', () => {
    // ±40 % of 5 ms is 2 ms: under the 10 ms floor.
    const fit = fitStepCost([
      { rows: 25_000, ms: [5, 3, 7] },
      { rows: 70_000, ms: [4, 6, 5] },
      { rows: 200_000, ms: [5, 7, 3] },
    ]);
    expect(fit.classification).toBe('constant');
    expect(fit.refusals).toEqual([]);
  });

  it('refuses a poor fit: times that do not follow any of the models', () => {
    const fit = fitStepCost([
      { rows: 25_000, ms: around(100) },
      { rows: 40_000, ms: around(400) },
      { rows: 70_000, ms: around(150) },
      { rows: 120_000, ms: around(700) },
      { rows: 200_000, ms: around(800) },
    ]);
    expect(fit.classification).toBe('not-estimable');
    expect(fit.refusals.map((r) => r.code)).toContain('estimate.poor-fit');
    expect(fit.refusals.find((r) => r.code === 'estimate.poor-fit')!.message).toMatch(
      /^the best model \((linear|n log n)\) misses the medians by \d+ % \(RMS\), more than 10 %: 100 ms, 400 ms, 150 ms, 700 ms and 800 ms at 25,000, 40,000, 70,000, 120,000, 200,000 rows\.$/,
    );
  });

  it('keeps a small step that clearly grows a growing one: production multiplies it', () => {
    // 1 ms to 8 ms from 25k to 200k rows, repetitions within ±0.1 ms.
    const fit = fitStepCost(ROWS.map((n) => ({ rows: n, ms: [0.00004 * n - 0.1, 0.00004 * n, 0.00004 * n + 0.1] })));
    expect(fit.classification).toBe('linear');
    expect(predictStepCost(fit, 10_000_000).ms).toBeCloseTo(400, 0);
  });

  it('does not take a jump for a constant: growth far beyond the noise is growth', () => {
    const fit = fitStepCost([
      { rows: 5_000, ms: around(60) },
      { rows: 15_000, ms: around(180) },
      { rows: 40_000, ms: around(1_920) },
    ]);
    expect(fit.fit.model).not.toBe('constant');
    expect(fit.classification).toBe('not-estimable');
    expect(fit.refusals.map((r) => r.code)).toContain('estimate.largest-scale-misses-fit');
  });

  it('refuses fewer than three distinct scales', () => {
    const fit = fitStepCost([
      { rows: 25_000, ms: around(100) },
      { rows: 200_000, ms: around(800) },
    ]);
    expect(fit.classification).toBe('not-estimable');
    expect(fit.refusals).toEqual([{ code: 'estimate.too-few-scales', message: 'measured at 2 distinct row counts; a fit needs at least 3.' }]);
  });

  it('is deterministic: the same points give the same fit', () => {
    const input = points(ROWS, (n) => 3 + 0.002 * n);
    expect(fitStepCost(input)).toEqual(fitStepCost([...input].reverse()));
  });
});
