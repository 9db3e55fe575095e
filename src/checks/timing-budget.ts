import { HarnessError } from '../errors/harness-error.ts';
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
      if (planned.length > 0) refuseUnknownSteps(steps.map(([id]) => id), planned.map((s) => s.id));
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
      return findings;
    },
  };
}

function refuseUnknownSteps(budgeted: readonly string[], planned: readonly string[]): void {
  const unknown = budgeted.filter((id) => !planned.includes(id));
  if (unknown.length === 0) return;
  const [id] = unknown as [string, ...string[]];
  // "2.0" for "2.0.0" is the usual slip (YAML reads an unquoted 2.0 as a number); otherwise the closest spelling.
  const guess = planned.find((step) => step.startsWith(`${id}.`)) ?? didYouMean(id, planned);
  const subject =
    unknown.length === 1 ? `The budget for step ${JSON.stringify(id)} matches` : `The budgets for steps ${unknown.map((u) => JSON.stringify(u)).join(', ')} match`;
  throw new HarnessError('CONFIG_INVALID', `${subject} no step of the plan (${planned.join(', ')}).`, {
    path: ['budgets', 'steps', id],
    hint: `${guess ? `Did you mean ${JSON.stringify(guess)}${unknown.length > 1 ? ` for ${JSON.stringify(id)}` : ''}? ` : ''}Budgets are keyed by the step's to-version, written in full and in quotes ("2.0.0").`,
  });
}
