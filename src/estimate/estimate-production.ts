import { HarnessError } from '../errors/harness-error.ts';
import type { EstimateSpec, ProductionBudget } from '../scenario/estimate-schema.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { CostModel } from './cost-model.ts';
import {
  DEFAULT_TOLERANCES,
  type EstimateTolerances,
  fitStepCost,
  formatRows,
  INTERVAL_CONFIDENCE,
  type Prediction,
  predictStepCost,
  type Refusal,
  type StepCostFit,
} from './fit-step-cost.ts';
import { type Advice, adviseMigration } from './migration-advice.ts';
import type { ProductionProfile } from './production-profile.ts';
import type { MeasuredRun, ScaleMeasurements } from './scale-measurements.ts';

/** One step's estimate at production size. */
export interface StepEstimate {
  id: string;
  from: string;
  to: string;
  description: string;
  file: string;
  /** The seeded tables whose rows the step's time follows (from its statements' plans and targets). */
  driverTables: string[];
  /** Set when the step named no seeded table, and all seeded rows stand in. */
  driverNote?: string;
  /** The rows of the driver tables at each measured scale. */
  measured: { scale: number; rows: number }[];
  /** The rows of the driver tables at production size; absent when the profile lacks one. */
  productionRows: number | undefined;
  classification: CostModel | 'not-estimable';
  cost: StepCostFit;
  /** At production size, with its 90 % interval; absent when not estimable. */
  prediction?: Prediction;
  /** Share of the total estimate (0–1). */
  share?: number;
  /** The statement that took most of the step's time at the largest scale, and its share. */
  heaviestStatement?: { sql: string; share: number; plan?: string };
  refusals: Refusal[];
}

/** The production window, compared. */
export interface WindowVerdict {
  /** What is compared: the upper end of the interval, or the estimate. */
  bound: 'upper' | 'estimate';
  total?: { allowedMs: number; comparedMs: number; fits: boolean };
  steps: { id: string; allowedMs: number; comparedMs: number | undefined; fits: boolean }[];
  fits: boolean;
}

/** The estimate of a chain at production size: the record `pilot estimate` writes and reports render. */
export interface ProductionEstimate {
  status: 'estimable' | 'not-estimable';
  confidence: number;
  scenario: ScaleMeasurements['scenario'];
  environment: ScaleMeasurements['environment'];
  machine: ScaleMeasurements['machine'];
  measuredAt: string;
  plan: ScaleMeasurements['plan'];
  timeBase: ScaleMeasurements['timeBase'];
  /** Seeded rows (all tables) at each measured scale. */
  measuredRows: { scale: number; rows: number }[];
  profile: ProductionProfile;
  /** Production rows of the seeded tables, all together. */
  productionRows: number;
  steps: StepEstimate[];
  /** The whole chain, when every step is estimable; its interval is the sum of the steps' (conservative). */
  total?: Prediction;
  /** Step ids that dominate the total (a quarter or more of it, at least the largest). */
  dominant: string[];
  window?: WindowVerdict;
  advice: Advice;
  /** Every refusal, by step. */
  refusals: (Refusal & { step: string })[];
  tolerances: EstimateTolerances;
}

/** The window (`budgets.production`) and the tolerances (`estimate.tolerances`) an estimate is judged by. */
export interface EstimateSettings {
  window?: ProductionBudget | undefined;
  tolerances?: EstimateSpec['tolerances'];
}

/**
 * Extrapolates measured scales to production sizes: for each step, the seeded tables it
 * works on (from the plans and targets of its statements), its rows at each scale and in
 * production, a cost model (`fitStepCost`), plan changes across scales, and the prediction
 * with its interval; then the total, the dominating steps, the window and the advice.
 * Pure: the same measurements and profile give the same estimate.
 */
