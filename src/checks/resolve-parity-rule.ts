import type { Engine, KeyedRowSet, TableInfo } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { ParityRule } from '../scenario/scenario-schema.ts';
import type { CheckContext } from './check.ts';
import { type CheckDialect, checkDialect } from './check-dialect.ts';
import { countOf } from './count-of.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { Finding } from './finding.ts';
import { firstLine } from '../util/first-line.ts';
import { failingExpressions } from './failing-expressions.ts';
import { isQueryError, sqlStateOf } from './is-query-error.ts';

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
  /** Where the target expression comes from in the scenario. */
  targetPath: readonly (string | number)[];
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
 *
 * A query or expression of the rule that fails on the unmigrated source is a mistake in
 * the rule (`CONFIG_INVALID`, `path` at it); one that works on the source but fails on the
 * target is what the migration broke: `parity.query-failed` (the target query) or
 * `parity.expression-failed` (a target expression), or `parity.column-missing` when what
 * it lacks is a column. A target query or expression is tried on the source only once it
 * has failed on the target, so one that reads what only the migration creates is fine.
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
  const target = await describeTarget(context.target, dialect.target, targetRelation, targetPath, label, dialect.source);
  if ('failed' in target) {
    return {
      findings: [
        {
          check: options.checkId,
          code: 'parity.query-failed',
          severity: 'error',
          path: name,
          message: `The target query is valid on the unmigrated source but fails on the target: ${firstLine(target.failed)}. Rows cannot be compared.`,
        },
      ],
    };
  }
  if ('missing' in target) {
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

  const { kept, findings } = await checkTargetExpressions(entries, {
    checkId: options.checkId,
    name,
    label,
    target: { dialect: dialect.target, relation: targetRelation, described: target },
    source: { dialect: dialect.source, relation: sourceRelation, described: source },
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
    if (!isQueryError(error)) throw error;
    throw new HarnessError('CONFIG_INVALID', `${label}: the source query failed: ${firstLine(error)}`, {
      path: [...path, 'query'],
      hint: 'Fix the query: it must run on the unmigrated source, so the mistake is in the query, not in the migration.',
      cause: error,
    });
  }
}

/**
 * The target side, a table it lacks (`missing`), or the error of a target query that is
 * valid on the source (`failed`); a target query invalid on the source too is refused.
 */
async function describeTarget(
  engine: Engine,
  dialect: CheckDialect,
  relation: Relation,
  path: readonly (string | number)[],
  label: string,
  sourceDialect: CheckDialect,
): Promise<Described | { missing: true } | { failed: unknown }> {
  if (relation.table !== undefined) {
    const { tables } = await engine.introspect();
    const table = tables.find((t) => t.name === relation.table);
    return table ? { table, columns: table.columns.map((c) => c.name), describe: `target table ${JSON.stringify(table.name)}` } : { missing: true };
  }
  try {
    return { columns: await dialect.queryColumns(relation.query!), describe: 'target query' };
  } catch (error) {
    if (!isQueryError(error)) throw error;
    try {
      await sourceDialect.queryColumns(relation.query!);
    } catch (sourceError) {
      if (!isQueryError(sourceError)) throw sourceError;
      throw new HarnessError('CONFIG_INVALID', `${label}: the target query fails on the unmigrated source as well as on the target: ${firstLine(sourceError)}`, {
        path: [...path, 'query'],
        hint:
          `On the target: ${firstLine(error)}. A query that fails before the migration has a mistake of its own: fix it ` +
          '(or, if it reads something the migration should have created, the migration did not create it).',
        cause: sourceError,
      });
    }
    return { failed: error };
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
      targetPath:
        typeof mapped === 'object' && targetExpression !== undefined ? [...base, 'columns', name, 'target'] : mapped !== undefined ? [...base, 'columns', name] : defaultPath,
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
  const [failed] = await failingExpressions(dialect, fromOf(relation), complex.map((e) => e.source));
  if (failed) {
    const entry = complex[failed.index]!;
    throw new HarnessError('CONFIG_INVALID', `${label}: the source expression ${JSON.stringify(entry.source)} for ${JSON.stringify(entry.name)} fails on the source: ${firstLine(failed.error)}`, {
      path: entry.sourcePath,
      hint: 'Fix the expression: it must evaluate on the unmigrated source, over the columns of the source side.',
      cause: failed.error,
    });
  }
}

/** One side of the rule as resolved so far. */
interface Side {
  dialect: CheckDialect;
  relation: Relation;
  described: Described;
}

/** A target expression that does not evaluate on the target: a column it lacks, or the database's error. */
interface TargetFailure {
  entry: Entry;
  /** The column a plain column reference names. */
  column?: string;
  error?: unknown;
}

/**
 * Keeps the entries whose target expression evaluates on the target. One that fails there
 * is tried on the unmigrated source: failing there too, it is a mistake in the rule
 * (thrown); evaluating there, the migration broke it (a finding, and the value is left
 * out; a key left out means rows cannot be compared).
 */
async function checkTargetExpressions(
  entries: Entry[],
  context: { checkId: string; name: string; label: string; target: Side; source: Side },
): Promise<{ kept: Entry[]; findings: Finding[] }> {
  const { target, source, label } = context;
  const failures: TargetFailure[] = [];
  const complex: Entry[] = [];
  for (const entry of entries) {
    const column = target.dialect.columnOf(entry.target);
    if (column === undefined) complex.push(entry);
    else if (!target.described.columns.includes(column)) failures.push({ entry, column });
  }
  for (const { index, error } of await failingExpressions(target.dialect, fromOf(target.relation), complex.map((e) => e.target))) {
    failures.push({ entry: complex[index]!, error });
  }
  failures.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));

  for (const failure of failures) await refuseIfItFailsOnTheSource(failure, source, target.described, label);

  const where = target.relation.table ?? context.name;
  const findings = failures.map(({ entry, column, error }): Finding => {
    const expression = JSON.stringify(entry.target);
    const base = { check: context.checkId, severity: 'error' as const, path: `${where}.${column ?? entry.name}`, expected: entry.target };
    if (column === undefined && sqlStateOf(error) !== UNDEFINED_COLUMN) {
      return {
        ...base,
        code: 'parity.expression-failed',
        message:
          `The target expression ${expression} for ${JSON.stringify(entry.name)} is valid on the unmigrated source but fails on the ${target.described.describe}: ` +
          `${firstLine(error)}; ${entry.isKey ? 'rows cannot be compared by key' : 'its values are not compared'}.`,
      };
    }
    const why =
      column !== undefined
        ? `${entry.isKey ? 'Key column' : 'Column'} ${JSON.stringify(column)} is missing in the ${target.described.describe}`
        : `The target expression ${expression} for ${JSON.stringify(entry.name)} reads a column the ${target.described.describe} lacks (${firstLine(error)})`;
    return {
      ...base,
      code: 'parity.column-missing',
      message: entry.isKey
        ? `${why}; rows cannot be compared by key. If the migration renamed it, map it under "columns".`
        : `${why}. If the migration renamed it, map it under "columns"; if it dropped it on purpose, list it under "ignore".`,
    };
  });
  const dropped = new Set(failures.map((f) => f.entry));
  return { kept: entries.filter((e) => !dropped.has(e)), findings };
}

async function refuseIfItFailsOnTheSource(failure: TargetFailure, source: Side, target: Described, label: string): Promise<void> {
  const { entry, column } = failure;
  const subject = `${label}: the target expression ${JSON.stringify(entry.target)} for ${JSON.stringify(entry.name)}`;
  const orTheMigration = 'If the migration should have created it, it did not; otherwise fix the expression.';
  if (column !== undefined) {
    if (source.described.columns.includes(column)) return;
    const guess = didYouMean(column, target.columns);
    throw new HarnessError('CONFIG_INVALID', `${subject} names column ${JSON.stringify(column)}, which is neither in the ${target.describe} nor in the ${source.described.describe}.`, {
      path: entry.targetPath,
      hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}The ${target.describe} has: ${target.columns.join(', ') || '(no columns)'}. ${orTheMigration}`,
    });
  }
  const [failed] = await failingExpressions(source.dialect, fromOf(source.relation), [entry.target]);
  if (!failed) return;
  throw new HarnessError('CONFIG_INVALID', `${subject} fails on the unmigrated source as well as on the target: ${firstLine(failed.error)}`, {
    path: entry.targetPath,
    hint: `On the target: ${firstLine(failure.error)}. ${orTheMigration}`,
    cause: failed.error,
  });
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
