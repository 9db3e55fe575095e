import { describe, expect, it } from 'vitest';
import type { ChainResult } from '../chain/chain-result.ts';
import type { Engine } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { chainResultOf } from './testing/chain-result-of.ts';
import { timingBudget } from './timing-budget.ts';

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
});