export function estimateProduction(measurements: ScaleMeasurements, profile: ProductionProfile, settings: EstimateSettings = {}): ProductionEstimate {
  const tolerances: EstimateTolerances = {
    spread: settings.tolerances?.spread ?? DEFAULT_TOLERANCES.spread,
    fit: settings.tolerances?.fit ?? DEFAULT_TOLERANCES.fit,
    largest: settings.tolerances?.largest ?? DEFAULT_TOLERANCES.largest,
    noiseFloorMs: settings.tolerances?.noiseFloor ?? DEFAULT_TOLERANCES.noiseFloorMs,
  };
  refuseUnknownWindowSteps(settings.window, measurements.steps.map((s) => s.id));
  const measured = measurements.runs.filter((run) => !run.warmup);
  const seededTables = Object.keys(measurements.runs[0]?.rows ?? {});

  const steps = measurements.steps.map((planned): StepEstimate => {
    const refusals: Refusal[] = [];
    const statements = measurements.runs.flatMap((run) => run.steps.filter((s) => s.id === planned.id).flatMap((s) => s.statements));
    let driverTables = [...new Set(statements.flatMap((s) => s.tables))].filter((t) => seededTables.includes(t)).sort();
    let driverNote: string | undefined;
    if (driverTables.length === 0) {
      driverTables = [...seededTables].sort();
      driverNote = 'The step names no seeded table; all seeded rows stand in for its size.';
    }
    const rowsOf = (run: MeasuredRun) => driverTables.reduce((sum, t) => sum + (run.rows[t] ?? 0), 0);

    const failed = measurements.runs.filter((run) => run.steps.find((s) => s.id === planned.id)?.status !== 'success');
    if (failed.length > 0) {
      const run = failed[0]!;
      refusals.push({
        code: 'estimate.step-not-measured',
        message: `the step did not complete at scale ${run.scale}${run.error ? `: ${run.error}` : ''}`,
      });
    }
    refusals.push(...planChanges(measurements.runs, planned.id, rowsOf));

    const byScale = new Map<number, { rows: number; ms: number[] }>();
    for (const run of measured) {
      const step = run.steps.find((s) => s.id === planned.id);
      if (step?.status !== 'success') continue;
      const point = byScale.get(run.scale) ?? { rows: rowsOf(run), ms: [] };
      point.ms.push(step.ms);
      byScale.set(run.scale, point);
    }
    const cost = fitStepCost([...byScale.values()], tolerances);
    refusals.push(...cost.refusals);

    const missing = driverTables.filter((t) => profile.tables[t] === undefined);
    if (missing.length > 0) {
      refusals.push({
        code: 'estimate.production-size-unknown',
        message: `the production profile (${profile.source}) has no row count for ${missing.map((t) => JSON.stringify(t)).join(', ')}.`,
      });
    }
    const productionRows = missing.length > 0 ? undefined : driverTables.reduce((sum, t) => sum + profile.tables[t]!, 0);
    const classification = refusals.length > 0 ? 'not-estimable' : cost.classification;
    const prediction = classification !== 'not-estimable' && productionRows !== undefined ? predictStepCost(cost, productionRows) : undefined;
    const heaviestStatement = heaviest(measured, planned.id);
    const scales = [...new Set(measurements.runs.map((r) => r.scale))].sort((a, b) => a - b);
    return {
      ...planned,
      driverTables,
      measured: scales.map((scale) => ({ scale, rows: rowsOf(measurements.runs.find((r) => r.scale === scale)!) })),
      ...(driverNote ? { driverNote } : {}),
      productionRows,
      classification,
      cost,
      ...(prediction ? { prediction } : {}),
      ...(heaviestStatement ? { heaviestStatement } : {}),
      refusals,
    };
  });

  const estimable = steps.length > 0 && steps.every((s) => s.prediction !== undefined);
  const total = estimable
    ? steps.reduce<Prediction>((sum, s) => ({ ms: sum.ms + s.prediction!.ms, low: sum.low + s.prediction!.low, high: sum.high + s.prediction!.high }), { ms: 0, low: 0, high: 0 })
    : undefined;
  if (total) for (const step of steps) step.share = total.ms > 0 ? step.prediction!.ms / total.ms : 0;
  const ranked = [...steps].filter((s) => s.share !== undefined).sort((a, b) => b.share! - a.share!);
  const dominant = ranked.filter((s, index) => index === 0 || s.share! >= 0.25).map((s) => s.id);

  const window = settings.window && compareWindow(settings.window, steps, total);
  const advice = adviseMigration(
    estimable ? steps.map((s) => ({ id: s.id, description: s.description, growing: s.classification !== 'constant', ms: s.prediction!.ms, high: s.prediction!.high })) : undefined,
    settings.window?.total,
  );
  const scales = [...new Set(measurements.runs.map((r) => r.scale))].sort((a, b) => a - b);
  return {
    status: estimable ? 'estimable' : 'not-estimable',
    confidence: INTERVAL_CONFIDENCE,
    scenario: measurements.scenario,
    environment: measurements.environment,
    machine: measurements.machine,
    measuredAt: measurements.measuredAt,
    plan: measurements.plan,
    timeBase: measurements.timeBase,
    measuredRows: scales.map((scale) => ({ scale, rows: Object.values(measurements.runs.find((r) => r.scale === scale)!.rows).reduce((a, b) => a + b, 0) })),
    profile,
    productionRows: seededTables.reduce((sum, t) => sum + (profile.tables[t] ?? 0), 0),
    steps,
    ...(total ? { total } : {}),
    dominant,
    ...(window ? { window } : {}),
    advice,
    refusals: steps.flatMap((s) => s.refusals.map((r) => ({ ...r, step: s.id }))),
    tolerances,
  };
}

/**
 * A statement whose plan differs between scales (`plan-signature.ts`): the times at the
 * small scales then follow another cost curve than those at the large ones, and the fit
 * would blend the two. Statements are matched by their text; one that runs at some scales
 * only (a batch loop) is compared where it runs. What is compared is the set of plans a
 * statement had at each scale: one whose text recurs within a run with two plans (a batch
 * loop's short last batch, two statements that share an excerpt) has the same two at
 * every scale, which is no change across scales.
 */
