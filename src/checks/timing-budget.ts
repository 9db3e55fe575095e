import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { formatDuration } from '../util/duration.ts';
import type { Check } from './check.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { Finding } from './finding.ts';

/** Budgets as the scenario holds them, durations in milliseconds. */
export type TimingBudgets = NonNullable<ScenarioSpec['budgets']>;

const CHECK_ID = 'budget';

/**
 * The chain must fit its time budgets: each step (by its to-version) and the total, the
 * sum of the steps' durations (the time the migration itself took, without the harness's
 * own work between steps). A step that failed or did not run is not measured; a budget
 * naming a step the plan does not have is a warning, since it is probably a typo.
 *
 * Findings: `budget.step-exceeded`, `budget.total-exceeded` (errors, `expected`/`actual`
 * in ms) and `budget.unknown-step` (warning).
 *
 * @example
 * timingBudget({ total: 120_000, steps: { '2.0.0': 60_000 } });
 */
export function timingBudget(budgets: TimingBudgets): Check {
  const steps = Object.entries(budgets.steps ?? {});
  const parts = [
    budgets.total === undefined ? undefined : `the chain within ${formatDuration(budgets.total)}`,
    ...steps.map(([id, ms]) => `step ${id} within ${formatDuration(ms)}`),
  ].filter((part) => part !== undefined);
  return {
    id: CHECK_ID,
    kind: 'budget',
    description: `Timing budgets: ${parts.join(', ') || 'none'}.`,
    async run({ run }) {
      const findings: Finding[] = [];
      const planned = run.chain.steps;
      for (const [id, budget] of steps) {
        const step = planned.find((s) => s.id === id);
        if (!step) {
          // "2.0" for "2.0.0" is the usual slip; otherwise the closest spelling.
          const guess = planned.find((s) => s.id.startsWith(`${id}.`))?.id ?? didYouMean(id, planned.map((s) => s.id));
          findings.push({
            check: CHECK_ID,
            code: 'budget.unknown-step',
            severity: 'warning',
            path: `budgets.steps.${id}`,
            message: `The budget for step ${JSON.stringify(id)} matches no step of the plan (${planned.map((s) => s.id).join(', ') || 'no steps'})${guess ? `; did you mean ${JSON.stringify(guess)}?` : '.'}`,
            expected: planned.map((s) => s.id),
            actual: id,
          });
        } else if (step.status === 'success' && step.durationMs > budget) {
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
      return findings;
    },
  };
}
