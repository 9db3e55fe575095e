import { type CostModel, costFeature, costModelLabel, GROWING_MODELS } from './cost-model.ts';
import { type LineFit, fitLine, leverage, mean, median, robustDeviation, robustSpread, studentT } from './statistics.ts';

/** The times one step took at one data scale. */
export interface ScalePoint {
  /** Rows of the tables the step works on, at this scale. */
  rows: number;
  /** One duration per repetition, in ms. */
  ms: readonly number[];
}

/** When the estimator refuses; the scenario's `estimate.tolerances` overrides these. */
export interface EstimateTolerances {
  /** Largest robust spread of the repetitions at one scale (0.15: ±15 %). */
  spread: number;
  /** Largest RMS relative error of the chosen model over the scales' medians (0.1: 10 %). */
  fit: number;
  /** Largest miss of the largest scale by the fit of the smaller ones (0.2: 20 %). */
  largest: number;
  /** Differences below this (ms) are timer and scheduler noise, never a reason to refuse. */
  noiseFloorMs: number;
}

export const DEFAULT_TOLERANCES: EstimateTolerances = { spread: 0.15, fit: 0.1, largest: 0.2, noiseFloorMs: 10 };

/** Growth across the measured range below this (ms) is a constant-time step, whatever its slope. */
const CONSTANT_FLOOR_MS = 2;

/** The confidence of every interval: 90 %, two-sided. */
export const INTERVAL_CONFIDENCE = 0.9;
const T_P = 1 - (1 - INTERVAL_CONFIDENCE) / 2;

export type RefusalCode =
  | 'estimate.too-few-scales'
  | 'estimate.noisy-repetitions'
  | 'estimate.poor-fit'
  | 'estimate.largest-scale-misses-fit'
  | 'estimate.plan-changed'
  | 'estimate.step-not-measured'
  | 'estimate.production-size-unknown';

/** Why a step (or the whole estimate) is not estimable; one sentence with values and units. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** A fitted model: ms = a + b·feature(rows). */
export interface ModelFit {
  model: CostModel;
  a: number;
  b: number;
  /** RMS relative error over the scales' medians (0.03: 3 %). */
  relativeError: number;
  /** Weighted R² over the medians (1 for a perfect fit; 0 for a constant model). */
  r2: number;
}

/**
 * What the estimator concluded about one step, and all it needs to predict: the chosen
 * model, its quality, the alternative, and the noise that widens the interval.
 */
export interface StepCostFit {
  /** The chosen model, or `not-estimable` when a refusal applies. */
  classification: CostModel | 'not-estimable';
  /** The best model even when refused (for charts and for the record). */
  fit: ModelFit;
  /** The other growing model, for the interval, when it fits too. */
  alternative?: ModelFit;
  /** Per scale, by rows: the median and the robust spread of the repetitions. */
  scales: { rows: number; medianMs: number; spread: number; ms: readonly number[] }[];
  /** The fit of the smaller scales, checked against the largest one. */
  largest?: { rows: number; predictedMs: number; measuredMs: number; miss: number };
  refusals: Refusal[];
  /** Internals of the prediction interval. */
  noise: {
    /** Degrees of freedom of the fit. */
    dof: number;
    /** Residual variance of the medians (relative for growing models, ms² for constant ones). */
    fitVariance: number;
    /** A single run's variance (relative for growing models, ms² for constant ones). */
    runVariance: number;
    /** (XᵀWX)⁻¹ of the growing fit; absent for constant. */
    inverse?: [number, number, number, number];
    /** Number of scales. */
    points: number;
  };
}

/** A prediction with its 90 % interval, in ms. */
export interface Prediction {
  ms: number;
  low: number;
  high: number;
}

/**
 * Fits constant, linear and n·log n models to one step's times and says which holds, or
 * why none can be trusted. Pure and deterministic: the same points give the same answer.
 *
 * 1. Repetitions that vary too much at any scale (robust spread above `spread`, and by
 *    more than `noiseFloorMs`) refuse: `estimate.noisy-repetitions`.
 * 2. Constant when the time does not grow beyond the repetitions' noise (`isConstant`).
 * 3. Otherwise linear and n·log n are fitted by least squares on relative errors; the
 *    smaller error wins (linear on a tie). Above `fit` RMS error: `estimate.poor-fit`.
 * 4. The chosen model is fitted again without the largest scale; when that fit misses the
 *    largest scale by more than `largest`: `estimate.largest-scale-misses-fit` (a jump, a
 *    cache or memory limit crossed, a plan change the EXPLAIN did not show).
 *
 * @example
 * const fit = fitStepCost([{ rows: 25_000, ms: [71, 69, 70] }, { rows: 50_000, ms: [140, 141, 139] }, { rows: 200_000, ms: [560, 570, 565] }]);
 * fit.classification; // 'linear'
 * predictStepCost(fit, 1_000_000); // { ms: ≈2830, low: …, high: … }
 */
