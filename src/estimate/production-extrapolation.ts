import { type CostModel, costFeature } from './cost-model.ts';
import type { ProductionEstimate } from './estimate-production.ts';
import { formatRows } from './fit-step-cost.ts';

/** One step of this run, extrapolated to production size: the time, its 90 % interval, and what it rests on. */
export type StepExtrapolation =
  | { ok: true; ms: number; low: number; high: number; model: CostModel; rows: number; productionRows: number }
  | { ok: false; reason: string };

/**
 * What the timing budget needs to gate on the production window (`budgets.production`) in a
 * dev-scale run: each step's time in this run, extrapolated to production size. The check
 * depends on this interface only; `extrapolateFromEstimate` builds it from an estimate.
 *
 * @example
 * const production = extrapolateFromEstimate(estimate, { app_formuploads: 10_000 }, 'the estimate of …');
 * production.step('2.0.0', 120); // { ok: true, ms: 1230, low: 1100, high: 1390, model: 'linear', … }
 */
export interface ProductionExtrapolation {
  /** Where the cost model and the production sizes come from, for messages. */
  source: string;
  /** Set when there is no cost model at all (no measurements of the chain): why, and how to get one. */
  unavailable?: string;
  step(id: string, measuredMs: number): StepExtrapolation;
}

/**
 * Extrapolates this run's step times with the cost models of an estimate of the same chain.
 * A step's time here is scaled by how much its model grows from this run's rows to
 * production's: `measured × model(production rows) / model(rows here)`, so a run slower or
 * faster than the estimate's runs carries that over, and a constant-time step stays what it
 * took here. The interval keeps the estimate's relative width.
 *
 * @param runRows the rows this run seeded, by table.
 */
export function extrapolateFromEstimate(estimate: ProductionEstimate, runRows: Readonly<Record<string, number>>, source: string): ProductionExtrapolation {
  return {
    source,
    step(id, measuredMs) {
      const step = estimate.steps.find((s) => s.id === id);
      if (!step) return { ok: false, reason: `the estimate has no step ${id}.` };
      const prediction = step.prediction;
      if (!prediction || step.productionRows === undefined || step.classification === 'not-estimable') {
        return { ok: false, reason: `step ${id} is not estimable: ${step.refusals.map((r) => r.message).join(' ') || 'no prediction.'}` };
      }
      const unknown = step.driverTables.filter((t) => runRows[t] === undefined);
      if (unknown.length > 0) return { ok: false, reason: `this run seeded no rows for ${unknown.map((t) => JSON.stringify(t)).join(', ')}, which step ${id} works on.` };
      const rows = step.driverTables.reduce((sum, t) => sum + runRows[t]!, 0);
      const { model, a, b } = step.cost.fit;
      const here = a + b * costFeature(model, rows);
      if (model !== 'constant' && !(here > 0)) {
        return { ok: false, reason: `the ${model} fit of step ${id} gives no positive time at ${formatRows(rows)} rows, this run's size.` };
      }
      const ratio = model === 'constant' ? 1 : prediction.ms / here;
      const ms = measuredMs * ratio;
      const relative = (bound: number) => (prediction.ms > 0 ? (ms * bound) / prediction.ms : bound);
      return { ok: true, ms, low: relative(prediction.low), high: relative(prediction.high), model, rows, productionRows: step.productionRows };
    },
  };
}

/** No cost model: every step says why, and `unavailable` says it once. */
export function unavailableExtrapolation(reason: string): ProductionExtrapolation {
  return { source: 'no estimate', unavailable: reason, step: () => ({ ok: false, reason }) };
}
