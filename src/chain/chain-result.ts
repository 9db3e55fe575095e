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
  /**
   * Things worth a look that did not stop the chain, e.g. history entries of migrators that
   * are no longer in the repository (pruned below the oldest one). Absent when there are none.
   */
  warnings?: ChainWarning[];
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
    | 'chain.stored-version-ahead'
    /** The target has no history table or no successful entry in it, and no baseline was given. */
    | 'chain.no-stored-version'
    /** The history's last entry is a failed migrator that ran outside a transaction: the target is part-way. */
    | 'chain.failed-applied';
  message: string;
  /** Migrator files concerned, relative to the scenario file. */
  files: string[];
}

export interface ChainWarning {
  code: 'chain.unknown-applied';
  message: string;
  /** Files concerned (as the history records them), relative to the scenario file. */
  files: string[];
}