export function fitStepCost(points: readonly ScalePoint[], tolerances: EstimateTolerances = DEFAULT_TOLERANCES): StepCostFit {
  const scales = [...points]
    .filter((p) => p.ms.length > 0)
    .sort((x, y) => x.rows - y.rows)
    .map((p) => ({ rows: p.rows, medianMs: median(p.ms), spread: robustSpread(p.ms), ms: p.ms }));
  const refusals: Refusal[] = [];
  const distinct = new Set(scales.map((s) => s.rows)).size;
  if (distinct < 3) {
    const flat = constantFit(scales.map((s) => s.medianMs));
    refusals.push({
      code: 'estimate.too-few-scales',
      message: `measured at ${distinct} distinct row count${distinct === 1 ? '' : 's'}; a fit needs at least 3.`,
    });
    return { classification: 'not-estimable', fit: flat, scales, refusals, noise: { dof: 0, fitVariance: 0, runVariance: 0, points: scales.length } };
  }

  for (const scale of scales) {
    const deviation = robustDeviation(scale.ms);
    if (scale.spread > tolerances.spread && deviation > tolerances.noiseFloorMs) {
      refusals.push({
        code: 'estimate.noisy-repetitions',
        message:
          `the repetitions at ${formatRows(scale.rows)} rows vary too much: ${listMs(scale.ms)} ` +
          `(±${percent(scale.spread)}, more than ±${percent(tolerances.spread)}).`,
      });
    }
  }

  const xs = scales.map((s) => s.rows);
  const medians = scales.map((s) => s.medianMs);
  if (isConstant(xs, medians, scales.map((s) => s.ms))) {
    const fit = constantFit(medians);
    const level = fit.a;
    const misses = medians.map((m) => Math.abs(m - level));
    const worst = Math.max(...misses);
    if (worst > Math.max(tolerances.noiseFloorMs, tolerances.fit * level) && fit.relativeError > tolerances.fit) {
      refusals.push({
        code: 'estimate.poor-fit',
        message: `no model fits: the time does not grow steadily with the rows (medians ${listMs(medians)} at ${listRows(xs)} rows).`,
      });
    }
    const smaller = medians.slice(0, -1);
    const predicted = mean(smaller);
    const measured = medians.at(-1)!;
    const largest = { rows: xs.at(-1)!, predictedMs: predicted, measuredMs: measured, miss: predicted > 0 ? (measured - predicted) / predicted : 0 };
    if (Math.abs(measured - predicted) > tolerances.noiseFloorMs && Math.abs(largest.miss) > tolerances.largest) {
      refusals.push(largestMiss(largest, 'constant', tolerances));
    }
    const runVariance = mean(scales.map((s) => robustDeviation(s.ms) ** 2));
    const fitVariance = variance(medians);
    return {
      classification: refusals.length > 0 ? 'not-estimable' : 'constant',
      fit,
      scales,
      largest,
      refusals,
      noise: { dof: scales.length - 1, fitVariance, runVariance, points: scales.length },
    };
  }

  const fits = GROWING_MODELS.map((model) => ({ model, ...growingFit(model, xs, medians) }));
  const [best, other] = fits[1]!.fit.relativeError < fits[0]!.fit.relativeError ? [fits[1]!, fits[0]!] : [fits[0]!, fits[1]!];
  if (best.fit.relativeError > tolerances.fit) {
    refusals.push({
      code: 'estimate.poor-fit',
      message:
        `the best model (${costModelLabel(best.model)}) misses the medians by ${percent(best.fit.relativeError)} (RMS), more than ${percent(tolerances.fit)}: ` +
        `${listMs(medians)} at ${listRows(xs)} rows.`,
    });
  }
  const small = growingFit(best.model, xs.slice(0, -1), medians.slice(0, -1));
  const predicted = small.fit.a + small.fit.b * costFeature(best.model, xs.at(-1)!);
  const measured = medians.at(-1)!;
  const largest = { rows: xs.at(-1)!, predictedMs: predicted, measuredMs: measured, miss: predicted > 0 ? (measured - predicted) / predicted : Number.POSITIVE_INFINITY };
  if (Math.abs(measured - predicted) > tolerances.noiseFloorMs && !(Math.abs(largest.miss) <= tolerances.largest)) {
    refusals.push(largestMiss(largest, best.model, tolerances));
  }
  const runVariance = mean(scales.map((s) => s.spread ** 2));
  return {
    classification: refusals.length > 0 ? 'not-estimable' : best.model,
    fit: best.fit,
    ...(alternativeFits(other.fit, best.fit, runVariance, tolerances) ? { alternative: other.fit } : {}),
    scales,
    largest,
    refusals,
    noise: { dof: best.line.dof, fitVariance: best.line.dof > 0 ? best.line.sse / best.line.dof : 0, runVariance, inverse: best.line.inverse, points: scales.length },
  };
}

/**
 * The step's time at `rows`, with its 90 % prediction interval: the fit's own uncertainty
 * (larger the further from the measured rows), a single run's noise, and, when the other
 * growing model fits the measurements too, its prediction (the choice between linear and
 * n·log n is itself uncertain). Not for `not-estimable` steps: they have no prediction.
 */
