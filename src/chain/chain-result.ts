/**
 * The record of a chain run. The runner never throws an outcome: each planned step ends
 * `success`, `error` or `not-executed`, and the partial record is kept.
 */
export interface ChainResult {
  /** The version stored in the target before the chain ran (after the baseline stamp). */
  fromVersion: string | undefined;
  /** The version the scenario asks for. */
  targetVersion: string;
  /** The version the target holds afterwards. */
  reachedVersion: string | undefined;
  steps: StepResult[];
  /** Why the chain was refused before anything ran (gap, mandatory version skipped, edited migrator, …). */
  refusal: ChainRefusal[];
  durationMs: number;
}

export interface StepResult {
  /** The step's to-version, unique within a plan: "2.0.0". */
  id: string;
  from: string;
  to: string;
  description: string;
  /** Path relative to the scenario file. */
  file: string;
  kind: 'sql' | 'module';
  checksum: string;
  transaction: boolean;
  status: 'success' | 'error' | 'not-executed';
  durationMs: number;
  /** Set when `status` is `error`; the message keeps SQLSTATE and the failing SQL. */
  error?: { code: string; message: string; sqlState?: string };
}

export interface ChainRefusal {
  code:
    | 'chain.gap'
    | 'chain.duplicate'
    | 'chain.ambiguous'
    | 'chain.mandatory-skipped'
    | 'chain.checksum-mismatch'
    | 'chain.unknown-applied'
    | 'chain.stored-version-ahead';
  message: string;
  /** Migrator files concerned, relative to the scenario file. */
  files: string[];
}
