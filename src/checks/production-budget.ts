import type { StepResult } from '../chain/chain-result.ts';
import type { ProductionExtrapolation, StepExtrapolation } from '../estimate/production-extrapolation.ts';
import { formatRows } from '../estimate/fit-step-cost.ts';
import type { ProductionBudget } from '../scenario/estimate-schema.ts';
import { formatDuration } from '../util/duration.ts';
import type { Finding } from './finding.ts';

type Extrapolated = Extract<StepExtrapolation, { ok: true }>;

/**
 * The production window (`budgets.production`) judged on a dev-scale run: each step's time
 * here, extrapolated to production size, against its budget, and the chain's sum against
 * the total. `bound: upper` (the default) compares the upper end of the 90 % interval, so
 * an uncertain estimate does not pass a window its likely time fits.
 *
 * Findings (errors, `expected`/`actual` in ms at production size):
 * `budget.production-step-exceeded`, `budget.production-total-exceeded`, and
 * `budget.production-not-estimable` when there is no cost model, or a step's cost cannot
 * be extrapolated: a window that cannot be checked does not pass.
 */
export function productionBudgetFindings(check: string, window: ProductionBudget, production: ProductionExtrapolation, steps: readonly StepResult[]): Finding[] {
  const budgeted = Object.entries(window.steps ?? {});
  if (window.total === undefined && budgeted.length === 0) return [];
  if (production.unavailable !== undefined) {
    return [notEstimable(check, 'chain', `The production window cannot be checked: ${production.unavailable}`)];
  }
  const ran = steps.filter((s) => s.status === 'success');
  const extrapolated = new Map(ran.map((s) => [s.id, production.step(s.id, s.durationMs)] as const));
  const compared = (e: Extrapolated) => (window.bound === 'upper' ? e.high : e.ms);
  const what = window.bound === 'upper' ? 'the upper end of its 90 % interval' : 'the estimate';
  const findings: Finding[] = [];
  const refused = new Set<string>();

  for (const [id, allowed] of budgeted) {
    const step = ran.find((s) => s.id === id);
    const e = extrapolated.get(id);
    if (!step || !e) continue;
    if (!e.ok) {
      refused.add(id);
      findings.push(notEstimable(check, `chain ${id}`, `Step ${id}'s production budget cannot be checked: ${e.reason}`));
      continue;
    }
    if (compared(e) > allowed) {
      findings.push({
        check,
        code: 'budget.production-step-exceeded',
        severity: 'error',
        path: `chain ${id} at production size`,
        message:
          `Step ${id} took ${formatDuration(step.durationMs)} here (${formatRows(e.rows)} rows); at production size (${formatRows(e.productionRows)} rows, ${e.model}) ` +
          `that is ${describe(e)}, and ${what} exceeds its production budget of ${formatDuration(allowed)}.`,
        expected: allowed,
        actual: Math.round(compared(e)),
      });
    }
  }

  if (window.total !== undefined) {
    const missing = ran.filter((s) => !extrapolated.get(s.id)!.ok);
    if (missing.length > 0) {
      const unseen = missing.filter((s) => !refused.has(s.id));
      for (const step of unseen) {
        const e = extrapolated.get(step.id) as Extract<StepExtrapolation, { ok: false }>;
        findings.push(notEstimable(check, `chain ${step.id}`, `The chain's production window cannot be checked: ${e.reason}`));
      }
    } else {
      const all = ran.map((s) => extrapolated.get(s.id) as Extrapolated);
      const total: Extrapolated = { ...all[0]!, ms: sum(all.map((e) => e.ms)), low: sum(all.map((e) => e.low)), high: sum(all.map((e) => e.high)) };
      if (compared(total) > window.total) {
        const here = sum(ran.map((s) => s.durationMs));
        findings.push({
          check,
          code: 'budget.production-total-exceeded',
          severity: 'error',
          path: 'chain at production size',
          message:
            `The chain took ${formatDuration(here)} here; extrapolated to production size it takes ${describe(total)}, ` +
            `and ${what} exceeds the production window of ${formatDuration(window.total)}.`,
          expected: window.total,
          actual: Math.round(compared(total)),
        });
      }
    }
  }
  return findings;
}

function describe(e: Extrapolated): string {
  return `${formatDuration(e.ms)} (90 % interval ${formatDuration(e.low)} – ${formatDuration(e.high)})`;
}

function notEstimable(check: string, path: string, message: string): Finding {
  return { check, code: 'budget.production-not-estimable', severity: 'error', path, message };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
