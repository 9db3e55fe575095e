import type { KeyedRowSet } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { EquivalenceRule } from '../scenario/process-schema.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import { firstLine } from '../util/first-line.ts';
import type { Check, CheckContext } from './check.ts';
import { checkDialect } from './check-dialect.ts';
import type { Finding } from './finding.ts';
import { isQueryError } from './is-query-error.ts';
import type { KeyedDiffOptions } from './keyed-diff.ts';
import { compareStates } from './state/compare-states.ts';
import { stateFindings } from './state/state-findings.ts';
import { blaming, SideFailure } from './side-failure.ts';
import { mappedText } from './state/value-map-sql.ts';

export interface StateEquivalenceOptions extends KeyedDiffOptions {
  /** The rule's index in `checks.equivalence`, for configuration errors. */
  index?: number;
}

/**
 * States extracted on both sides must be equivalent. An extractor query turns each side's
 * data into canonical rows, one per business key (`key`), whose other columns are the
 * state; source values go through `map` first (renames between versions), and the two sets
 * are compared as keyed sets inside the databases (see `compareStates`): time proportional
 * to the rows, rows never loaded whole.
 *
 * Findings: `state.missing` and `state.extra` (keys on one side only), `state.diverged`
 * (one per column, with both values for the first keys), `state.duplicate-key`,
 * `state.column-missing` (the target extractor lacks a column), `state.query-failed` (the
 * target extractor is valid on the source but fails on the target). A source extractor
 * that fails, or a key, `map` or `ignore` naming no column of it, is a `CONFIG_INVALID`
 * error pointing at the rule.
 *
 * @example
 * stateEquivalence({
 *   name: 'open orders', key: ['order_no'],
 *   query: "select order_no, status, array_agg(sku order by sku) as items from orders join lines using (order_no) where status <> 'closed' group by 1, 2",
 *   map: { status: { pending: 'awaiting_payment' } },
 * });
 */
export function stateEquivalence(rule: EquivalenceRule, options: StateEquivalenceOptions = {}): Check {
  const id = `equivalence:${rule.name}`;
  const at = options.index === undefined ? ['checks', 'equivalence'] : ['checks', 'equivalence', options.index];
  const label = `Equivalence rule ${JSON.stringify(rule.name)}`;
  const sourceQuery = (rule.source ?? rule.query)!;
  const targetQuery = (rule.target ?? rule.query)!;
  const sourcePath = [...at, rule.source !== undefined ? 'source' : 'query'];
  const targetPath = [...at, rule.target !== undefined ? 'target' : 'query'];
  return {
    id,
    kind: 'state',
    description: `States of ${JSON.stringify(rule.name)} are equivalent on source and target by ${rule.key.map((k) => JSON.stringify(k)).join(', ')}: none missing, extra or diverged.`,
    async run(context) {
      const columns = await sourceColumns(context, sourceQuery, sourcePath, label);
      for (const [i, key] of rule.key.entries()) if (!columns.includes(key)) throw unknownColumn(label, key, columns, [...at, 'key', i]);
      for (const field of Object.keys(rule.map ?? {})) if (!columns.includes(field)) throw unknownColumn(label, field, columns, [...at, 'map', field]);
      for (const [i, field] of (rule.ignore ?? []).entries()) if (!columns.includes(field)) throw unknownColumn(label, field, columns, [...at, 'ignore', i]);
      let fields = columns.filter((c) => !rule.key.includes(c) && !(rule.ignore ?? []).includes(c));

      const base = { check: id, severity: 'error' as const, path: rule.name };
      const target = await targetColumns(context, targetQuery, targetPath, label);
      if ('failed' in target) {
        return [{ ...base, code: 'state.query-failed', message: `The target extractor is valid on the unmigrated source but fails on the target: ${firstLine(target.failed)}. States cannot be compared.` }];
      }
      const findings: Finding[] = [];
      const lacking = [...rule.key, ...fields].filter((c) => !target.columns.includes(c));
      for (const column of lacking) {
        findings.push({
          ...base,
          code: 'state.column-missing',
          path: `${rule.name}.${column}`,
          message: `The target extractor has no column ${JSON.stringify(column)}${rule.key.includes(column) ? ': states cannot be compared by key' : '; it is not compared'}.`,
        });
      }
      if (rule.key.some((k) => lacking.includes(k))) return findings;
      fields = fields.filter((f) => !lacking.includes(f));

      const dialect = checkDialect(context.source);
      const sets: { source: KeyedRowSet; target: KeyedRowSet } = {
        source: { from: { query: sourceQuery }, key: rule.key.map(dialect.columnRef), values: fields.map((f) => mappedText(dialect.columnRef(f), rule.map?.[f])) },
        target: { from: { query: targetQuery }, key: rule.key.map(dialect.columnRef), values: fields.map((f) => mappedText(dialect.columnRef(f), undefined)) },
      };
      try {
        const compared = await compareStates(
          { store: blaming(context.source, 'source'), set: sets.source },
          { store: blaming(context.target, 'target'), set: sets.target },
          { ...options, fields },
        );
        context.note?.({ source: compared.diff.source, target: compared.diff.target });
        return [...findings, ...stateFindings(compared, { checkId: id, name: rule.name, noun: 'state' })];
      } catch (error) {
        if (!(error instanceof SideFailure)) throw error;
        if (error.side === 'source') {
          throw new HarnessError('CONFIG_INVALID', `${label}: reading the states of the unmigrated source failed: ${firstLine(error.cause)}`, {
            path: sourcePath,
            hint: 'A source value defeats the extractor (a cast, a division): fix it so it reads every source row.',
            cause: error.cause,
          });
        }
        return [...findings, { ...base, code: 'state.query-failed', message: `Reading the states of the target failed: ${firstLine(error.cause)}. States cannot be compared.` }];
      }
    },
  };
}

async function sourceColumns(context: CheckContext, query: string, path: readonly (string | number)[], label: string): Promise<string[]> {
  try {
    return await checkDialect(context.source).queryColumns(query);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    throw new HarnessError('CONFIG_INVALID', `${label}: the source extractor failed: ${firstLine(error)}`, {
      path,
      hint: 'Fix the query: it must run on the unmigrated source, so the mistake is in the query, not in the migration.',
      cause: error,
    });
  }
}

async function targetColumns(context: CheckContext, query: string, path: readonly (string | number)[], label: string): Promise<{ columns: string[] } | { failed: unknown }> {
  try {
    return { columns: await checkDialect(context.target).queryColumns(query) };
  } catch (error) {
    if (!isQueryError(error)) throw error;
    try {
      await checkDialect(context.source).queryColumns(query);
    } catch (sourceError) {
      if (!isQueryError(sourceError)) throw sourceError;
      throw new HarnessError('CONFIG_INVALID', `${label}: the target extractor fails on the unmigrated source as well as on the target: ${firstLine(sourceError)}`, {
        path,
        hint: `On the target: ${firstLine(error)}. A query that fails before the migration has a mistake of its own.`,
        cause: sourceError,
      });
    }
    return { failed: error };
  }
}

function unknownColumn(label: string, column: string, columns: readonly string[], path: readonly (string | number)[]): HarnessError {
  const guess = didYouMean(column, columns);
  return new HarnessError('CONFIG_INVALID', `${label}: ${JSON.stringify(column)} is not a column of the source extractor.`, {
    path,
    hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Its columns: ${columns.join(', ')}.`,
  });
}
