import { formatMs } from './fit-step-cost.ts';

/** How to run the migration in production (source document 004). */
export type MigrationStrategy = 'blocking' | 'on-the-fly' | 'lazy' | 'undecided';

export interface Advice {
  strategy: MigrationStrategy;
  /** Why, in one or two sentences with the figures. */
  reason: string;
  /** Steps to take out of the blocking window, and how. */
  steps: { id: string; strategy: 'on-the-fly' | 'lazy'; reason: string }[];
}

/** The part of a step's estimate the advice needs. */
export interface AdvisedStep {
  id: string;
  description: string;
  growing: boolean;
  ms: number;
  high: number;
}

/** A background backfill longer than this is better done lazily, record by record. */
export const LAZY_AFTER_MS = 24 * 3_600_000;

/**
 * Blocking, on-the-fly or lazy (source document 004), against the allowed downtime:
 *
 * - **blocking** when the whole chain fits the downtime even at the upper end of its
 *   interval: simplest, and nothing runs against half-migrated data;
 * - **on-the-fly** when it does not, for the largest growing steps (never the constant
 *   ones): they run after the new version starts, in batches, while old and new code both
 *   read the data (004: new tables or columns instead of in-place rewrites), until what
 *   stays blocking fits the downtime at its upper end;
 * - **lazy** for a step that would take more than a day even in the background: migrate each
 *   record when it is next read or written;
 * - **undecided** without an estimate, without a stated downtime, or when even the
 *   constant-time steps do not fit it.
 *
 * @example
 * adviseMigration([{ id: '2.0.0', description: 'backfill', growing: true, ms: 40 * 60_000, high: 50 * 60_000 }], 15 * 60_000);
 * // { strategy: 'on-the-fly', steps: [{ id: '2.0.0', strategy: 'on-the-fly', … }], … }
 */
export function adviseMigration(steps: readonly AdvisedStep[] | undefined, downtimeMs: number | undefined): Advice {
  if (!steps) return { strategy: 'undecided', reason: 'There is no estimate to advise on: see why above.', steps: [] };
  const high = steps.reduce((sum, s) => sum + s.high, 0);
  const ms = steps.reduce((sum, s) => sum + s.ms, 0);
  if (downtimeMs === undefined) {
    return {
      strategy: 'undecided',
      reason:
        `A blocking migration would take about ${formatMs(ms)} (up to ${formatMs(high)}). ` +
        'State the allowed downtime (budgets.production.total) to be advised between blocking, on-the-fly and lazy.',
      steps: [],
    };
  }
  if (high <= downtimeMs) {
    return {
      strategy: 'blocking',
      reason: `The whole chain fits the ${formatMs(downtimeMs)} of allowed downtime even at the upper end of its interval (${formatMs(high)}): migrate while the application is stopped.`,
      steps: [],
    };
  }
  const moved: Advice['steps'] = [];
  let blockingHigh = high;
  for (const step of [...steps].filter((s) => s.growing).sort((a, b) => b.high - a.high)) {
    if (blockingHigh <= downtimeMs) break;
    blockingHigh -= step.high;
    moved.push(
      step.ms > LAZY_AFTER_MS
        ? {
            id: step.id,
            strategy: 'lazy',
            reason: `${step.id} (${step.description}) would take about ${formatMs(step.ms)}, more than a day even in the background: migrate each record when it is next read or written.`,
          }
        : {
            id: step.id,
            strategy: 'on-the-fly',
            reason: `${step.id} (${step.description}), about ${formatMs(step.ms)} (up to ${formatMs(step.high)}): run it after the new version starts, in batches, while old and new code both read the data.`,
          },
    );
  }
  if (blockingHigh > downtimeMs) {
    return {
      strategy: 'undecided',
      reason:
        `Even without its growing steps the chain takes up to ${formatMs(blockingHigh)}, more than the ${formatMs(downtimeMs)} of allowed downtime: ` +
        'the constant-time steps alone do not fit; look at what they wait for (locks, a rewrite the estimate took for constant).',
      steps: moved,
    };
  }
  const strategy = moved.some((m) => m.strategy === 'lazy') ? 'lazy' : 'on-the-fly';
  return {
    strategy,
    reason:
      `A blocking migration would take up to ${formatMs(high)}, more than the ${formatMs(downtimeMs)} of allowed downtime. ` +
      `Take ${moved.map((m) => m.id).join(' and ')} out of the window (${strategy}); what stays blocking takes up to ${formatMs(blockingHigh)}.`,
    steps: moved,
  };
}
