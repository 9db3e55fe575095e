import { DatabaseError } from '../engines/postgres/database-error.ts';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { isHarnessError } from '../errors/harness-error.ts';
import type { ChainResult, StepResult } from './chain-result.ts';
import type { MigrationDatabase, Migrator } from './migrator.ts';
import { historyEntry, notExecuted, planFromHistory } from './plan-from-history.ts';
import { appendSchemaHistory, readSchemaHistory, stampBaseline } from './schema-history.ts';
import { firstLine } from '../util/first-line.ts';

export interface RunChainOptions {
  /** The version to reach: the scenario's target version. */
  targetVersion: string;
  /** Versions every upgrade that crosses them must stop at. */
  mandatory: readonly string[];
  /** The history table, possibly schema-qualified: "pilot_schema_history". */
  historyTable: string;
  /** Milliseconds on a monotonic scale, for durations; `performance.now` by default. */
  clock?: () => number;
  /**
   * When the target has no history at all, stamp this version first (the source app
   * version), as `stampBaseline` does. Without it, a target without history is refused.
   */
  baselineVersion?: string;
  /**
   * Wraps the database each migrator gets, e.g. to record and EXPLAIN its statements for an
   * estimate (`statementRecorder`). Absent: the migrator gets the raw `query`/`exec`.
   */
  wrapDatabase?: (db: MigrationDatabase, migrator: Migrator) => MigrationDatabase;
  /** Called before each planned step runs (outside its transaction), e.g. to record the state a revert must restore. */
  beforeStep?: (migrator: Migrator, index: number) => Promise<void>;
}

/** Savepoint set at the start of each transactional step, to notice a migrator that ends the transaction itself. */
const STEP_SAVEPOINT = 'pilot_step';

/**
 * Runs the chain on the target: reads its schema history, checks it against the loaded
 * migrators (an edited applied migrator refuses the whole chain), plans the path from the
 * stored version to the target version through the mandatory versions, then runs each
 * step.
 *
 * A transactional step runs as `BEGIN; SAVEPOINT; up; RELEASE; history row; COMMIT` and
 * rolls back on any error, so the target stays at the previous version. A step with
 * `transaction: false` runs statement by statement (SQL) or as written (module), and its
 * history row is written afterwards; on failure what it did stays, and a failed history
 * row marks the target as part-way, which the next run refuses (`chain.failed-applied`).
 * The savepoint is how a migrator that COMMITs by itself (made part of it permanent) or
 * swallows an error (aborted the transaction) is told apart from one that succeeded.
 *
 * Never throws an outcome: a refusal fills `refusal` (every planned step `not-executed`),
 * a failing migrator is a step `error`, and the steps after it are `not-executed`. Step
 * error codes: `DATABASE` (a statement failed; `sqlState` set, the message keeps the caret
 * excerpt and, for SQL files, the file's line), `MIGRATOR_THREW` (a module threw; the
 * message says where), `MIGRATOR_ENDED_TRANSACTION`, `MIGRATOR_SWALLOWED_ERROR`. Only a
 * harness failure throws a `HarnessError`: the history cannot be read or stamped, or a
 * version in the options is not semver.
 *
 * @example
 * const result = await runChain(target.engine.session, await loadMigrators(['migrations'], dir), {
 *   targetVersion: '2.0.0', mandatory: ['2.0.0'], historyTable: 'pilot_schema_history',
 * });
 * result.steps.map((s) => `${s.id} ${s.status}`); // ['1.1.0 success', '1.2.0 error', '2.0.0 not-executed']
 */
