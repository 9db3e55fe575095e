import type { MeasuredRun, ScaleMeasurements } from '../scale-measurements.ts';

/*
 * Measurements of a synthetic chain with known costs, for the estimator's and the reports' tests.
 */

/** A step as the recorder sees it: its table, and per scale its time and the plan of its statement. */
export interface SyntheticStep {
  id: string;
  table: string;
  sql: string;
  ms: (rows: number, repetition: number) => number;
  plan?: (rows: number) => string;
}

export const SCALES = [0.25, 0.5, 1, 2];
export const ROWS_AT_SCALE_1 = { items: 100_000, users: 10_000 };

/** Measurements of a synthetic chain: every scale, three interleaved repetitions, no warm-up. */
export function measurementsOf(steps: readonly SyntheticStep[]): ScaleMeasurements {
  const runs: MeasuredRun[] = [];
  for (let round = 1; round <= 3; round++) {
    for (const scale of round % 2 === 0 ? [...SCALES].reverse() : SCALES) {
      const rows = Object.fromEntries(Object.entries(ROWS_AT_SCALE_1).map(([t, n]) => [t, n * scale]));
      runs.push({
        round,
        scale,
        warmup: false,
        rows,
        steps: steps.map((step) => {
          const ms = step.ms(rows[step.table]!, round);
          return {
            id: step.id,
            status: 'success' as const,
            ms,
            overheadMs: 0,
            statements: [{ sql: step.sql, ms, tables: [step.table], ...(step.plan ? { plan: step.plan(rows[step.table]!) } : {}) }],
          };
        }),
      });
    }
  }
  return {
    formatVersion: 1,
    key: 'synthetic',
    scenario: { name: 'synthetic', file: 'synthetic.yaml', stage: undefined, sourceVersion: '1.0.0', targetVersion: '2.0.0' },
    environment: undefined,
    machine: { platform: 'test', cpus: 2, cpuModel: 'test', memoryGb: 1, node: 'v24', loadAverage: { start: 0, end: 0 } },
    measuredAt: '2026-11-21T00:00:00.000Z',
    durationMs: 0,
    plan: { scales: SCALES, repetitions: 3, warmup: false },
    timeBase: 'wall',
    steps: steps.map((s) => ({ id: s.id, from: '1.0.0', to: s.id, description: `step ${s.id}`, file: `${s.id}.sql` })),
    runs,
  };
}

