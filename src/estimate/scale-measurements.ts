import type { StepResult } from '../chain/chain-result.ts';
import type { EnvironmentReport } from '../report/pilot-report.ts';
import type { RecordedStatement } from './statement-recorder.ts';

/**
 * What an estimate measured: the chain's steps at each data scale, run by run. It does not
 * depend on production sizes, so one set of measurements serves any profile; it is kept
 * (keyed by everything that made it) and reused by `pilot run`'s production-window gate.
 */
export interface ScaleMeasurements {
  /** Bumped when the shape changes incompatibly; older records are measured again. */
  formatVersion: 1;
  /** Content hash of the chain, schema, data spec, environments, plan and machine (`measurementKey`). */
  key: string;
  scenario: { name: string; file: string; stage: string | undefined; sourceVersion: string; targetVersion: string };
  /** The target environment the chain ran on. */
  environment: Pick<EnvironmentReport, 'provider' | 'description' | 'identity' | 'serverVersion' | 'serverSettings'> | undefined;
  machine: MachineInfo;
  measuredAt: string;
  durationMs: number;
  plan: { scales: number[]; repetitions: number; warmup: boolean };
  /** What the step times are: this thread's CPU time (an in-process database) or wall time (a server). */
  timeBase: TimeBase;
  /** The planned steps, in chain order. */
  steps: { id: string; from: string; to: string; description: string; file: string }[];
  /** Every run, in the order it ran; warm-up runs included (and marked). */
  runs: MeasuredRun[];
}

/**
 * `cpu`: the CPU time of the thread the embedded database runs in, which equals its wall
 * time on an idle machine; `wall`: elapsed time, for databases in other processes.
 */
export type TimeBase = 'cpu' | 'wall';

/** The time base a target provider is measured in by default: CPU time for the in-process one. */
export function defaultTimeBase(targetProvider: string | undefined): TimeBase {
  return targetProvider === 'embedded' ? 'cpu' : 'wall';
}

export interface MachineInfo {
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  /** 1-minute load average when measuring started and ended: how busy the machine was. */
  loadAverage: { start: number; end: number };
}

export interface MeasuredRun {
  round: number;
  scale: number;
  warmup: boolean;
  /** Seeded rows by table at this scale. */
  rows: Record<string, number>;
  steps: MeasuredStep[];
  /** Set when the run did not complete its chain: the verdict's reasons. Measuring stops there. */
  error?: string;
}

export interface MeasuredStep {
  id: string;
  status: StepResult['status'];
  /** The step's duration minus the recording's own overhead, in ms. */
  ms: number;
  /** The EXPLAINs' share of the step's raw duration, in ms (already subtracted from `ms`). */
  overheadMs: number;
  statements: RecordedStatement[];
}
