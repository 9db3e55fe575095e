import { createHash } from 'node:crypto';
import { HarnessError } from '../errors/harness-error.ts';
import { type ColumnGenerator, type DataSpec, GENERATOR_KEYS, type GeneratorKey, dataSchema } from '../scenario/scenario-schema.ts';
import { decimalUnits, timestampSeconds } from './column-generator.ts';
import { type CompiledColumn, type CompiledDataset, type CompiledTable, isUniqueGenerator } from './compiled-dataset.ts';
import { isCalendarDate, parseDateDays } from './date-text.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import { fakerPool } from './faker-pool.ts';
import { SEED_FORMAT_VERSION } from './seed-format-version.ts';
import { columnKey } from './seed-hash.ts';
import { type TableReference, tableLoadOrder } from './table-order.ts';

/** Kinds that have edge cases; `edgeCases` on any other is a config error rather than silently nothing. */
const EDGE_CASE_KINDS: ReadonlySet<GeneratorKey> = new Set(['text', 'faker', 'int', 'decimal', 'date', 'timestamp']);
/** Longest `text` value; PostgreSQL takes up to 1 GB, but a seed this wide is a typo. */
const MAX_TEXT_LENGTH = 10_000_000;
const MIN_SECONDS = -62_135_596_800; // 0001-01-01
const MAX_SECONDS = 253_402_300_799; // 9999-12-31 23:59:59

/**
 * Checks a data spec and resolves it into a dataset ready to generate: row counts scaled,
 * references resolved and ordered, faker pools drawn. Pure and database-free, so a bad spec
 * fails before any environment starts.
 *
 * @throws HarnessError CONFIG_INVALID with the field `path`, for an unknown faker method, a
 * reference to an unknown or non-unique column, a reference cycle, an empty range.
 *
 * @example
 * const dataset = compileDataset({ seed: 1, scale: 1, tables: { dir_user: { rows: 100, columns: { id: { sequence: true } } } } });
 */
export function compileDataset(data: DataSpec): CompiledDataset {
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    throw new HarnessError('CONFIG_INVALID', `Invalid data spec at ${['data', ...issue.path].join('.')}: ${issue.message}${more}`, {
      path: ['data', ...(issue.path as (string | number)[])],
    });
  }
  const spec = parsed.data;
  const names = Object.keys(spec.tables);
  const rowsOf = new Map(names.map((name) => [name, Math.round(spec.tables[name]!.rows * spec.scale)]));
  const references: TableReference[] = [];
  const compiled = new Map<string, CompiledTable>();

  for (const name of names) {
    const table = spec.tables[name]!;
    const rows = rowsOf.get(name)!;
    if (rows > 0 && Object.keys(table.columns).length === 0) {
      throw new HarnessError('CONFIG_INVALID', `data.tables.${JSON.stringify(name)} asks for ${rows} rows but has no column generators.`, {
        path: ['data', 'tables', name, 'columns'],
        hint: 'Give at least one column a generator; unlisted columns get their default.',
      });
    }
    const columns = Object.entries(table.columns).map(([column, generator]): CompiledColumn => {
      const path = ['data', 'tables', name, 'columns', column];
      const label = `${JSON.stringify(name)}.${JSON.stringify(column)}`;
      const kind = GENERATOR_KEYS.find((key) => generator[key] !== undefined);
      if (kind === undefined) {
        throw new HarnessError('CONFIG_INVALID', `No generator for ${label}.`, { path, hint: `Give one of ${GENERATOR_KEYS.join(', ')}.` });
      }
      const key = columnKey(spec.seed, name, column);
      checkGenerator(generator, kind, label, path);
      if (kind === 'ref') {
        const ref = resolveRef(spec, name, generator, rowsOf, label, path);
        references.push({ from: name, column, to: ref.table });
        return { name: column, key, kind, generator, ref };
      }
      if (kind === 'faker') {
        const pool = fakerPool(generator.faker!, key, { label, path });
        // The pool holds what the arguments made; dropping them keeps the dataset plain data for
        // worker threads even when a TypeScript scenario passes a function.
        const fn = typeof generator.faker === 'string' ? generator.faker : generator.faker!.fn;
        return { name: column, key, kind, generator: { ...generator, faker: { fn, pool: pool.length } }, pool };
      }
      return { name: column, key, kind, generator };
    });
    compiled.set(name, { name, rows, columns });
  }

  const tables = tableLoadOrder(names, references).map((name) => compiled.get(name)!);
  const cacheKey = createHash('sha256')
    .update(JSON.stringify({ format: SEED_FORMAT_VERSION, seed: spec.seed, tables }))
    .digest('hex')
    .slice(0, 32);
  return { seed: spec.seed, scale: spec.scale, tables, cacheKey };
}

