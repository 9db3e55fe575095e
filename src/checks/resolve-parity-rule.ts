import type { Engine, KeyedRowSet, TableInfo } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { ParityRule } from '../scenario/scenario-schema.ts';
import type { CheckContext } from './check.ts';
import { type CheckDialect, checkDialect } from './check-dialect.ts';
import { countOf } from './count-of.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { Finding } from './finding.ts';
import { firstLine } from '../util/first-line.ts';

/** A parity rule with every default filled in: two keyed row sets whose values line up. */
export interface ParityPlan {
  /** The rule's name in reports: `name`, else the table. */
  name: string;
  source: KeyedRowSet;
  target: KeyedRowSet;
  keyNames: string[];
  /** Names of the compared values, in `source.values` / `target.values` order. */
  valueNames: string[];
}

/**
 * The outcome of resolving a rule against both stores: a plan, findings the comparison
 * already revealed (a table or column the target lacks), or both. No plan means rows
 * cannot be compared (the target table or a key column is gone).
 */
export interface ResolvedParity {
  plan?: ParityPlan;
  findings: Finding[];
}

export interface ResolveParityOptions {
  /** Id of the check, for the findings. */
  checkId: string;
  /** Where the rule is in the scenario, for configuration errors: `['checks', 'parity', 0]`. */
  path: readonly (string | number)[];
}

interface Entry {
  name: string;
  source: string;
  target: string;
  /** Where the source expression comes from in the scenario. */
  sourcePath: readonly (string | number)[];
  isKey: boolean;
}

type Relation = NonNullable<ParityRule['source']>;

/**
 * Fills in a parity rule's defaults by introspecting both stores: the key defaults to the
 * source table's primary key; the values to every source column but the key and `ignore`,
 * each compared with the target column of the same name; `columns` entries replace a
 * column's expressions or add a compared value. Problems in the rule (an unknown source
 * table or column, no key) are `CONFIG_INVALID` errors pointing at the rule; a table or
 * column the *target* lacks is a finding.
 */
export async function resolveParityRule(rule: ParityRule, context: CheckContext, options: ResolveParityOptions): Promise<ResolvedParity> {
  const base = options.path;
  const name = parityRuleName(rule, base);
  const label = `Parity rule ${JSON.stringify(name)}`;
  const sourceRelation: Relation = rule.source ?? { table: rule.table };
  const targetRelation: Relation = rule.target ?? { table: rule.table };
  const sourcePath = rule.source ? [...base, 'source'] : base;
  const targetPath = rule.target ? [...base, 'target'] : base;
  const dialect = { source: checkDialect(context.source), target: checkDialect(context.target) };

  for (const [relation, path] of [[sourceRelation, sourcePath], [targetRelation, targetPath]] as const) {
    if (relation.table !== undefined && context.run.harnessTables.includes(relation.table)) {
      throw new HarnessError('CONFIG_INVALID', `${label} names ${JSON.stringify(relation.table)}, the harness's own table; it is never compared.`, {
        path: [...path, 'table'],
        hint: 'Compare the application\'s tables; the harness records its history there.',
      });
    }
  }

  // The rule is checked against the source first, so a mistake in it is reported even when the target has no such table.
  const source = await describeSource(context.source, dialect.source, sourceRelation, sourcePath, context.run.harnessTables, label);
  const entries = planEntries(rule, base, source, dialect.source, label);
  await checkSourceExpressions(entries, dialect.source, sourceRelation, source, label);
  const target = await describeTarget(context.target, dialect.target, targetRelation, targetPath, label);
  if (target === undefined) {
    const table = targetRelation.table!;
    const rows = sourceRelation.table === undefined ? undefined : await context.source.count(sourceRelation.table);
    return {
      findings: [
        {
          check: options.checkId,
          code: 'parity.table-missing',
          severity: 'error',
          path: table,
          message: `Table ${JSON.stringify(table)} is missing in the target${rows === undefined ? '' : ` (the source has ${countOf(rows, 'row')})`}.`,
          ...(rows === undefined ? {} : { expected: rows }),
        },
      ],
    };
  }

  const { kept, findings } = await checkTargetExpressions(entries, dialect.target, targetRelation, target, {
    checkId: options.checkId,
    name,
    label,
    rulePath: base,
  });
  const keys = kept.filter((e) => e.isKey);
  if (keys.length < entries.filter((e) => e.isKey).length) return { findings };
  const values = kept.filter((e) => !e.isKey);
  return {
    findings,
    plan: {
      name,
      source: { from: fromOf(sourceRelation), key: keys.map((e) => e.source), values: values.map((e) => e.source) },
      target: { from: fromOf(targetRelation), key: keys.map((e) => e.target), values: values.map((e) => e.target) },
      keyNames: keys.map((e) => e.name),
      valueNames: values.map((e) => e.name),
    },
  };
}

