import type { Engine, QueryTextResult } from '../engine.ts';
import { fingerprintTables, postgresFingerprinter, stripTrailingSemicolon } from './postgres-fingerprint.ts';
import { introspectPostgres } from './postgres-introspector.ts';
import type { PostgresSession } from './postgres-session.ts';
import { quoteIdent, quoteName } from './postgres-session.ts';

/** A PostgreSQL engine adapter over an open session. */
export interface PostgresEngine extends Engine {
  readonly kind: 'postgres';
  /** The raw session, for migrators and SQL checks. */
  readonly session: PostgresSession;
}

/**
 * Builds the adapter, asking the server for its version.
 *
 * @example
 * const engine = await postgresEngine(pgliteSession(new PGlite()));
 * await engine.count('dir_user');
 */
export async function postgresEngine(session: PostgresSession): Promise<PostgresEngine> {
  const { rows } = await session.query<{ v: string }>(`select current_setting('server_version') as v`);
  const serverVersion = rows[0]!.v.split(' ')[0]!;
  return {
    kind: 'postgres',
    serverVersion,
    capabilities: { transactionalDdl: true },
    session,
    ...postgresFingerprinter(session),

    introspect: () => introspectPostgres(session),

    async count(table) {
      const { rows: counted } = await session.query<{ n: string }>(`select count(*)::int8::text as n from ${quoteIdent(table)}`);
      return Number(counted[0]!.n);
    },

    async bulkLoad(table, columns, chunks) {
      const copySql = `COPY ${quoteIdent(table)} (${columns.map(quoteName).join(', ')}) FROM STDIN`;
      let loaded = 0;
      for await (const chunk of chunks) {
        if (chunk.length > 0) loaded += await session.copyFrom(copySql, chunk);
      }
      return loaded;
    },

    async fingerprintAll(options = {}) {
      const exclude = new Set(options.exclude ?? []);
      const { tables } = await introspectPostgres(session);
      return fingerprintTables(
        session,
        tables.map((t) => t.name).filter((name) => !exclude.has(name)),
      );
    },

    async queryText(query) {
      return queryAsText(session, query);
    },
  };
}

/**
 * Runs a query and returns every value as text. `row_to_json` keeps column order, and the
 * JSON reviver reads numbers from their source text so bigints and numerics keep every digit.
 */
export async function queryAsText(session: PostgresSession, query: string): Promise<QueryTextResult> {
  const sql = `select row_to_json(q)::text as j from (${stripTrailingSemicolon(query)}) as q`;
  const { rows } = await session.query<{ j: string }>(sql);
  const described = await session.query(`select * from (${stripTrailingSemicolon(query)}) as q limit 0`);
  const columns = [...described.fields];
  return {
    columns,
    rows: rows.map((row) => {
      const object = JSON.parse(row.j, (_key, value, context?: { source?: string }) =>
        typeof value === 'number' && context?.source !== undefined ? context.source : value,
      ) as Record<string, unknown>;
      return columns.map((column) => toText(object[column]));
    }),
  };
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