export async function runChain(session: PostgresSession, migrators: readonly Migrator[], options: RunChainOptions): Promise<ChainResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const table = options.historyTable;

  let history = await readSchemaHistory(session, table);
  if (history.length === 0 && options.baselineVersion !== undefined) {
    await stampBaseline(session, table, options.baselineVersion);
    history = await readSchemaHistory(session, table);
  }
  const { plan, result } = planFromHistory(history, migrators, { targetVersion: options.targetVersion, mandatory: options.mandatory, where: table });
  if (result.refusal.length === 0) {
    for (const [index, migrator] of plan.entries()) {
      await options.beforeStep?.(migrator, index);
      const step = migrator.transaction
        ? await runInTransaction(session, table, migrator, clock, options.wrapDatabase)
        : await runWithoutTransaction(session, table, migrator, clock, options.wrapDatabase);
      result.steps[index] = step;
      if (step.status !== 'success') break;
      result.reachedVersion = migrator.to;
    }
  }
  result.durationMs = clock() - started;
  return result;
}

/** Builds the `error` result of a step, its duration counted from `started`. */
function stepFailure(migrator: Migrator, started: number, clock: () => number) {
  return (error: unknown, notes: readonly string[]): StepResult => ({
    ...notExecuted(migrator),
    status: 'error',
    durationMs: clock() - started,
    error: stepError(error, migrator, notes),
  });
}

