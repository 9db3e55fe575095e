import { HarnessError } from '../errors/harness-error.ts';
import { MIN_SCALE_SPAN, MIN_SCALES } from '../scenario/estimate-schema.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';

/** The scales measured and the order of the runs. */
export interface ScalePlan {
  /** data.scale values, ascending. */
  scales: number[];
  repetitions: number;
  warmup: boolean;
  /** Every run in the order it runs: the warm-up round first (when asked), then interleaved rounds. */
  order: { round: number; scale: number; warmup: boolean }[];
}

export interface ScalePlanOverrides {
  /** Instead of the scenario's `estimate.scales` (`--scales`). */
  scales?: readonly number[];
  /** Instead of `estimate.repetitions` (`--repetitions`). */
  repetitions?: number;
  warmup?: boolean;
}

/** Default scales, as multiples of the scenario's own data.scale: 8× from smallest to largest. */
export const DEFAULT_SCALE_FACTORS = [0.25, 0.4, 0.7, 1.2, 2] as const;

/**
 * The runs of an estimate. Scales and repetitions are interleaved: every round visits every
 * scale, each round in another order (rotated, and reversed every other round), so a slow
 * spell of a shared machine lands on several scales instead of bending the curve, and the
 * largest scale never always runs last.
 *
 * @throws HarnessError `CONFIG_INVALID` (path into the scenario) when the scenario has no
 *   data to scale, its source is external, or the scales are fewer than 3 or span less than 8×.
 *
 * @example
 * scalePlan(spec, { scales: [0.25, 0.5, 1, 2], repetitions: 2, warmup: false }).order.map((r) => r.scale);
 * // [0.25, 0.5, 1, 2,  0.25, 2, 1, 0.5]
 */
export function scalePlan(spec: ScenarioSpec, overrides: ScalePlanOverrides = {}): ScalePlan {
  if (spec.source.provider === 'external') {
    throw new HarnessError('CONFIG_INVALID', 'An estimate measures the chain at several data scales, but the source is external: its data cannot be scaled.', {
      path: ['source', 'provider'],
      hint: 'Estimate on a scenario that seeds its source (a "data" section); estimate.production can still read production sizes from the external database (urlEnv).',
    });
  }
  if (spec.target.provider === 'external') {
    throw new HarnessError('CONFIG_INVALID', 'An estimate runs the chain many times, but the target is external: it cannot be reset between runs.', {
      path: ['target', 'provider'],
      hint: 'Use an embedded, local or testcontainers target for the estimate.',
    });
  }
  if (!spec.data) {
    throw new HarnessError('CONFIG_INVALID', 'An estimate measures the chain at several data scales, but the scenario has no "data" section to scale.', {
      path: ['data'],
      hint: 'Add a "data" section with the tables to seed.',
    });
  }
  const estimate = spec.estimate;
  const fromCli = overrides.scales !== undefined;
  const scales = [...(overrides.scales ?? estimate?.scales ?? DEFAULT_SCALE_FACTORS.map((f) => round(spec.data!.scale * f)))];
  const where = fromCli ? { hint: 'Give --scales as data.scale values, e.g. --scales 0.25,0.5,1,2.' } : { path: ['estimate', 'scales'] as const };
  const distinct = [...new Set(scales)].sort((a, b) => a - b);
  if (scales.some((s) => !(s > 0) || !Number.isFinite(s))) {
    throw new HarnessError('CONFIG_INVALID', `Every scale must be a positive number; got ${scales.join(', ')}.`, { ...where, hint: 'Scales are data.scale values such as 0.25, 0.5, 1 and 2.' });
  }
  if (distinct.length < MIN_SCALES) {
    throw new HarnessError('CONFIG_INVALID', `An estimate needs at least ${MIN_SCALES} different scales to fit a cost model; got ${distinct.length} (${distinct.join(', ')}).`, {
      ...where,
      hint: `Give at least ${MIN_SCALES} scales, the largest at least ${MIN_SCALE_SPAN}× the smallest, e.g. 0.25, 0.5, 1, 2.`,
    });
  }
  const span = distinct.at(-1)! / distinct[0]!;
  if (span < MIN_SCALE_SPAN) {
    throw new HarnessError(
      'CONFIG_INVALID',
      `The scales ${distinct.join(', ')} span ${Number(span.toFixed(2))}×; an estimate needs at least ${MIN_SCALE_SPAN}× between the smallest and the largest to tell a constant from a linear or n·log n cost.`,
      { ...where, hint: `Widen the range, e.g. ${round(distinct.at(-1)! / MIN_SCALE_SPAN)} to ${distinct.at(-1)}.` },
    );
  }
  const repetitions = overrides.repetitions ?? estimate?.repetitions ?? 3;
  if (!Number.isInteger(repetitions) || repetitions < 2) {
    throw new HarnessError('CONFIG_INVALID', `An estimate needs at least 2 repetitions per scale to see how much they vary; got ${repetitions}.`, {
      ...(overrides.repetitions !== undefined ? {} : { path: ['estimate', 'repetitions'] }),
      hint: 'Use 3 repetitions (the default) or more on a busy machine.',
    });
  }
  const warmup = overrides.warmup ?? estimate?.warmup ?? true;
  const order: ScalePlan['order'] = [];
  if (warmup) for (const scale of distinct) order.push({ round: 0, scale, warmup: true });
  for (let r = 0; r < repetitions; r++) {
    const rotated = [...distinct.slice(r % distinct.length), ...distinct.slice(0, r % distinct.length)];
    for (const scale of r % 2 === 1 ? rotated.reverse() : rotated) order.push({ round: r + 1, scale, warmup: false });
  }
  return { scales: distinct, repetitions, warmup, order };
}

/** Four significant digits: 0.7 × 0.3 is 0.21, not 0.21000000000000002. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}
