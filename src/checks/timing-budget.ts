import { HarnessError } from '../errors/harness-error.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { formatDuration } from '../util/duration.ts';
import type { Check } from './check.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { Finding } from './finding.ts';
import { type ProductionExtrapolation, unavailableExtrapolation } from '../estimate/production-extrapolation.ts';
import { productionBudgetFindings } from './production-budget.ts';

/** Budgets as the scenario holds them, durations in milliseconds. */
export type TimingBudgets = NonNullable<ScenarioSpec['budgets']>;

const CHECK_ID = 'budget';

/**
 * The chain must fit its time budgets: each step (by its to-version) and the total, the
 * sum of the steps' durations (the time the migration itself took, without the harness's
 * own work between steps). A step that failed or did not run is not measured.
 *
 * A budget naming a step the plan does not have is a `CONFIG_INVALID` error (path
 * `['budgets', 'steps', key]`, with the closest step id): a typo would otherwise switch a
 * gate off without a word. It is judged only against a chain that planned steps: a chain
 * refused before planning has none, and then nothing is said (a chain refused after
 * planning, e.g. for an edited migrator, still lists its steps, so a typo is still caught).
 *
 * Findings: `budget.step-exceeded`, `budget.total-exceeded` (errors, `expected`/`actual`
 * in ms).
 *
 * `budgets.production` is the production window: this run's step times, extrapolated to
 * production size by `production` (the cost models of `pilot estimate`), must fit it
 * (`productionBudgetFindings`). Without `production` the window cannot be checked, which
 * is a finding too: a gate that cannot judge does not pass.
 *
 * @example
 * timingBudget({ total: 120_000, steps: { '2.0.0': 60_000 } });
 * timingBudget({ production: { total: 1_800_000, bound: 'upper' } }, await productionWindow(…));
 */
export function timingBudget(budgets: TimingBudgets, production?: ProductionExtrapolation): Check {
  const steps = Object.entries(budgets.steps ?? {});
  const window = budgets.production;
  const windowSteps = Object.entries(window?.steps ?? {});
  const parts = [
    budgets.total === undefined ? undefined : `the chain within ${formatDuration(budgets.total)}`,
    ...steps.map(([id, ms]) => `step ${id} within ${formatDuration(ms)}`),
    window?.total === undefined ? undefined : `the chain within ${formatDuration(window.total)} at production size`,
    ...windowSteps.map(([id, ms]) => `step ${id} within ${formatDuration(ms)} at production size`),
  ].filter((part) => part !== undefined);
  return {
    id: CHECK_ID,
    kind: 'budget',
    description: `Timing budgets: ${parts.join(', ') || 'none'}.`,
    async run({ run }) {
      const findings: Finding[] = [];
      const planned = run.chain.steps;
      if (planned.length > 0) {
        refuseUnknownSteps(steps.map(([id]) => id), planned.map((s) => s.id), ['budgets', 'steps']);
        refuseUnknownSteps(windowSteps.map(([id]) => id), planned.map((s) => s.id), ['budgets', 'production', 'steps']);
      }
      for (const [id, budget] of steps) {
        const step = planned.find((s) => s.id === id);
        if (step?.status === 'success' && step.durationMs > budget) {
          findings.push({
            check: CHECK_ID,
            code: 'budget.step-exceeded',
            severity: 'error',
            path: `chain ${id}`,
            message: `Step ${id} took ${formatDuration(step.durationMs)}, over its budget of ${formatDuration(budget)} by ${formatDuration(step.durationMs - budget)}.`,
            expected: budget,
            actual: step.durationMs,
          });
        }
      }
      if (budgets.total !== undefined) {
        const ran = planned.filter((s) => s.status !== 'not-executed');
        const total = ran.reduce((sum, s) => sum + s.durationMs, 0);
        if (total > budgets.total) {
          const partial = ran.length < planned.length ? ` (only ${ran.length} of ${planned.length} steps ran)` : '';
          findings.push({
            check: CHECK_ID,
            code: 'budget.total-exceeded',
            severity: 'error',
            path: 'chain',
            message: `The chain took ${formatDuration(total)}${partial}, over its budget of ${formatDuration(budgets.total)} by ${formatDuration(total - budgets.total)}.`,
            expected: budgets.total,
            actual: total,
          });
        }
      }
      if (window) {
        const model = production ?? unavailableExtrapolation('the run has no cost model to extrapolate with (run it with `pilot run`, which reads the measurements of `pilot estimate`).');
        findings.push(...productionBudgetFindings(CHECK_ID, window, model, planned));
      }
      return findings;
    },
  };
}

function refuseUnknownSteps(budgeted: readonly string[], planned: readonly string[], at: readonly string[]): void {
  const unknown = budgeted.filter((id) => !planned.includes(id));
  if (unknown.length === 0) return;
  const [id] = unknown as [string, ...string[]];
  // "2.0" for "2.0.0" is the usual slip (YAML reads an unquoted 2.0 as a number); otherwise the closest spelling.
  const guess = planned.find((step) => step.startsWith(`${id}.`)) ?? didYouMean(id, planned);
  const what = at.includes('production') ? 'production budget' : 'budget';
  const subject =
    unknown.length === 1 ? `The ${what} for step ${JSON.stringify(id)} matches` : `The ${what}s for steps ${unknown.map((u) => JSON.stringify(u)).join(', ')} match`;
  throw new HarnessError('CONFIG_INVALID', `${subject} no step of the plan (${planned.join(', ')}).`, {
    path: [...at, id],
    hint: `${guess ? `Did you mean ${JSON.stringify(guess)}${unknown.length > 1 ? ` for ${JSON.stringify(id)}` : ''}? ` : ''}Budgets are keyed by the step's to-version, written in full and in quotes ("2.0.0").`,
  });
}
