import { HarnessError } from '../../errors/harness-error.ts';

/** The fields PostgreSQL reports with an error, as both `pg` and PGlite expose them. */
export interface PostgresErrorFields {
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  table?: string;
  column?: string;
  constraint?: string;
  schema?: string;
}

/**
 * A statement failed in the database. Keeps SQLSTATE, detail, hint, table and constraint,
 * and renders the failing SQL with a caret under the reported position.
 */
export class DatabaseError extends HarnessError {
  readonly sqlState: string | undefined;
  readonly detail: string | undefined;
  readonly table: string | undefined;
  readonly constraint: string | undefined;
  readonly sql: string;

  constructor(error: unknown, sql: string, context?: string) {
    const fields = (typeof error === 'object' && error !== null ? error : {}) as PostgresErrorFields & { message?: string };
    const base = fields.message ?? String(error);
    const parts = [context ? `${context}: ${base}` : base];
    if (fields.code) parts[0] += ` (SQLSTATE ${fields.code})`;
    if (fields.detail) parts.push(`Detail: ${fields.detail}`);
    if (fields.table) parts.push(`Table: ${fields.table}${fields.column ? `, column: ${fields.column}` : ''}`);
    if (fields.constraint) parts.push(`Constraint: ${fields.constraint}`);
    const excerpt = caretExcerpt(sql, Number(fields.position));
    if (excerpt) parts.push(excerpt);
    super('DATABASE', parts.join('\n'), { hint: fields.hint, cause: error });
    this.sqlState = fields.code;
    this.detail = fields.detail;
    this.table = fields.table;
    this.constraint = fields.constraint;
    this.sql = sql;
  }
}

/** The line of `sql` holding 1-based character `position`, with a caret under it. */
export function caretExcerpt(sql: string, position: number): string | undefined {
  if (!Number.isInteger(position) || position < 1 || position > sql.length + 1) return undefined;
  const before = sql.slice(0, position - 1);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = sql.indexOf('\n', position - 1);
  const lineNo = before.split('\n').length;
  const line = sql.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const prefix = `  line ${lineNo}: `;
  return `${prefix}${line}\n${' '.repeat(prefix.length + position - 1 - lineStart)}^`;
}