function planChanges(runs: readonly MeasuredRun[], stepId: string, rowsOf: (run: MeasuredRun) => number): Refusal[] {
  const byStatement = new Map<string, Map<string, number[]>>();
  const perScale = new Map<string, Map<number, Set<string>>>();
  for (const run of runs) {
    const step = run.steps.find((s) => s.id === stepId);
    for (const statement of step?.statements ?? []) {
      if (statement.plan === undefined || statement.plan === '') continue;
      const plans = byStatement.get(statement.sql) ?? new Map<string, number[]>();
      const rows = plans.get(statement.plan) ?? [];
      rows.push(rowsOf(run));
      plans.set(statement.plan, rows);
      byStatement.set(statement.sql, plans);
      const scales = perScale.get(statement.sql) ?? new Map<number, Set<string>>();
      scales.set(run.scale, (scales.get(run.scale) ?? new Set<string>()).add(statement.plan));
      perScale.set(statement.sql, scales);
    }
  }
  const refusals: Refusal[] = [];
  for (const [sql, plans] of byStatement) {
    if (plans.size < 2) continue;
    const sets = [...perScale.get(sql)!.values()].map((set) => [...set].sort().join('\n'));
    if (sets.every((set) => set === sets[0])) continue;
    const described = [...plans.entries()]
      .map(([plan, rows]) => ({ plan, low: Math.min(...rows), high: Math.max(...rows) }))
      .sort((a, b) => a.low - b.low)
      .map(({ plan, low, high }) => `\`${plan}\` at ${low === high ? formatRows(low) : `${formatRows(low)}–${formatRows(high)}`} rows`);
    refusals.push({
      code: 'estimate.plan-changed',
      message: `the plan of \`${sql}\` changes across scales: ${described.join('; ')}. Times measured under different plans do not follow one cost curve.`,
    });
  }
  return refusals;
}

function heaviest(runs: readonly MeasuredRun[], stepId: string): StepEstimate['heaviestStatement'] {
  const largest = Math.max(...runs.map((r) => r.scale));
  const at = runs.filter((r) => r.scale === largest).map((r) => r.steps.find((s) => s.id === stepId)).filter((s) => s?.status === 'success');
  const sample = at[0];
  if (!sample || sample.statements.length === 0) return undefined;
  const totals = new Map<string, { ms: number; plan?: string }>();
  for (const step of at) {
    for (const statement of step!.statements) {
      const entry = totals.get(statement.sql) ?? { ms: 0, ...(statement.plan ? { plan: statement.plan } : {}) };
      entry.ms += statement.ms;
      totals.set(statement.sql, entry);
    }
  }
  const all = [...totals.values()].reduce((sum, e) => sum + e.ms, 0);
  const [sql, top] = [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms)[0]!;
  return { sql, share: all > 0 ? top.ms / all : 0, ...(top.plan ? { plan: top.plan } : {}) };
}

function compareWindow(window: ProductionBudget, steps: readonly StepEstimate[], total: Prediction | undefined): WindowVerdict {
  const bound = window.bound;
  const pick = (p: Prediction | undefined) => (p === undefined ? undefined : bound === 'upper' ? p.high : p.ms);
  const verdict: WindowVerdict = { bound, steps: [], fits: true };
  if (window.total !== undefined) {
    const compared = pick(total);
    if (compared !== undefined) verdict.total = { allowedMs: window.total, comparedMs: compared, fits: compared <= window.total };
    else verdict.fits = false;
  }
  for (const [id, allowedMs] of Object.entries(window.steps ?? {})) {
    const compared = pick(steps.find((s) => s.id === id)?.prediction);
    verdict.steps.push({ id, allowedMs, comparedMs: compared, fits: compared !== undefined && compared <= allowedMs });
  }
  verdict.fits = verdict.fits && (verdict.total?.fits ?? true) && verdict.steps.every((s) => s.fits);
  return verdict;
}

/** A window for a step the chain does not have is a typo that would switch a gate off: refused. */
function refuseUnknownWindowSteps(window: ProductionBudget | undefined, planned: readonly string[]): void {
  if (planned.length === 0) return;
  for (const id of Object.keys(window?.steps ?? {})) {
    if (planned.includes(id)) continue;
    const guess = planned.find((step) => step.startsWith(`${id}.`)) ?? didYouMean(id, planned);
    throw new HarnessError('CONFIG_INVALID', `budgets.production.steps names step ${JSON.stringify(id)}, which the chain does not have (${planned.join(', ')}).`, {
      path: ['budgets', 'production', 'steps', id],
      hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Steps are keyed by their to-version, written in full and in quotes ("2.0.0").`,
    });
  }
}