async function runInTransaction(session: PostgresSession, table: string, migrator: Migrator, clock: () => number, wrap?: RunChainOptions['wrapDatabase']): Promise<StepResult> {
  const started = clock();
  const failed = stepFailure(migrator, started, clock);
  const rollBack = () =>
    session.exec('ROLLBACK').then(
      () => "The step's transaction was rolled back: the target is as it was before this step.",
      (rollbackError: unknown) => `Rolling the step back failed too: ${firstLine(rollbackError)}`,
    );

  try {
    await session.exec('BEGIN');
    await session.exec(`SAVEPOINT ${STEP_SAVEPOINT}`);
  } catch (error) {
    return failed(error, ['The step could not start its transaction.', await rollBack()]);
  }
  const upStarted = clock();
  try {
    await migrator.up(wrap ? wrap(raw(session), migrator) : raw(session));
  } catch (error) {
    return failed(error, [await rollBack()]);
  }
  const executionMs = clock() - upStarted;
  try {
    await session.exec(`RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
  } catch (error) {
    // The savepoint is gone: the migrator broke or ended the step's transaction. Its own error, if any, was swallowed.
    const database = error instanceof DatabaseError ? `(PostgreSQL: ${firstLine(error)})` : firstLine(error);
    if (error instanceof DatabaseError && error.sqlState === ABORTED_TRANSACTION) {
      return failed(new TransactionBroken('MIGRATOR_SWALLOWED_ERROR', `${SWALLOWED_ERROR_NOTE}\n${database}`), [await rollBack()]);
    }
    // The migrator's own COMMIT made part of it permanent: mark the target part-way, as for a non-transactional failure.
    await session.exec('ROLLBACK').catch(() => undefined);
    return failed(new TransactionBroken('MIGRATOR_ENDED_TRANSACTION', `${ENDED_TRANSACTION_NOTE}\n${database}`), [
      await recordFailure(session, table, migrator, executionMs),
    ]);
  }
  try {
    await appendSchemaHistory(session, table, historyEntry(migrator, executionMs, true));
    await session.exec('COMMIT');
  } catch (error) {
    return failed(error, ['The migrator ran, but recording it in the history table (or committing) failed.', await rollBack()]);
  }
  return { ...notExecuted(migrator), status: 'success', durationMs: clock() - started };
}

async function runWithoutTransaction(session: PostgresSession, table: string, migrator: Migrator, clock: () => number, wrap?: RunChainOptions['wrapDatabase']): Promise<StepResult> {
  const started = clock();
  const failed = stepFailure(migrator, started, clock);
  try {
    await migrator.up(wrap ? wrap(raw(session), migrator) : raw(session));
  } catch (error) {
    const note =
      'The migrator runs outside a transaction (transaction: false), so what it did before the failure stays in the database: ' +
      'the target is part-way between versions.';
    return failed(error, [note, await recordFailure(session, table, migrator, clock() - started)]);
  }
  try {
    await appendSchemaHistory(session, table, historyEntry(migrator, clock() - started, true));
  } catch (error) {
    return failed(error, ['The migrator ran to the end, but recording it in the history table failed, so the target does not know it is applied.']);
  }
  return { ...notExecuted(migrator), status: 'success', durationMs: clock() - started };
}

/** Writes a failed history row; returns the sentence for the step's message. */
function recordFailure(session: PostgresSession, table: string, migrator: Migrator, executionMs: number): Promise<string> {
  return appendSchemaHistory(session, table, historyEntry(migrator, executionMs, false)).then(
    (rank) => `The history records the failure (rank ${rank}); the next run refuses the chain until the target is repaired.`,
    (historyError: unknown) => `Recording the failure in the history table failed too: ${firstLine(historyError)}`,
  );
}

/** The `query`/`exec` subset of the session and nothing else: a migrator cannot close the session or COPY around the harness. */
function raw(session: PostgresSession): MigrationDatabase {
  return { query: session.query.bind(session), exec: session.exec.bind(session) };
}

const ABORTED_TRANSACTION = '25P02';
const SWALLOWED_ERROR_NOTE =
  'A statement of the migrator failed and the migrator carried on (it caught the error), so the step\'s transaction was aborted. ' +
  'Let the error propagate, or put a savepoint around the statement that may fail.';
const ENDED_TRANSACTION_NOTE =
  'The migrator ended the step\'s transaction itself (COMMIT or ROLLBACK in its SQL), so the step was not atomic and what it committed stays in the database. ' +
  'Remove the transaction control statements, or declare it with transaction: false ("-- @transaction false").';

/** A step whose transaction the migrator broke; the code and message say how. */
class TransactionBroken extends Error {
  override readonly name = 'TransactionBroken';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const NEEDS_NO_TRANSACTION = '25001';

function stepError(error: unknown, migrator: Migrator, notes: readonly string[]): NonNullable<StepResult['error']> {
  const database = databaseErrorIn(error);
  const lines = [error instanceof Error ? error.message : String(error)];
  if (isHarnessError(error) && error.hint) lines.push(`Hint: ${error.hint}`);
  // An SQL migrator runs with its header kept, so the caret's line is the file's line.
  const caretLine = migrator.kind === 'sql' ? /^ {2}line (\d+): /m.exec(lines[0]!)?.[1] : undefined;
  if (caretLine) lines.push(`At ${migrator.relativeFile}:${caretLine}.`);
  if (!isHarnessError(error) && !(error instanceof TransactionBroken)) {
    const at = thrownAt(error, migrator.file);
    if (at) lines.push(`Thrown at ${migrator.relativeFile}:${at}.`);
  }
  if (database?.sqlState === NEEDS_NO_TRANSACTION && migrator.transaction) {
    lines.push(
      migrator.kind === 'sql'
        ? 'This statement cannot run inside a transaction: add "-- @transaction false" to the migrator\'s header.'
        : 'This statement cannot run inside a transaction: declare the migrator with transaction: false.',
    );
  }
  lines.push(...notes.filter((note) => note !== ''));
  return {
    code: isHarnessError(error) || error instanceof TransactionBroken ? error.code : 'MIGRATOR_THREW',
    message: lines.join('\n'),
    ...(database?.sqlState ? { sqlState: database.sqlState } : {}),
  };
}

function databaseErrorIn(error: unknown): DatabaseError | undefined {
  for (let at = error, depth = 0; at !== undefined && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    if (at instanceof DatabaseError) return at;
    if (typeof at !== 'object' || at === null) return undefined;
  }
  return undefined;
}

/** "27:11" when the stack shows where in the migrator file the error was thrown. */
function thrownAt(error: unknown, file: string): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  for (const line of stack.split('\n')) {
    const index = line.indexOf(file);
    if (index === -1) continue;
    // Modules are imported with a `?sha256=…` query (see module-migrator.ts), which the stack keeps.
    const position = /^(?:\?[^:\s)]*)?:(\d+):(\d+)/.exec(line.slice(index + file.length));
    if (position) return `${position[1]}:${position[2]}`;
  }
  return undefined;
}

