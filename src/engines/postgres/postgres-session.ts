/**
 * The subset of a PostgreSQL driver the harness uses. Both PGlite (embedded) and
 * node-postgres (`pg`, for servers) are adapted to it, so nothing else in the harness
 * depends on a driver's types.
 *
 * Values in `rows` are whatever the driver parses them to; code that compares values
 * across engines casts to text in SQL first (see `postgres-fingerprint.ts`).
 *
 * @example
 * const { rows } = await session.query<{ n: string }>('select count(*)::text as n from dir_user');
 */
export interface PostgresSession {
  /** One statement, extended protocol, `$1`-style parameters. */
  query<R extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  /** Any number of statements, simple protocol, no parameters (migrator files, schema files). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `COPY … FROM STDIN` with one chunk of COPY text-format data (a string, or its UTF-8
   * bytes); resolves to the number of rows the server reports.
   */
  copyFrom(copySql: string, data: string | Uint8Array): Promise<number>;
  /** Runs `COPY … TO STDOUT` and yields the data (COPY text format) in chunks. */
  copyTo(copySql: string): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

export interface PostgresQueryResult<R> {
  rows: R[];
  /** Column names in result order. */
  fields: readonly string[];
  /** Rows inserted, updated or deleted, when the statement reports it. */
  affectedRows: number | undefined;
}

/** Quotes an identifier, schema-qualified names included (`app.t` → `"app"."t"`). */
export function quoteIdent(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}

/** Quotes one identifier without splitting on dots (a column named `a.b`). */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