/** `name`, else the table (either side's), else the rule's place in the list. */
export function parityRuleName(rule: ParityRule, path: readonly (string | number)[] = []): string {
  const index = path.at(-1);
  return rule.name ?? rule.table ?? rule.target?.table ?? rule.source?.table ?? `parity #${typeof index === 'number' ? index + 1 : '?'}`;
}

interface Described {
  /** Set for a table, for its primary key. */
  table?: TableInfo;
  columns: string[];
  describe: string;
}

async function describeSource(
  engine: Engine,
  dialect: CheckDialect,
  relation: Relation,
  path: readonly (string | number)[],
  harnessTables: readonly string[],
  label: string,
): Promise<Described> {
  if (relation.table !== undefined) {
    const { tables } = await engine.introspect();
    const table = tables.find((t) => t.name === relation.table);
    if (!table) {
      const names = tables.map((t) => t.name).filter((n) => !harnessTables.includes(n));
      const guess = didYouMean(relation.table, names);
      throw new HarnessError('CONFIG_INVALID', `${label}: table ${JSON.stringify(relation.table)} is not in the source.`, {
        path: [...path, 'table'],
        hint: guess ? `Did you mean ${JSON.stringify(guess)}?` : `Source tables: ${names.join(', ') || '(none)'}.`,
      });
    }
    return { table, columns: table.columns.map((c) => c.name), describe: `source table ${JSON.stringify(table.name)}` };
  }
  try {
    return { columns: await dialect.queryColumns(relation.query!), describe: 'source query' };
  } catch (error) {
    throw new HarnessError('CONFIG_INVALID', `${label}: the source query failed: ${firstLine(error)}`, {
      path: [...path, 'query'],
      cause: error,
    });
  }
}

async function describeTarget(
  engine: Engine,
  dialect: CheckDialect,
  relation: Relation,
  path: readonly (string | number)[],
  label: string,
): Promise<Described | undefined> {
  if (relation.table !== undefined) {
    const { tables } = await engine.introspect();
    const table = tables.find((t) => t.name === relation.table);
    return table && { table, columns: table.columns.map((c) => c.name), describe: `target table ${JSON.stringify(table.name)}` };
  }
  try {
    return { columns: await dialect.queryColumns(relation.query!), describe: 'target query' };
  } catch (error) {
    throw new HarnessError('CHECK_FAILED', `${label}: the target query failed on the target: ${firstLine(error)}`, {
      path: [...path, 'query'],
      cause: error,
      hint: 'If the migration removed what the query reads, the query must follow the new schema.',
    });
  }
}

function planEntries(rule: ParityRule, base: readonly (string | number)[], source: Described, dialect: CheckDialect, label: string): Entry[] {
  const mapping = rule.columns ?? {};
  const ignore = rule.ignore ?? [];
  const keyNames = rule.key ?? source.table?.primaryKey ?? [];
  if (keyNames.length === 0) {
    const guess = source.columns.find((c) => c === 'id' || c.endsWith('_id')) ?? source.columns[0] ?? 'id';
    throw new HarnessError('CONFIG_INVALID', `${label} has no key: the ${source.describe} has no primary key.`, {
      path: [...base, 'key'],
      hint: `Declare "key", the columns that identify a row, e.g. key: [${guess}].`,
    });
  }
  ignore.forEach((column, i) => {
    if (!source.columns.includes(column)) throw unknownColumn(label, column, source, [...base, 'ignore', i]);
    if (column in mapping) {
      throw new HarnessError('CONFIG_INVALID', `${label}: column ${JSON.stringify(column)} is both mapped under "columns" and listed under "ignore".`, {
        path: [...base, 'columns', column],
        hint: 'Keep one: map it to compare it, ignore it to leave it out.',
      });
    }
  });
  const entry = (name: string, isKey: boolean, defaultPath: readonly (string | number)[]): Entry => {
    const mapped = mapping[name];
    const { source: sourceExpression, target: targetExpression } = typeof mapped === 'string' ? { source: undefined, target: mapped } : (mapped ?? {});
    return {
      name,
      isKey,
      source: sourceExpression ?? dialect.columnRef(name),
      target: targetExpression ?? dialect.columnRef(name),
      sourcePath:
        sourceExpression !== undefined ? [...base, 'columns', name, 'source'] : mapped !== undefined ? [...base, 'columns', name] : defaultPath,
    };
  };
  const keys = keyNames.map((name, i) => entry(name, true, rule.key ? [...base, 'key', i] : [...base, 'key']));
  const values = source.columns.filter((c) => !keyNames.includes(c) && !ignore.includes(c)).map((c) => entry(c, false, [...base]));
  const added = Object.keys(mapping)
    .filter((name) => !keyNames.includes(name) && !source.columns.includes(name))
    .map((name) => entry(name, false, [...base, 'columns', name]));
  return [...keys, ...values, ...added];
}

