import { HarnessError } from '../../errors/harness-error.ts';
import { type Clock, systemClock } from '../../util/clock.ts';
import { findPgClientTools } from './find-pg-client-tools.ts';
import { logicalCopy } from './logical-copy.ts';
import { pgDumpCopy } from './pg-dump-copy.ts';
import { pinnedReads } from './pinned-reads.ts';
import type { PostgresEngine } from './postgres-engine.ts';
import type { PostgresSession } from './postgres-session.ts';
import { quotedSql } from './catalog-sql.ts';

export type CopyMethod = 'logical' | 'pg_dump';

export interface CopyDatabaseOptions {
  /**
   * `logical`: schema from the source's catalog, rows by COPY; any two majors, PGlite
   * included, no binaries. `pg_dump`: `pg_dump -Fc | pg_restore`; needs both URLs and
   * client tools at least as new as the source server.
   */
  method: CopyMethod;
  /** pg_dump: how pg_dump reaches the source (`StartedEnvironment.connection.url`). */
  fromUrl?: string;
  /** pg_dump: how pg_restore reaches the target. */
  toUrl?: string;
  /** Tables left out, as the harness names them (`t` in `public`, else `schema.t`). */
  exclude?: readonly string[];
  /** pg_dump: the folder holding pg_dump and pg_restore (default: the usual places and PATH). */
  binDir?: string;
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export interface CopyDatabaseResult {
  method: CopyMethod;
  /** Every table copied, with its row count, which the target was checked to hold. */
  tables: { table: string; rows: number }[];
  durationMs: number;
  /** What was left behind: excluded tables and what depends on them, object kinds the copy does not recreate. */
  notCopied: string[];
  /** pg_dump: the tools used, e.g. `pg_dump 15.20 (/usr/lib/postgresql/15/bin)`. */
  tool?: string;
}

/**
 * Copies a database from one environment into another, empty one: the seeded source into
 * the target of an engine-upgrade pilot (15 → 18), or an external database into a local
 * one. The source is only read. Afterwards every table must hold as many rows on the target
 * as on the source, else the copy fails.
 *
 * @example
 * const copied = await copyDatabase(source.engine, target.engine, { method: 'logical', exclude: ['pilot_schema_history'] });
 * // { method: 'logical', tables: [{ table: 'dir_user', rows: 2000 }, …], durationMs: 412, notCopied: [] }
 *
 * @throws HarnessError `CONFIG_INVALID` when pg_dump cannot serve (no URL, no binaries, too old),
 *   `DATABASE` when the copy fails or a count differs.
 */
export async function copyDatabase(from: PostgresEngine, to: PostgresEngine, options: CopyDatabaseOptions): Promise<CopyDatabaseResult> {
  const clock = options.clock ?? systemClock;
  const begin = clock.now();
  if (options.method === 'logical') {
    const copied = await logicalCopy(from.session, to.session, { ...(options.exclude ? { exclude: options.exclude } : {}) });
    return { method: 'logical', ...copied, durationMs: clock.now() - begin };
  }

  if (!options.fromUrl || !options.toUrl) {
    const missing = [!options.fromUrl && 'source', !options.toUrl && 'target'].filter(Boolean).join(' and ');
    throw new HarnessError('CONFIG_INVALID', `The pg_dump copy needs connection URLs for both sides, but the ${missing} has none (an embedded PGlite environment has no URL).`, {
      hint: 'Copy with method logical, which works with any environment, or run both environments on servers (local, testcontainers, external).',
    });
  }
  const tools = await findPgClientTools({
    serverMajor: Number(from.serverVersion.split('.')[0]),
    ...(options.binDir ? { binDir: options.binDir } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  await pgDumpCopy(tools, {
    fromUrl: options.fromUrl,
    toUrl: options.toUrl,
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const excluded = new Set((options.exclude ?? []).map((name) => (name.startsWith('public.') ? name.slice('public.'.length) : name)));
  const sourceCounts = await countTables(from.session);
  const targetCounts = await countTables(to.session);
  const tables: CopyDatabaseResult['tables'] = [];
  for (const [table, rows] of sourceCounts) {
    if (excluded.has(table)) continue;
    const landed = targetCounts.get(table);
    if (landed !== rows) {
      throw new HarnessError(
        'DATABASE',
        `After pg_dump | pg_restore, table ${JSON.stringify(table)} has ${landed === undefined ? 'no table' : `${landed} rows`} on the target, but ${rows} on the source.`,
        { hint: 'The source changed during the copy, or the target discards rows (a rule or trigger); copy from a quiet source into an empty target.' },
      );
    }
    tables.push({ table, rows });
  }
  return {
    method: 'pg_dump',
    tables,
    durationMs: clock.now() - begin,
    notCopied: [...excluded].sort().map((t) => `table ${JSON.stringify(t)} (excluded)`),
    tool: `pg_dump ${tools.version} (${tools.dir})`,
  };
}

/** Rows of each plain table and partition (`ONLY`: a parent's count leaves its children out), read-only. */
async function countTables(session: PostgresSession): Promise<Map<string, number>> {
  const reads = pinnedReads(session);
  const { rows: tables } = await reads.query<{ quoted: string; schema: string; name: string }>(
    `select ${quotedSql('n.nspname', 'c.relname')} as quoted, n.nspname as schema, c.relname as name
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
       and not exists (select 1 from pg_catalog.pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
     order by n.nspname, c.relname`,
  );
  const counts = new Map<string, number>();
  for (const t of tables) {
    const { rows } = await reads.query<{ n: string }>(`select count(*)::int8::text as n from only ${t.quoted}`);
    counts.set(t.schema === 'public' ? t.name : `${t.schema}.${t.name}`, Number(rows[0]!.n));
  }
  return counts;
}
