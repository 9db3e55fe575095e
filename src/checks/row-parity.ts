import { HarnessError } from '../errors/harness-error.ts';
import type { ParityRule } from '../scenario/scenario-schema.ts';
import { firstLine } from '../util/first-line.ts';
import type { Check, CheckContext } from './check.ts';
import { sqlStateOf } from './is-query-error.ts';
import { type KeyedDiffOptions, keyedDiff } from './keyed-diff.ts';
import { parityFindings, type ParityStores } from './parity-findings.ts';
import { type ParityPlan, parityRuleName, resolveParityRule } from './resolve-parity-rule.ts';
import { blaming, SideFailure } from './side-failure.ts';

export interface RowParityOptions extends KeyedDiffOptions {
  /** The rule's index in the scenario's `checks.parity`, for configuration errors. */
  index?: number;
  /** How many changed rows get their differing columns listed (default 5). */
  detailRows?: number;
}

/**
 * Rows must match by key between source and target: the same keys, and for each key the
 * same values, compared as the database's text of each value. Defaults come from the
 * source table (key = primary key, values = every column but the key and `ignore`);
 * `columns` maps renamed columns or transformed values, and a `target` query (a join)
 * covers a table the migration split.
 *
 * Cheap when equal: one summary scan per side (and a count, for two tables). Otherwise
 * the difference is narrowed down by key buckets and only mismatched buckets are
 * fetched; when the counts of two tables already differ, the first scan is by bucket.
 * See `keyedDiff`.
 *
 * Findings: `parity.table-missing`, `parity.column-missing`, `parity.missing-rows`,
 * `parity.extra-rows`, `parity.changed-rows` (with the differing columns of the first
 * rows), `parity.duplicate-keys`, and `parity.query-failed` / `parity.expression-failed`
 * (the target side of the rule is valid on the unmigrated source but fails on the
 * target). A query or expression that fails on the unmigrated source, when it is
 * resolved or later while its rows are read (a cast a value defeats), is a
 * `CONFIG_INVALID` error with the rule's `path`; see `resolveParityRule`.
 *
 * @example
 * rowParity({ table: 'dir_user', columns: { full_name: 'display_name' }, ignore: ['last_login'] });
 * rowParity({
 *   name: 'app_form (split)', key: ['id'], source: { table: 'app_form' },
 *   target: { query: 'select f.id, f.title, b.body from app_form f join app_form_body b using (id)' },
 * });
 */
export function rowParity(rule: ParityRule, options: RowParityOptions = {}): Check {
  const path = options.index === undefined ? ['checks', 'parity'] : ['checks', 'parity', options.index];
  const name = parityRuleName(rule, path);
  const id = `parity:${name}`;
  const subject = rule.table !== undefined && !rule.source && !rule.target ? `table ${JSON.stringify(rule.table)}` : JSON.stringify(name);
  return {
    id,
    kind: 'parity',
    description: `Rows of ${subject} match between source and target by key: no missing, extra, changed or duplicate rows.`,
    async run(context) {
      const { plan, findings } = await resolveParityRule(rule, context, { checkId: id, path });
      if (!plan) return findings;
      const stores: ParityStores = { source: blaming(context.source, 'source'), target: blaming(context.target, 'target') };
      try {
        const rowCounts = options.rowCounts ?? (await countsOf(plan, context));
        const diff = await keyedDiff({ store: stores.source, set: plan.source }, { store: stores.target, set: plan.target }, { ...options, rowCounts });
        // The fingerprints compared, in the record: the same data gives the same ones on any provider and version.
        context.note?.({ source: diff.source, target: diff.target });
        if (diff.equal) return findings;
        return [...findings, ...(await parityFindings(diff, plan, stores, { checkId: id, detailRows: options.detailRows }))];
      } catch (error) {
        if (!(error instanceof SideFailure)) throw error;
        // Every query and expression of the rule was probed on its side already, so a syntax
        // or name error now (class 42) is about how the rule's SQL sits inside the statements
        // that read rows, never about data the migration wrote.
        if (error.side === 'source' || sqlStateOf(error.cause)?.startsWith('42')) {
          const side = error.side === 'source' ? 'the unmigrated source' : 'the target';
          throw new HarnessError('CONFIG_INVALID', `Parity rule ${JSON.stringify(name)}: reading the rows of ${side} failed: ${firstLine(error.cause)}`, {
            path,
            hint:
              error.side === 'source'
                ? 'A source value defeats an expression or the query of the rule (a cast, a division); fix the rule so it reads every source row.'
                : 'The rule\'s expressions evaluate alone but not inside the statements that read the rows (a `-- comment` in an expression can do that); rewrite them.',
            cause: error.cause,
          });
        }
        return [
          ...findings,
          {
            check: id,
            code: 'parity.query-failed',
            severity: 'error',
            path: name,
            message: `Reading the rows of the target failed: ${firstLine(error.cause)}. The rule's target side is valid there, so a value the migration wrote defeats it; rows cannot be compared.`,
          },
        ];
      }
    },
  };
}

/**
 * Exact row counts of two tables (cheap next to hashing: no value is read or hashed),
 * which spare a hashing scan when they differ; none for a query side.
 */
async function countsOf(plan: ParityPlan, context: CheckContext): Promise<KeyedDiffOptions['rowCounts']> {
  const { from: source } = plan.source;
  const { from: target } = plan.target;
  if (!('table' in source) || !('table' in target)) return undefined;
  return { source: await context.source.count(source.table), target: await context.target.count(target.table) };
}
