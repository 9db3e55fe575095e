import type { ChainResult } from '../chain/chain-result.ts';
import type { Engine, StoreFingerprint } from '../engines/engine.ts';
import type { Finding } from './finding.ts';
import type { CheckFiles } from '../files/run-files.ts';

/**
 * A check is a function of (source, target, run) → findings. It returns findings as data
 * and throws only when it cannot run at all (a `HarnessError`), which the runner records
 * as the check's error.
 *
 * @example
 * const rowCountOf = (table: string): Check => ({
 *   id: `count:${table}`, kind: 'parity', description: `${table} row count`,
 *   async run({ source, target }) {
 *     const [s, t] = [await source.count(table), await target.count(table)];
 *     return s === t ? [] : [{ check: `count:${table}`, code: 'parity.count', severity: 'error',
 *       path: table, message: `${t} rows, expected ${s}.`, expected: s, actual: t }];
 *   },
 * });
 */
export interface Check {
  id: string;
  kind: CheckKind;
  description: string;
  run(context: CheckContext): Promise<Finding[]>;
}

export type CheckKind = 'parity' | 'invariant' | 'schema' | 'budget' | 'source-unchanged' | 'task' | 'config' | 'functional' | 'health' | 'revert' | 'state' | 'process' | 'files';

export interface CheckContext {
  /** The data before migration: the source (copy mode) or its before-snapshot (in-place mode). */
  source: Engine;
  /** The migrated data. */
  target: Engine;
  /** What happened so far in this run. */
  run: RunFacts;
  /** The run's file trees (uploads), source and target, when the scenario declares `files`. */
  files?: CheckFiles;
  /**
   * Keeps what the check measured in its result (`facts`), e.g. the fingerprints parity
   * compared. Plain JSON; later calls add to earlier ones. Absent outside `runChecks`.
   */
  note?(facts: Record<string, unknown>): void;
}

export interface RunFacts {
  chain: ChainResult;
  /** Tables that belong to the harness (the history table), left out of data checks. */
  harnessTables: readonly string[];
  /**
   * The source's fingerprint taken after seeding, before anything else touched it (copy
   * mode); absent in in-place mode, where the source is the migrated environment.
   */
  sourceFingerprint?: StoreFingerprint;
}

export interface CheckResult {
  id: string;
  kind: CheckKind;
  description: string;
  status: 'passed' | 'failed' | 'error';
  durationMs: number;
  findings: Finding[];
  /** What the check measured (e.g. parity's source and target fingerprints), when it says. */
  facts?: Record<string, unknown>;
  /** Why the check could not run, when `status` is `error`. */
  error?: {
    code: string;
    message: string;
    /** How to fix it, when the error says (a `HarnessError`'s hint). */
    hint?: string;
    /** The scenario field it is about (`['checks', 'parity', 0, 'key']`), for configuration errors. */
    path?: readonly (string | number)[];
    /** `file:line:column` of that field, filled in by the runner. */
    location?: string;
  };
}