async function checkSourceExpressions(entries: Entry[], dialect: CheckDialect, relation: Relation, source: Described, label: string): Promise<void> {
  const complex: Entry[] = [];
  for (const entry of entries) {
    const column = dialect.columnOf(entry.source);
    if (column === undefined) complex.push(entry);
    else if (!source.columns.includes(column)) throw unknownColumn(label, column, source, entry.sourcePath);
  }
  const failed = await firstFailing(dialect, relation, complex.map((e) => e.source));
  if (failed) {
    const entry = complex[failed.index]!;
    throw new HarnessError('CONFIG_INVALID', `${label}: the source expression ${JSON.stringify(entry.source)} for ${JSON.stringify(entry.name)} fails on the source: ${firstLine(failed.error)}`, {
      path: entry.sourcePath,
      cause: failed.error,
    });
  }
}

async function checkTargetExpressions(
  entries: Entry[],
  dialect: CheckDialect,
  relation: Relation,
  target: Described,
  context: { checkId: string; name: string; label: string; rulePath: readonly (string | number)[] },
): Promise<{ kept: Entry[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const dropped = new Set<Entry>();
  const where = relation.table ?? context.name;
  const missing = (entry: Entry, column: string, why: string) => {
    dropped.add(entry);
    findings.push({
      check: context.checkId,
      code: 'parity.column-missing',
      severity: 'error',
      path: `${where}.${column}`,
      message: entry.isKey
        ? `${why}; rows cannot be compared by key. If the migration renamed it, map it under "columns".`
        : `${why}. If the migration renamed it, map it under "columns"; if it dropped it on purpose, list it under "ignore".`,
      expected: entry.target,
    });
  };
  let complex: Entry[] = [];
  for (const entry of entries) {
    const column = dialect.columnOf(entry.target);
    if (column === undefined) complex.push(entry);
    else if (!target.columns.includes(column)) {
      const subject = entry.isKey ? 'Key column' : 'Column';
      missing(entry, column, `${subject} ${JSON.stringify(column)} is missing in the ${target.describe}`);
    }
  }
  // Probe until every complex expression left evaluates; each round removes one culprit.
  for (let failed = await firstFailing(dialect, relation, complex.map((e) => e.target)); failed; ) {
    const entry = complex[failed.index]!;
    if (sqlStateOf(failed.error) !== UNDEFINED_COLUMN) {
      throw new HarnessError('CHECK_FAILED', `${context.label}: the target expression ${JSON.stringify(entry.target)} for ${JSON.stringify(entry.name)} fails on the target: ${firstLine(failed.error)}`, {
        path: [...context.rulePath, 'columns', entry.name],
        cause: failed.error,
      });
    }
    missing(entry, entry.name, `The target expression ${JSON.stringify(entry.target)} for ${JSON.stringify(entry.name)} reads a column the ${target.describe} lacks (${firstLine(failed.error)})`);
    complex = complex.filter((e) => e !== entry);
    failed = await firstFailing(dialect, relation, complex.map((e) => e.target));
  }
  return { kept: entries.filter((e) => !dropped.has(e)), findings };
}

/** Probes all expressions at once and, when that fails, one by one to name the culprit. */
async function firstFailing(
  dialect: CheckDialect,
  relation: Relation,
  expressions: string[],
): Promise<{ index: number; error: unknown } | undefined> {
  if (expressions.length === 0) return undefined;
  const from = fromOf(relation);
  try {
    await dialect.probe(from, expressions);
    return undefined;
  } catch (error) {
    for (const [index, expression] of expressions.entries()) {
      try {
        await dialect.probe(from, [expression]);
      } catch (single) {
        return { index, error: single };
      }
    }
    return { index: 0, error };
  }
}

function unknownColumn(label: string, column: string, source: Described, path: readonly (string | number)[]): HarnessError {
  const guess = didYouMean(column, source.columns);
  return new HarnessError('CONFIG_INVALID', `${label}: column ${JSON.stringify(column)} is not in the ${source.describe}.`, {
    path,
    hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Its columns: ${source.columns.join(', ')}. To compare a value computed differently on each side, give { source, target } expressions under "columns".`,
  });
}

function fromOf(relation: Relation): KeyedRowSet['from'] {
  return relation.table !== undefined ? { table: relation.table } : { query: relation.query! };
}

const UNDEFINED_COLUMN = '42703';

function sqlStateOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'sqlState' in error ? (error.sqlState as string | undefined) : undefined;
}
