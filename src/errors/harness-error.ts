/**
 * The one error family of the harness: a phase could not finish. Findings about the
 * migration under test are data (see `checks/finding.ts`), never a `HarnessError`.
 *
 * @example
 * throw new HarnessError('SEED_SHORT', 'Seeding "dir_user" loaded 1998 rows, expected 2000.', {
 *   hint: 'A trigger or rule in the schema discards rows; seed around it or drop it for the pilot.',
 * });
 */
export class HarnessError extends Error {
  override readonly name = 'HarnessError';
  readonly code: HarnessErrorCode;
  readonly hint: string | undefined;
  /** File the problem is in, when there is one (scenario, migrator, schema file). */
  readonly file: string | undefined;
  /** Field path in the scenario (`['data', 'tables', 'dir_user', 'columns', 'email']`), when it is about one. */
  readonly path: readonly (string | number)[] | undefined;

  constructor(
    code: HarnessErrorCode,
    message: string,
    options: { hint?: string; file?: string; path?: readonly (string | number)[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.path = options.path;
  }

  /** Exit code for the CLI: configuration problems are usage errors (64), the rest 2. */
  get exitCode(): 2 | 64 {
    return CONFIG_CODES.has(this.code) ? 64 : 2;
  }
}

export type HarnessErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'MIGRATOR_INVALID'
  | 'ENVIRONMENT_START'
  | 'ENVIRONMENT_SNAPSHOT'
  | 'SCHEMA_APPLY'
  | 'SEED_FAILED'
  | 'SEED_SHORT'
  | 'DATABASE'
  | 'REPORT_WRITE'
  /** The promotion ledger is tampered with, locked or cannot be written. */
  | 'LEDGER'
  | 'INTERRUPTED'
  | 'INTERNAL';

// The user's own input is wrong: the scenario, a migrator's header, a schema file it names.
const CONFIG_CODES: ReadonlySet<HarnessErrorCode> = new Set(['CONFIG_INVALID', 'CONFIG_NOT_FOUND', 'MIGRATOR_INVALID', 'SCHEMA_APPLY']);

export function isHarnessError(error: unknown): error is HarnessError {
  return error instanceof HarnessError;
}

/** Wraps anything thrown into a `HarnessError`, keeping a `HarnessError` as it is. */
export function toHarnessError(error: unknown, code: HarnessErrorCode, message: string): HarnessError {
  if (isHarnessError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new HarnessError(code, `${message}: ${detail}`, { cause: error });
}
