/**
 * Whether a failure is the query's own doing (a syntax error, an unknown table or column, a
 * bad cast, a division by zero: the database rejected what was asked) rather than the
 * harness's or the server's (a lost connection, a cancelled statement, an out-of-memory
 * server). Only the former says something about a user's query, or about a migration that
 * broke it; the latter stays a harness error, whichever side it happened on.
 *
 * @example
 * isQueryError(await target.queryText('select nope from t').catch((e) => e)); // true (SQLSTATE 42703)
 */
export function isQueryError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && !NOT_THE_QUERY.has(state.slice(0, 2)) && !NOT_THE_QUERY.has(state);
}

/** The SQLSTATE a database error carries (`42P01`), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('sqlState' in error)) return undefined;
  return typeof error.sqlState === 'string' ? error.sqlState : undefined;
}

/**
 * SQLSTATE classes (and single codes) that are about the connection, the server or the
 * transaction the harness holds, never about the statement: connection exception,
 * transaction rollback (deadlock, serialization), insufficient resources, operator
 * intervention (cancel, shutdown), system error, configuration file error, internal error;
 * a lock not available, an aborted transaction.
 */
const NOT_THE_QUERY: ReadonlySet<string> = new Set(['08', '40', '53', '57', '58', 'F0', 'XX', '55P03', '25P02']);