function checkGenerator(g: ColumnGenerator, kind: GeneratorKey, label: string, path: readonly string[]): void {
  const fail = (where: string[], message: string, hint?: string): never => {
    throw new HarnessError('CONFIG_INVALID', message, { path: [...path, ...where], hint });
  };
  if ((g.edgeCases ?? 0) > 0 && !EDGE_CASE_KINDS.has(kind)) {
    fail(
      ['edgeCases'],
      `edgeCases has no effect on ${label}: it is generated by ${kind}.`,
      `Edge cases exist for ${[...EDGE_CASE_KINDS].join(', ')}; remove edgeCases here${isUniqueGenerator(g) ? ' (they would break uniqueness)' : ''}.`,
    );
  }
  if (g.decimal !== undefined) {
    const { low, high } = decimalUnits(g.decimal);
    if (low > high) fail(
        ['decimal'],
        `No decimal with ${g.decimal.scale} digits after the point lies between ${g.decimal.min} and ${g.decimal.max} for ${label}.`,
        'Widen the range or raise scale.',
      );
    if (Math.max(Math.abs(low), Math.abs(high)) > Number.MAX_SAFE_INTEGER) {
      fail(['decimal'], `The decimal range of ${label} is too wide for ${g.decimal.scale} digits after the point (over 2^53 steps).`, 'Lower scale or narrow the range.');
    }
  }
  if (g.date !== undefined) {
    for (const end of ['from', 'to'] as const) {
      if (!isCalendarDate(g.date[end])) {
        fail(['date', end], `${JSON.stringify(g.date[end])} is not a calendar date between 0001-01-01 and 9999-12-31 (${label}).`, 'Check the day of the month.');
      }
    }
    if (parseDateDays(g.date.from) > parseDateDays(g.date.to)) fail(['date', 'from'], `The date range of ${label} is empty: from is after to.`);
  }
  if (g.timestamp !== undefined) {
    const { from, to } = timestampSeconds(g.timestamp);
    for (const [end, seconds] of [['from', from], ['to', to]] as const) {
      if (!Number.isFinite(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
        fail(
          ['timestamp', end],
          `${JSON.stringify(g.timestamp[end])} is not an ISO timestamp between 0001-01-01 and 9999-12-31 (${label}).`,
          'Write it like "2024-01-31T12:00:00Z"; without a zone it is read as UTC.',
        );
      }
    }
    if (from > to) fail(['timestamp', 'from'], `The timestamp range of ${label} holds no whole second: from is after to.`);
  }
  if (g.choice !== undefined && !Array.isArray(g.choice) && g.choice.weights && !g.choice.weights.some((w) => w > 0)) {
    fail(['choice', 'weights'], `Every weight of ${label} is 0, so no value can be chosen.`, 'Give at least one value a positive weight.');
  }
  if (g.text !== undefined && g.text.max > MAX_TEXT_LENGTH) {
    fail(['text', 'max'], `text max ${g.text.max} for ${label} is above ${MAX_TEXT_LENGTH} characters.`);
  }
}

function resolveRef(
  spec: DataSpec,
  table: string,
  generator: ColumnGenerator,
  rowsOf: ReadonlyMap<string, number>,
  label: string,
  path: readonly string[],
): NonNullable<CompiledColumn['ref']> {
  const ref = generator.ref!;
  const refPath = [...path, 'ref'];
  const [refTable, refColumn, skew] =
    typeof ref === 'string' ? [ref.slice(0, ref.lastIndexOf('.')), ref.slice(ref.lastIndexOf('.') + 1), 0] : [ref.table, ref.column, ref.skew ?? 0];
  const target = `${JSON.stringify(refTable)}.${JSON.stringify(refColumn)}`;
  const fail = (message: string, hint: string): never => {
    throw new HarnessError('CONFIG_INVALID', message, { path: refPath, hint });
  };
  const parent = spec.tables[refTable];
  if (!parent) {
    const suggestion = didYouMean(refTable, Object.keys(spec.tables));
    return fail(
      `${label} refers to ${target}, but ${JSON.stringify(refTable)} is not a table in data.tables.`,
      suggestion
        ? `Did you mean ${JSON.stringify(suggestion)}?`
        : `Add ${JSON.stringify(refTable)} to data.tables with a generator for ${JSON.stringify(refColumn)}: references are computed from the referenced table's generators.`,
    );
  }
  const parentGenerator = parent.columns[refColumn];
  if (!parentGenerator) {
    const suggestion = didYouMean(refColumn, Object.keys(parent.columns));
    return fail(
      `${label} refers to ${target}, but data.tables.${JSON.stringify(refTable)} has no generator for ${JSON.stringify(refColumn)}.`,
      suggestion ? `Did you mean ${JSON.stringify(`${refTable}.${suggestion}`)}?` : `Add a unique generator for ${JSON.stringify(refColumn)} (sequence, uuid, or a template with {n}).`,
    );
  }
  if (!isUniqueGenerator(parentGenerator)) {
    const kind = GENERATOR_KEYS.find((key) => parentGenerator[key] !== undefined) ?? 'nothing';
    fail(
      `${label} refers to ${target}, which is generated by ${kind}; a reference needs a unique column.`,
      `Generate ${target} with sequence, uuid, or a template containing {n}.`,
    );
  }
  if ((parentGenerator.nullRatio ?? 0) > 0) {
    fail(`${label} refers to ${target}, which has nullRatio ${parentGenerator.nullRatio}; a referenced column cannot be NULL.`, `Remove nullRatio from ${target}; put it on ${label} for optional references.`);
  }
  const parentRows = rowsOf.get(refTable)!;
  if (parentRows === 0 && refTable !== table && (rowsOf.get(table) ?? 0) > 0 && (generator.nullRatio ?? 0) < 1) {
    fail(
      `${label} refers to ${target}, but ${JSON.stringify(refTable)} has 0 rows at scale ${spec.scale}, so there is nothing to refer to.`,
      `Give ${JSON.stringify(refTable)} rows, or set nullRatio: 1 on ${label}.`,
    );
  }
  return { table: refTable, column: refColumn, skew };
}
