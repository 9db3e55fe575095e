/**
 * A finding: the migration under test misbehaved. Findings are data, rendered by the
 * reporters; they are never thrown. (A phase the harness could not finish is a
 * `HarnessError` instead.)
 *
 * @example
 * {
 *   check: 'parity:dir_user', code: 'parity.missing-rows', severity: 'error',
 *   path: 'dir_user', message: '3 rows of the source are missing in the target.',
 *   expected: 2000, actual: 1997, keys: ['17', '230', '1999'],
 * }
 */
export interface Finding {
  /** Id of the check that found it (`parity:dir_user`, `schema`, `budget`). */
  check: string;
  /** Stable, dotted code tests and dashboards can match on. */
  code: string;
  severity: 'error' | 'warning';
  /** Where: a table, `table.column`, a step (`chain 2.0.0`). */
  path: string;
  /** One sentence with values and units. */
  message: string;
  expected?: unknown;
  actual?: unknown;
  /** Keys of the rows concerned (at most `MAX_KEYS_PER_FINDING`, see `truncated`). */
  keys?: string[];
  /** How many keys there were in all, when more than `keys` holds. */
  truncated?: number;
  /** Extra detail, e.g. per-column differences of a changed row. */
  details?: FindingDetail[];
}

export interface FindingDetail {
  key?: string;
  column?: string;
  expected?: unknown;
  actual?: unknown;
  note?: string;
}

/** Reports stay readable and bounded: at most this many keys are listed per finding. */
export const MAX_KEYS_PER_FINDING = 50;

export function isBlocking(finding: Finding): boolean {
  return finding.severity === 'error';
}
