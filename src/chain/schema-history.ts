import semver from 'semver';
import { DatabaseError } from '../engines/postgres/database-error.ts';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { quoteIdent } from '../engines/postgres/postgres-session.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { firstLine } from '../util/first-line.ts';

/*
 * The schema history: a table in the target recording every migrator applied to it, in
 * the spirit of Flyway's `flyway_schema_history`. The version a database is at is the
 * to-version of its last successful entry. A restored production dump carries its own
 * history, which is what lets the pilot start where production stands and notice an
 * applied migrator that was edited afterwards.
 */

/** One row of the history table. */
export interface SchemaHistoryEntry {
  /** 1, 2, 3, … in the order entries were written. */
  installedRank: number;
  /** The version the database reached: the migrator's to-version (or the baseline version). */
  version: string;
  /** The migrator's from-version; `null` for a baseline. */
  fromVersion: string | null;
  description: string;
  kind: 'baseline' | 'sql' | 'module';
  /** The migrator file, relative to the scenario file; empty for a baseline. */
  script: string;
  /** sha256 hex of the migrator file (see `migratorChecksum`); `null` for a baseline. */
  checksum: string | null;
  /** When the entry was written, ISO 8601 in UTC. */
  appliedAt: string;
  executionMs: number;
  /** `false` for a migrator that failed outside a transaction, so part of it may have run. */
  success: boolean;
}

/** What `appendSchemaHistory` writes; rank and time are the database's. */
export type NewSchemaHistoryEntry = Omit<SchemaHistoryEntry, 'installedRank' | 'appliedAt'>;

/**
 * Reads the history in rank order; an empty list when the table does not exist.
 *
 * @throws HarnessError `DATABASE` when the table exists but is not a history table.
 */
export async function readSchemaHistory(session: PostgresSession, table: string): Promise<SchemaHistoryEntry[]> {
  if (!(await historyTableExists(session, table))) return [];
  try {
    const { rows } = await session.query<SchemaHistoryEntry>(
      `select installed_rank as "installedRank", version, from_version as "fromVersion", description, kind, script, checksum,
              to_char(applied_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "appliedAt",
              execution_ms as "executionMs", success
       from ${quoteIdent(table)} order by installed_rank`,
    );
    return rows.map((row) => ({ ...row, installedRank: Number(row.installedRank), executionMs: Number(row.executionMs) }));
  } catch (error) {
    throw new HarnessError('DATABASE', `Could not read the schema history table ${JSON.stringify(table)}: ${firstLine(error)}`, {
      cause: error,
      hint: `A table of that name exists but does not look like a migration-pilot history table. Set chain.historyTable to another name, or rename the existing table.`,
    });
  }
}

/** The to-version of the last successful entry, or `undefined` when there is none. */
export function currentVersion(entries: readonly SchemaHistoryEntry[]): string | undefined {
  return entries.findLast((entry) => entry.success)?.version;
}

/** Creates the history table (and its schema, when the name is qualified) if it does not exist. */
export async function ensureSchemaHistory(session: PostgresSession, table: string): Promise<void> {
  const dot = table.indexOf('.');
  const statements = [
    ...(dot === -1 ? [] : [`create schema if not exists ${quoteIdent(table.slice(0, dot))}`]),
    `create table if not exists ${quoteIdent(table)} (
      installed_rank integer primary key,
      version text not null,
      from_version text,
      description text not null,
      kind text not null check (kind in ('baseline', 'sql', 'module')),
      script text not null,
      checksum text,
      applied_at timestamptz not null default now(),
      execution_ms integer not null,
      success boolean not null
    )`,
  ];
  try {
    for (const sql of statements) await session.exec(sql);
  } catch (error) {
    throw wrap(error, `Could not create the schema history table ${JSON.stringify(table)}`);
  }
}

/**
 * Appends an entry with the next rank; returns the rank. Runs on the caller's session, so
 * inside the step's transaction when there is one.
 */
export async function appendSchemaHistory(session: PostgresSession | Pick<PostgresSession, 'query'>, table: string, entry: NewSchemaHistoryEntry): Promise<number> {
  const { rows } = await session.query<{ rank: number }>(
    `insert into ${quoteIdent(table)} (installed_rank, version, from_version, description, kind, script, checksum, execution_ms, success)
     select coalesce(max(installed_rank), 0) + 1, $1, $2, $3, $4, $5, $6, $7, $8 from ${quoteIdent(table)}
     returning installed_rank as rank`,
    [entry.version, entry.fromVersion, entry.description, entry.kind, entry.script, entry.checksum, Math.round(entry.executionMs), entry.success],
  );
  return Number(rows[0]!.rank);
}

/**
 * Records that the database is at `version` without any migrator having run, when the
 * history table is empty or missing: the run stamps the seeded source with the source
 * app version, so the chain starts from it. A history that already has entries (a restored
 * production dump) is left as it is; compare `currentVersion` with what you expected.
 *
 * @example
 * await stampBaseline(source.engine.session, 'pilot_schema_history', '1.0.0');
 * // → { stamped: true, currentVersion: '1.0.0' }
 */
export async function stampBaseline(
  session: PostgresSession,
  table: string,
  version: string,
): Promise<{ stamped: boolean; currentVersion: string | undefined }> {
  if (semver.valid(version) !== version) {
    throw new HarnessError('CONFIG_INVALID', `Cannot stamp baseline version ${JSON.stringify(version)}: it is not a plain semantic version.`, {
      hint: 'Write it as major.minor.patch, such as "1.0.0".',
    });
  }
  await ensureSchemaHistory(session, table);
  let stamped: boolean;
  try {
    const { rows } = await session.query<{ rank: number }>(
      `insert into ${quoteIdent(table)} (installed_rank, version, from_version, description, kind, script, checksum, execution_ms, success)
       select 1, $1, null, 'baseline', 'baseline', '', null, 0, true
       where not exists (select from ${quoteIdent(table)})
       returning installed_rank as rank`,
      [version],
    );
    stamped = rows.length === 1;
  } catch (error) {
    throw wrap(error, `Could not stamp the baseline in ${JSON.stringify(table)}`);
  }
  return { stamped, currentVersion: currentVersion(await readSchemaHistory(session, table)) };
}

async function historyTableExists(session: PostgresSession, table: string): Promise<boolean> {
  // to_regclass is null for a missing table or schema instead of failing.
  const { rows } = await session.query<{ present: boolean }>('select to_regclass($1) is not null as present', [quoteIdent(table)]);
  return rows[0]!.present;
}

function wrap(error: unknown, message: string): HarnessError {
  if (error instanceof DatabaseError) return new HarnessError('DATABASE', `${message}: ${error.message}`, { cause: error, hint: error.hint });
  return new HarnessError('DATABASE', `${message}: ${firstLine(error)}`, { cause: error });
}