export function predictStepCost(step: StepCostFit, rows: number): Prediction {
  const { fit, noise } = step;
  const t = studentT(T_P, Math.max(noise.dof, 1));
  if (fit.model === 'constant') {
    const half = t * Math.sqrt(noise.fitVariance * (1 + 1 / noise.points) + noise.runVariance);
    return { ms: fit.a, low: Math.max(0, fit.a - half), high: fit.a + half };
  }
  const x = costFeature(fit.model, rows);
  const ms = Math.max(0, fit.a + fit.b * x);
  const lev = noise.inverse ? leverage({ inverse: noise.inverse } as LineFit, x) : 0;
  const half = t * Math.sqrt(noise.fitVariance * (ms * ms + lev) + noise.runVariance * ms * ms);
  let low = Math.max(0, ms - half);
  let high = ms + half;
  if (step.alternative) {
    const other = Math.max(0, step.alternative.a + step.alternative.b * costFeature(step.alternative.model, rows));
    low = Math.min(low, other);
    high = Math.max(high, other);
  }
  return { ms, low, high };
}

/**
 * The medians do not grow beyond what the repetitions' own noise explains: the
 * least-squares growth across the measured range is not positive, under 2 ms, or within
 * three times the repetitions' pooled robust deviation. Not a significance test of the
 * slope: with three or four scales that test cannot reject "constant" for a step whose cost
 * jumps, and a small step that clearly grows (1 ms to 9 ms) must stay a growing one, since
 * production multiplies it.
 */
function isConstant(xs: readonly number[], medians: readonly number[], repetitions: readonly (readonly number[])[]): boolean {
  const line = fitLine(xs, medians, xs.map(() => 1));
  if (line.b <= 0) return true;
  const growth = line.b * (xs.at(-1)! - xs[0]!);
  const noise = Math.sqrt(mean(repetitions.map((ms) => robustDeviation(ms) ** 2)));
  return growth < Math.max(CONSTANT_FLOOR_MS, 3 * noise);
}

function constantFit(medians: readonly number[]): ModelFit {
  const level = medians.length > 0 ? mean(medians) : 0;
  const relativeError = level > 0 ? Math.sqrt(mean(medians.map((m) => ((m - level) / level) ** 2))) : 0;
  return { model: 'constant', a: level, b: 0, relativeError, r2: 0 };
}

function growingFit(model: CostModel, xs: readonly number[], medians: readonly number[]): { fit: ModelFit; line: LineFit } {
  const features = xs.map((x) => costFeature(model, x));
  // Relative errors: a 10 ms miss matters at 50 ms, not at 5 s.
  const weights = medians.map((m) => 1 / Math.max(m, 1e-3) ** 2);
  const line = fitLine(features, medians, weights);
  const relativeError = Math.sqrt(line.sse / xs.length);
  const wSum = weights.reduce((s, w) => s + w, 0);
  const wMean = weights.reduce((s, w, i) => s + w * medians[i]!, 0) / wSum;
  const sst = weights.reduce((s, w, i) => s + w * (medians[i]! - wMean) ** 2, 0);
  return { fit: { model, a: line.a, b: line.b, relativeError, r2: sst > 0 ? 1 - line.sse / sst : 1 }, line };
}

/**
 * The other growing model stays in the interval when the data cannot tell it from the best
 * one: it fits within the tolerance, and no worse than the repetitions' own noise (or
 * twice the best model's error) allows. On clean data the models separate, and the
 * interval is the best model's alone.
 */
function alternativeFits(other: ModelFit, best: ModelFit, runVariance: number, tolerances: EstimateTolerances): boolean {
  return other.relativeError <= tolerances.fit && other.relativeError <= Math.max(2 * best.relativeError, Math.sqrt(runVariance));
}

function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
}

function largestMiss(largest: NonNullable<StepCostFit['largest']>, model: CostModel, tolerances: EstimateTolerances): Refusal {
  const direction = largest.measuredMs > largest.predictedMs ? 'slower' : 'faster';
  return {
    code: 'estimate.largest-scale-misses-fit',
    message:
      `the largest scale (${formatRows(largest.rows)} rows) took ${formatMs(largest.measuredMs)}, but the ${costModelLabel(model)} fit of the smaller scales predicts ` +
      `${formatMs(largest.predictedMs)}: ${percent(Math.abs(largest.miss))} ${direction}, more than ${percent(tolerances.largest)}. ` +
      'The cost changes with size (a limit such as memory or cache crossed, or another plan), so extrapolating further would mislead.',
  };
}

export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

export function formatRows(rows: number): string {
  return Math.round(rows).toLocaleString('en-US');
}

function listMs(values: readonly number[]): string {
  const shown = values.map(formatMs);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function listRows(values: readonly number[]): string {
  return values.map(formatRows).join(', ');
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)} %`;
}
