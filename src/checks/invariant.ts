import type { Engine, QueryTextResult } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { Invariant } from '../scenario/scenario-schema.ts';
import type { Check } from './check.ts';
import { firstLine } from '../util/first-line.ts';
import { countOf } from './count-of.ts';
import type { Finding, FindingDetail } from './finding.ts';
import { isQueryError } from './is-query-error.ts';
import { multisetDifference, type OneSided } from './multiset-difference.ts';

type Cell = string | null;
type Expected = NonNullable<Invariant['equals']>;

export interface InvariantOptions {
  /** The invariant's index in the scenario's `checks.invariants`, for configuration errors. */
  index?: number;
}

/** At most this many rows are quoted in a finding (in `expected`/`actual` and in `details`). */
const MAX_ROWS = 20;

/**
 * A query whose result must not change across the migration: run on both sides (`query`,
 * or `source` and `target` queries), or on the target only and compared with `equals`
 * (a scalar means one row of one column).
 *
 * Results are compared as multisets of rows: order is ignored, because SQL gives none
 * without `ORDER BY` and two server versions may pick different plans; to check an order,
 * put it in the values (`row_number() over (order by …)`). Both sides compare the exact
 * text of each value; against `equals`, values that are numbers compare by value (YAML's
 * `1.5` equals PostgreSQL's `1.50`).
 *
 * Findings: `invariant.diverged` (source and target differ), `invariant.unexpected` (the
 * target differs from `equals`), `invariant.query-failed` (the query works on the source
 * but fails on the migrated target). A query that fails on the unmigrated source, in
 * either mode, is a mistake in the scenario: a `CONFIG_INVALID` error whose `path` names
 * the query (`['checks', 'invariants', 2, 'target']`). The target's query is tried on the
 * source only once it has failed on the target, so an `equals` query that reads what only
 * the migration creates is not refused.
 *
 * @example
 * invariant({ name: 'open orders', query: "select count(*) from orders where status = 'open'" });
 * invariant({ name: 'no orphan uploads', query: 'select count(*) from app_formuploads u left join app_form f on f.id = u.form_id where f.id is null', equals: 0 });
 */
export function invariant(inv: Invariant, options: InvariantOptions = {}): Check {
  const id = `invariant:${inv.name}`;
  const path = options.index === undefined ? ['checks', 'invariants'] : ['checks', 'invariants', options.index];
  const label = `Invariant ${JSON.stringify(inv.name)}`;
  const base = { check: id, severity: 'error' as const, path: inv.name };
  const sourceQuery = inv.source ?? inv.query;
  const targetQuery = inv.target ?? inv.query!;
  const sourcePath = [...path, inv.source !== undefined ? 'source' : 'query'];
  const targetPath = [...path, inv.target !== undefined ? 'target' : 'query'];
  return {
    id,
    kind: 'invariant',
    description:
      inv.equals !== undefined
        ? `${label} gives ${JSON.stringify(inv.equals)} on the target.`
        : `${label} gives the same rows on source and target.`,
    async run({ source, target }) {
      let before: QueryTextResult | undefined;
      if (inv.equals === undefined) {
        try {
          before = await source.queryText(sourceQuery!);
        } catch (error) {
          if (!isQueryError(error)) throw error;
          throw new HarnessError('CONFIG_INVALID', `${label}: the query failed on the source: ${firstLine(error)}`, {
            path: sourcePath,
            hint: 'Fix the query: it must run on the unmigrated source, so the mistake is in the query, not in the migration.',
            cause: error,
          });
        }
      }
      let after: QueryTextResult;
      try {
        after = await target.queryText(targetQuery);
      } catch (error) {
        if (!isQueryError(error)) throw error;
        // Whether the migration broke the query or the query was never right is told by the
        // unmigrated source. It is asked only now, after the target refused: a query that
        // reads what only the migration creates (an "equals" check of a new table) fails
        // on the source and is still right.
        if (before === undefined || targetQuery !== sourceQuery) await refuseIfItFailsOnTheSource(source, targetQuery, error);
        return [{ ...base, code: 'invariant.query-failed', message: `${label} runs on the source but fails on the target: ${firstLine(error)}` }];
      }
      const finding = before === undefined ? compareWithExpected(after, inv.equals!, label) : compareSides(before, after, label);
      return finding ? [{ ...base, code: inv.equals === undefined ? 'invariant.diverged' : 'invariant.unexpected', ...finding }] : [];
    },
  };

  async function refuseIfItFailsOnTheSource(source: Engine, query: string, targetError: unknown): Promise<void> {
    try {
      await source.queryText(query);
    } catch (error) {
      if (!isQueryError(error)) throw error;
      throw new HarnessError('CONFIG_INVALID', `${label}: the query fails on the unmigrated source as well as on the target: ${firstLine(error)}`, {
        path: targetPath,
        hint:
          `On the target: ${firstLine(targetError)}. A query that fails before the migration has a mistake of its own: fix it ` +
          '(or, if it reads something the migration should have created, the migration did not create it).',
        cause: error,
      });
    }
  }
}

