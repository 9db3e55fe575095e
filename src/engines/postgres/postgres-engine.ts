import type { Engine, QueryTextResult } from '../engine.ts';
import { pinnedReads } from './pinned-reads.ts';
import { fingerprintTables, postgresFingerprinter } from './postgres-fingerprint.ts';
import { introspectPostgres } from './postgres-introspector.ts';
import type { PostgresSession } from './postgres-session.ts';
import { quoteIdent, quoteName } from './postgres-session.ts';
import { subquery } from './subquery.ts';

/** A PostgreSQL engine adapter over an open session. */
export interface PostgresEngine extends Engine {
  readonly kind: 'postgres';
  /** The raw session, for migrators and SQL checks. */
  readonly session: PostgresSession;
}

/**
 * Builds the adapter, asking the server for its version. The harness's own reads
 * (introspection, counts, fingerprints, queries of checks) run read-only with pinned text
 * settings (see `pinned-reads.ts`); `session` stays raw for migrators and loading.
 *
 * @example
 * const engine = await postgresEngine(pgliteSession(new PGlite()));
 * await engine.count('dir_user');
 */
export async function postgresEngine(session: PostgresSession): Promise<PostgresEngine> {
  const { rows } = await session.query<{ v: string }>(`select current_setting('server_version') as v`);
  const serverVersion = rows[0]!.v.split(' ')[0]!;
  const reads = pinnedReads(session);
  return {
    kind: 'postgres',
    serverVersion,
    capabilities: { transactionalDdl: true },
    session,
    ...postgresFingerprinter(reads),

    introspect: () => introspectPostgres(reads),

    async count(table) {
      const { rows: counted } = await reads.query<{ n: string }>(`select count(*)::int8::text as n from ${quoteIdent(table)}`);
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
      const { tables } = await introspectPostgres(reads);
      return fingerprintTables(
        reads,
        tables.map((t) => t.name).filter((name) => !exclude.has(name)),
      );
    },

    queryText: (query) => queryAsText(reads, query),
  };
}

/**
 * Runs a query and returns every value as PostgreSQL's own text (`::text`; booleans as
 * `true`/`false`). The output columns are renamed by position (`as q(c0, c1, …)`), so two
 * columns of the same name (`count(*), count(*) filter (…)`) keep their own values.
 */
export async function queryAsText(session: PostgresSession, query: string): Promise<QueryTextResult> {
  const described = await session.query(`select * from ${subquery(query)} as q limit 0`);
  const columns = [...described.fields];
  if (columns.length === 0) return { columns, rows: [] };
  const aliases = columns.map((_, i) => `c${i}`);
  const { rows } = await session.query<Record<string, string | null>>(
    `select ${aliases.map((alias) => `q.${alias}::text as ${alias}`).join(', ')} from ${subquery(query)} as q(${aliases.join(', ')})`,
  );
  return { columns, rows: rows.map((row) => aliases.map((alias) => row[alias] ?? null)) };
}
