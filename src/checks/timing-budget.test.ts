import { describe, expect, it } from 'vitest';
import type { ChainResult } from '../chain/chain-result.ts';
import type { Engine } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { chainResultOf } from './testing/chain-result-of.ts';
import { timingBudget } from './timing-budget.ts';
import type { ProductionExtrapolation } from '../estimate/production-extrapolation.ts';

// Budgets read only the chain's record; the engines are never touched.
const context = (chain: ChainResult) => ({ source: {} as Engine, target: {} as Engine, run: { chain, harnessTables: [] } });
const chain = chainResultOf([
  ['1.1.0', 1_200],
  ['2.0.0', 95_000],
  ['2.1.0', 300],
]);

describe('timingBudget', () => {
  it('passes a chain within its budgets', async () => {
    const check = timingBudget({ total: 120_000, steps: { '2.0.0': 100_000, '1.1.0': 1_200 } });
    expect(await check.run(context(chain))).toEqual([]);
    expect(check.description).toBe('Timing budgets: the chain within 2 min, step 2.0.0 within 1 min 40 s, step 1.1.0 within 1.20 s.');
  });

  it('reports a step and the total over budget', async () => {
    expect(await timingBudget({ total: 90_000, steps: { '2.0.0': 60_000, '2.1.0': 500 } }).run(context(chain))).toEqual([
      {
        check: 'budget',
        code: 'budget.step-exceeded',
        severity: 'error',
        path: 'chain 2.0.0',
        message: 'Step 2.0.0 took 1 min 35 s, over its budget of 1 min by 35.00 s.',
        expected: 60_000,
        actual: 95_000,
      },
      {
        check: 'budget',
        code: 'budget.total-exceeded',
        severity: 'error',
        path: 'chain',
        message: 'The chain took 1 min 37 s, over its budget of 1 min 30 s by 6.50 s.',
        expected: 90_000,
        actual: 96_500,
      },
    ]);
  });

  it('refuses a budget for a step the plan does not have, as a configuration error with the closest step', async () => {
    const error = await timingBudget({ total: 90_000, steps: { '2.0': 1_000 } }).run(context(chain)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      exitCode: 64,
      message: 'The budget for step "2.0" matches no step of the plan (1.1.0, 2.0.0, 2.1.0).',
      path: ['budgets', 'steps', '2.0'],
      hint: 'Did you mean "2.0.0"? Budgets are keyed by the step\'s to-version, written in full and in quotes ("2.0.0").',
    });
    await expect(timingBudget({ steps: { '2.1.0': 1_000, '2.1.1': 5, '9.0.0': 5 } }).run(context(chain))).rejects.toMatchObject({
      message: 'The budgets for steps "2.1.1", "9.0.0" match no step of the plan (1.1.0, 2.0.0, 2.1.0).',
      path: ['budgets', 'steps', '2.1.1'],
      hint: 'Did you mean "2.1.0" for "2.1.1"? Budgets are keyed by the step\'s to-version, written in full and in quotes ("2.0.0").',
    });
  });

  it('says nothing about step budgets when the chain planned no steps (refused before planning)', async () => {
    const refused = { ...chainResultOf([]), refusal: [{ code: 'chain.gap' as const, message: 'No migrator starts at 1.0.0.', files: [] }] };
    expect(await timingBudget({ total: 1_000, steps: { '2.0.0': 1_000, '2.0': 5 } }).run(context(refused))).toEqual([]);
  });

  it('does not measure steps that failed or did not run, and says when the total is partial', async () => {
    const failed = chainResultOf([
      ['1.1.0', 5_000],
      { id: '2.0.0', durationMs: 9_000, status: 'error' },
      { id: '2.1.0', status: 'not-executed' },
    ]);
    expect(await timingBudget({ total: 10_000, steps: { '2.0.0': 1_000, '2.1.0': 1 } }).run(context(failed))).toEqual([
      expect.objectContaining({
        code: 'budget.total-exceeded',
        message: 'The chain took 14.00 s (only 2 of 3 steps ran), over its budget of 10.00 s by 4.00 s.',
        actual: 14_000,
      }),
    ]);
  });

  describe('production window (budgets.production)', () => {
    // An in-memory cost model: 2.0.0 grows 100× from this run to production (linear), the others are constant.
    const production: ProductionExtrapolation = {
      source: 'in memory',
      step: (id, ms) =>
        id === '2.0.0'
          ? { ok: true, ms: ms * 100, low: ms * 90, high: ms * 115, model: 'linear', rows: 10_000, productionRows: 1_000_000 }
          : { ok: true, ms, low: ms * 0.5, high: ms * 2, model: 'constant', rows: 10_000, productionRows: 1_000_000 },
    };
    const small = chainResultOf([
      ['1.1.0', 4],
      ['2.0.0', 1_000],
      ['2.1.0', 6],
    ]);

    it('gates on the time extrapolated to production, not the dev-scale time', async () => {
      // 1 s here is well within a 1-minute window; 100 s (up to 115 s) at production size is not.
      const check = timingBudget({ production: { total: 60_000, steps: { '2.0.0': 60_000 }, bound: 'upper' } }, production);
      expect(check.description).toBe('Timing budgets: the chain within 1 min at production size, step 2.0.0 within 1 min at production size.');
      expect(await check.run(context(small))).toEqual([
        {
          check: 'budget',
          code: 'budget.production-step-exceeded',
          severity: 'error',
          path: 'chain 2.0.0 at production size',
          message:
            'Step 2.0.0 took 1.00 s here (10,000 rows); at production size (1,000,000 rows, linear) that is 1 min 40 s (90 % interval 1 min 30 s – 1 min 55 s), ' +
            'and the upper end of its 90 % interval exceeds its production budget of 1 min.',
          expected: 60_000,
          actual: 115_000,
        },
        {
          check: 'budget',
          code: 'budget.production-total-exceeded',
          severity: 'error',
          path: 'chain at production size',
          message:
            'The chain took 1.01 s here; extrapolated to production size it takes 1 min 40 s (90 % interval 1 min 30 s – 1 min 55 s), ' +
            'and the upper end of its 90 % interval exceeds the production window of 1 min.',
          expected: 60_000,
          actual: 115_020,
        },
      ]);
    });

    it('compares the estimate itself with bound: estimate, and passes a window it fits', async () => {
      expect(await timingBudget({ production: { total: 110_000, bound: 'estimate' } }, production).run(context(small))).toEqual([]);
      expect(await timingBudget({ production: { total: 110_000, bound: 'upper' } }, production).run(context(small))).toEqual([
        expect.objectContaining({ code: 'budget.production-total-exceeded', actual: 115_020 }),
      ]);
    });

    it('does not pass a window it cannot check: no cost model, or a step that is not estimable', async () => {
      expect(await timingBudget({ production: { total: 60_000, bound: 'upper' } }).run(context(small))).toEqual([
        {
          check: 'budget',
          code: 'budget.production-not-estimable',
          severity: 'error',
          path: 'chain',
          message:
            'The production window cannot be checked: the run has no cost model to extrapolate with (run it with `pilot run`, which reads the measurements of `pilot estimate`).',
        },
      ]);
      const refusing: ProductionExtrapolation = {
        ...production,
        step: (id, ms) => (id === '2.1.0' ? { ok: false, reason: 'step 2.1.0 is not estimable: the repetitions vary too much.' } : production.step(id, ms)),
      };
      expect(await timingBudget({ production: { total: 600_000, steps: { '2.1.0': 1_000 }, bound: 'upper' } }, refusing).run(context(small))).toEqual([
        {
          check: 'budget',
          code: 'budget.production-not-estimable',
          severity: 'error',
          path: 'chain 2.1.0',
          message: "Step 2.1.0's production budget cannot be checked: step 2.1.0 is not estimable: the repetitions vary too much.",
        },
      ]);
    });

    it('refuses a production budget for a step the plan does not have', async () => {
      await expect(timingBudget({ production: { steps: { '2.0': 1_000 }, bound: 'upper' } }, production).run(context(small))).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: 'The production budget for step "2.0" matches no step of the plan (1.1.0, 2.0.0, 2.1.0).',
        path: ['budgets', 'production', 'steps', '2.0'],
      });
    });
  });
});
