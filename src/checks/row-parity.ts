import type { ParityRule } from '../scenario/scenario-schema.ts';
import type { Check } from './check.ts';
import { type KeyedDiffOptions, keyedDiff } from './keyed-diff.ts';
import { parityFindings } from './parity-findings.ts';
import { parityRuleName, resolveParityRule } from './resolve-parity-rule.ts';

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
 * Cheap when equal: one summary scan per side. Otherwise the difference is narrowed down
 * by key buckets and only mismatched buckets are fetched; see `keyedDiff`.
 *
 * Findings: `parity.table-missing`, `parity.column-missing`, `parity.missing-rows`,
 * `parity.extra-rows`, `parity.changed-rows` (with the differing columns of the first
 * rows), `parity.duplicate-keys`.
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
      const diff = await keyedDiff({ store: context.source, set: plan.source }, { store: context.target, set: plan.target }, options);
      if (diff.equal) return findings;
      return [...findings, ...(await parityFindings(diff, plan, context, { checkId: id, detailRows: options.detailRows }))];
    },
  };
}
