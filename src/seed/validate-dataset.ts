import type { ColumnInfo, SchemaSnapshot, TableInfo } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { CompiledColumn, CompiledDataset, CompiledTable } from './compiled-dataset.ts';
import { COPY_NULL, unescapeField } from './copy-text.ts';
import { characterLength } from './edge-cases.ts';
import { didYouMean } from '../util/did-you-mean.ts';

const LENGTH_LIMITED = /^(?:character varying|character|varchar|char|bpchar)\((\d+)\)$/;

/**
 * Checks a dataset against the schema it will load into, before loading anything: tables and
 * columns exist, NOT NULL columns without a default get a generator and no NULLs, and values
 * fit length-limited columns. Returns the dataset fitted to the schema: text edge cases of a
 * `varchar(n)` column stay within n characters, the longest being exactly n.
 *
 * @throws HarnessError CONFIG_INVALID with the field `path` and a did-you-mean hint.
 */
export function validateDataset(dataset: CompiledDataset, schema: SchemaSnapshot): CompiledDataset {
  const byName = new Map(schema.tables.map((t) => [t.name, t]));
  const tables: CompiledTable[] = [];
  for (const table of dataset.tables) {
    const info = byName.get(table.name) ?? byName.get(table.name.replace(/^public\./, ''));
    if (!info) {
      const suggestion = didYouMean(table.name, byName.keys());
      throw new HarnessError('CONFIG_INVALID', `data.tables names ${JSON.stringify(table.name)}, but the source schema has no such table.`, {
        path: ['data', 'tables', table.name],
        hint: suggestion
          ? `Did you mean ${JSON.stringify(suggestion)}?`
          : `Create it in a source.schema file, or remove it from data.tables. Tables: ${[...byName.keys()].slice(0, 10).join(', ') || 'none'}.`,
      });
    }
    validateTable(dataset, table, info);
    tables.push(fitTable(table, info));
  }
  return { ...dataset, tables };
}

function fitTable(table: CompiledTable, info: TableInfo): CompiledTable {
  const limits = new Map(info.columns.map((c) => [c.name, lengthLimit(c)]));
  return {
    ...table,
    columns: table.columns.map((column) => {
      const maxLength = limits.get(column.name);
      return maxLength === undefined || (column.generator.edgeCases ?? 0) === 0 ? column : { ...column, maxLength };
    }),
  };
}

function lengthLimit(column: ColumnInfo): number | undefined {
  const limit = LENGTH_LIMITED.exec(column.type);
  return limit ? Number(limit[1]) : undefined;
}

function validateTable(dataset: CompiledDataset, table: CompiledTable, info: TableInfo): void {
  const columns = new Map(info.columns.map((c) => [c.name, c]));
  const label = (column: string) => `${JSON.stringify(table.name)}.${JSON.stringify(column)}`;
  for (const column of table.columns) {
    const path = ['data', 'tables', table.name, 'columns', column.name];
    const found = columns.get(column.name);
    if (!found) {
      const suggestion = didYouMean(column.name, columns.keys());
      throw new HarnessError('CONFIG_INVALID', `data.tables.${JSON.stringify(table.name)} has a generator for ${label(column.name)}, but the table has no such column.`, {
        path,
        hint: suggestion ? `Did you mean ${JSON.stringify(suggestion)}?` : `Columns: ${[...columns.keys()].join(', ')}.`,
      });
    }
    if (!found.nullable && (column.generator.nullRatio ?? 0) > 0) {
      throw new HarnessError('CONFIG_INVALID', `${label(column.name)} is NOT NULL, but its generator has nullRatio ${column.generator.nullRatio}.`, {
        path: [...path, 'nullRatio'],
        hint: 'Remove nullRatio, or make the column nullable in the schema.',
      });
    }
    checkLength(dataset, table, column, found, label(column.name), path);
  }
  if (table.rows === 0) return;
  const generated = new Set(table.columns.map((c) => c.name));
  for (const column of info.columns) {
    if (!column.nullable && !fillsItself(column) && !generated.has(column.name)) {
      throw new HarnessError(
        'CONFIG_INVALID',
        `${label(column.name)} is NOT NULL and has no default, but data.tables.${JSON.stringify(table.name)}.columns has no generator for it.`,
        {
          path: ['data', 'tables', table.name, 'columns'],
          hint: `Add a generator for ${JSON.stringify(column.name)} (type ${column.type}), e.g. ${exampleGenerator(column)}.`,
        },
      );
    }
  }
}

function checkLength(
  dataset: CompiledDataset,
  table: CompiledTable,
  column: CompiledColumn,
  info: ColumnInfo,
  label: string,
  path: readonly string[],
): void {
  const allowed = lengthLimit(info);
  if (allowed === undefined) return;
  const longestValue = maxValueLength(dataset, table, column);
  if (longestValue !== undefined && longestValue > allowed) {
    throw new HarnessError('CONFIG_INVALID', `${label} is ${info.type}, but its generator makes values up to ${longestValue} characters.`, {
      path,
      hint: column.kind === 'text' ? `Set text max to at most ${allowed}.` : `Pick a generator whose values fit ${allowed} characters, such as text { min: 1, max: ${allowed} }, or widen the column.`,
    });
  }
}

/** The longest value (in characters) a column's generator makes, without edge cases; undefined when not known cheaply. */
function maxValueLength(dataset: CompiledDataset, table: CompiledTable, column: CompiledColumn): number | undefined {
  const g = column.generator;
  if (g.text !== undefined) return g.text.max;
  if (g.uuid !== undefined) return 36;
  if (g.value !== undefined) return characterLength(String(g.value));
  if (g.choice !== undefined) return Math.max(...(Array.isArray(g.choice) ? g.choice : g.choice.values).map((v) => characterLength(String(v))));
  if (column.pool !== undefined) return Math.max(0, ...column.pool.map((v) => (v === COPY_NULL ? 0 : characterLength(unescapeField(v)))));
  if (g.template !== undefined) {
    const digits = String(Math.max(table.rows, 1)).length;
    return characterLength(g.template.replace(/\{n(?::(\d+))?\}/g, (_, width?: string) => '0'.repeat(Math.max(digits, Number(width ?? 0)))));
  }
  if (g.ref !== undefined && column.ref) {
    const parent = dataset.tables.find((t) => t.name === column.ref!.table);
    const parentColumn = parent?.columns.find((c) => c.name === column.ref!.column);
    return parent && parentColumn ? maxValueLength(dataset, parent, parentColumn) : undefined;
  }
  return undefined;
}

/**
 * A default fills the column; so does an identity (`generated … as identity`), which the
 * introspector does not report yet: `identity` is read here as soon as it does.
 */
function fillsItself(column: ColumnInfo): boolean {
  return column.default !== null || Boolean((column as ColumnInfo & { identity?: unknown }).identity);
}

function exampleGenerator(column: ColumnInfo): string {
  const type = column.type;
  if (/^(integer|bigint|smallint)$/.test(type)) return '{ sequence: true } or { int: { min: 1, max: 100 } }';
  if (/^(numeric|double|real)/.test(type)) return '{ decimal: { min: 0, max: 1000 } }';
  if (type === 'uuid') return '{ uuid: true }';
  if (type === 'boolean') return '{ bool: true }';
  if (type === 'date') return "{ date: { from: '2020-01-01', to: '2024-12-31' } }";
  if (type.startsWith('timestamp')) return "{ timestamp: { from: '2020-01-01T00:00:00Z', to: '2024-12-31T23:59:59Z' } }";
  return "{ faker: 'lorem.word' } or { value: '…' }";
}
