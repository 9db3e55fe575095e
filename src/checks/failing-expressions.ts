import type { KeyedRowSet } from '../engines/engine.ts';
import type { CheckDialect } from './check-dialect.ts';
import { isQueryError } from './is-query-error.ts';

/** An expression that does not evaluate, by its index in the list, with the database's error. */
export interface FailingExpression {
  index: number;
  error: unknown;
}

/**
 * The expressions that do not evaluate over a row set, without reading rows: all are
 * probed at once and, when that fails, one by one to name every culprit. A failure that is
 * not the query's doing (a lost connection) is thrown as it is.
 *
 * @example
 * await failingExpressions(dialect, { table: 'dir_user' }, ['lower(email)', 'lower(emial)']);
 * // [{ index: 1, error: DatabaseError('column "emial" does not exist (SQLSTATE 42703)') }]
 */
export async function failingExpressions(dialect: CheckDialect, from: KeyedRowSet['from'], expressions: readonly string[]): Promise<FailingExpression[]> {
  if (expressions.length === 0) return [];
  try {
    await dialect.probe(from, expressions);
    return [];
  } catch (error) {
    if (!isQueryError(error)) throw error;
    if (expressions.length === 1) return [{ index: 0, error }];
    const failed: FailingExpression[] = [];
    for (const [index, expression] of expressions.entries()) {
      try {
        await dialect.probe(from, [expression]);
      } catch (single) {
        if (!isQueryError(single)) throw single;
        failed.push({ index, error: single });
      }
    }
    // Each evaluates alone but not together: blame the first rather than pass silently.
    return failed.length > 0 ? failed : [{ index: 0, error }];
  }
}