type Outcome = Pick<Finding, 'message' | 'expected' | 'actual' | 'details'>;

function compareSides(before: QueryTextResult, after: QueryTextResult, label: string): Outcome | undefined {
  if (before.columns.length !== after.columns.length) {
    return {
      message: `${label} returns ${countOf(before.columns.length, 'column')} on the source but ${after.columns.length} on the target.`,
      expected: before.columns,
      actual: after.columns,
    };
  }
  if (isScalar(before) && isScalar(after)) {
    const [expected, actual] = [before.rows[0]![0]!, after.rows[0]![0]!];
    return expected === actual ? undefined : { message: `${label} is ${show(actual)} on the target, ${show(expected)} on the source.`, expected, actual };
  }
  const { onlyLeft, onlyRight } = multisetDifference(before.rows, after.rows, (row) => row, undefined, MAX_ROWS);
  if (onlyLeft.count === 0 && onlyRight.count === 0) return undefined;
  return {
    message:
      `${label} differs: ${countOf(onlyLeft.count, 'row')} only in the source, ${onlyRight.count} only in the target ` +
      `(${countOf(before.rows.length, 'source row')}, ${countOf(after.rows.length, 'target row')}).`,
    expected: before.rows.slice(0, MAX_ROWS),
    actual: after.rows.slice(0, MAX_ROWS),
    details: differenceDetails(onlyLeft, onlyRight, 'only in the source', 'only in the target'),
  };
}

function compareWithExpected(result: QueryTextResult, equals: Expected, label: string): Outcome | undefined {
  if (!Array.isArray(equals)) {
    if (!isScalar(result)) {
      return {
        message: `${label} returned ${countOf(result.rows.length, 'row')} of ${countOf(result.columns.length, 'column')} on the target, expected a single value ${show(equals)}.`,
        expected: equals,
        actual: result.rows.slice(0, MAX_ROWS),
      };
    }
    const actual = result.rows[0]![0]!;
    return canonical(actual) === canonical(expectedCell(equals))
      ? undefined
      : { message: `${label} is ${show(actual)} on the target, expected ${show(equals)}.`, expected: equals, actual };
  }
  const { onlyLeft, onlyRight } = multisetDifference(
    equals,
    result.rows,
    (row) => row.map((cell) => canonical(expectedCell(cell))),
    (row) => row.map(canonical),
    MAX_ROWS,
  );
  if (onlyLeft.count === 0 && onlyRight.count === 0) return undefined;
  return {
    message:
      `${label} returned ${countOf(result.rows.length, 'row')} on the target, not the ${equals.length} expected: ` +
      `${onlyLeft.count} expected ${onlyLeft.count === 1 ? 'row is' : 'rows are'} missing, ${countOf(onlyRight.count, 'row')} unexpected.`,
    expected: equals,
    actual: result.rows.slice(0, MAX_ROWS),
    details: differenceDetails(onlyLeft, onlyRight, 'expected, missing on the target', 'unexpected on the target'),
  };
}

function isScalar(result: QueryTextResult): boolean {
  return result.columns.length === 1 && result.rows.length === 1;
}

function differenceDetails(onlyLeft: OneSided<unknown>, onlyRight: OneSided<unknown>, leftNote: string, rightNote: string): FindingDetail[] {
  return [...onlyLeft.rows.map((row) => ({ note: leftNote, expected: row })), ...onlyRight.rows.map((row) => ({ note: rightNote, actual: row }))];
}

function expectedCell(value: string | number | boolean | null): Cell {
  return value === null ? null : String(value);
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Numbers by value (`1.50` → `1.5`, `007` → `7`, `-0` → `0`), keeping every digit; other text as it is. */
function canonical(cell: Cell): Cell {
  if (cell === null) return null;
  const match = DECIMAL.exec(cell);
  if (!match || (match[2] === '' && !match[3])) {
    return /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(cell) ? String(Number(cell)) : cell;
  }
  const integer = match[2]!.replace(/^0+/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const digits = fraction ? `${integer}.${fraction}` : integer;
  return match[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
