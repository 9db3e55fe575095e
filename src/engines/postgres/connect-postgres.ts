import pg from 'pg';
import { HarnessError } from '../../errors/harness-error.ts';
import { createRedactor } from '../../util/redact.ts';
import { type PgClientLike, pgSession } from './pg-session.ts';
import type { PostgresSession } from './postgres-session.ts';

export interface ConnectPostgresOptions {
  /** `postgres://user:password@host:port/database?…`; the password never reaches a message. */
  url: string;
  /** Every transaction read-only (`default_transaction_read_only`): for a source that must stay untouched. */
  readOnly?: boolean;
  /** Shown in `pg_stat_activity`, so a DBA (and a second pilot) can see who holds the database. */
  applicationName?: string;
  timeouts?: PostgresTimeouts;
}

/** Bounds in milliseconds; node-postgres has none by default, so a stuck server would hang a pilot. */
export interface PostgresTimeouts {
  /** Establishing the connection (default 10 s). */
  connectMs?: number;
  /** Any one statement (default 30 min: a migration step may be long, but not endless). */
  statementMs?: number;
  /** Waiting for a lock (default 60 s): a pilot should fail, not queue behind production traffic. */
  lockMs?: number;
}

export const DEFAULT_TIMEOUTS: Required<PostgresTimeouts> = { connectMs: 10_000, statementMs: 30 * 60_000, lockMs: 60_000 };

/**
 * Opens one node-postgres connection as a `PostgresSession`, with bounded timeouts.
 *
 * @example
 * const session = await connectPostgres({ url: process.env.PREPROD_URL!, readOnly: true, applicationName: 'migration-pilot' });
 *
 * @throws HarnessError `ENVIRONMENT_START` naming the server (password masked) and the reason.
 */
export async function connectPostgres(options: ConnectPostgresOptions): Promise<PostgresSession> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const { url, urlOptions } = takeStartupOptions(options.url, options.applicationName !== undefined);
  const settings = [
    ...(urlOptions ? [urlOptions] : []),
    // After the URL's own options, so that these win.
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    ...(options.readOnly ? ['-c default_transaction_read_only=on'] : []),
  ];
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeouts.connectMs,
    application_name: options.applicationName ?? 'migration-pilot',
    options: settings.join(' '),
  });
  // An idle connection's error (the server went away) must not crash the process; the next query fails instead.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const redactor = createRedactor();
    const detail = error instanceof Error ? error.message : String(error);
    throw new HarnessError('ENVIRONMENT_START', `Could not connect to ${redactor.redact(options.url)} within ${timeouts.connectMs / 1000} s: ${redactor.redact(detail)}`, {
      cause: error,
      hint: 'Check that the server runs and accepts connections from here, and the user, password and database in the URL.',
    });
  }
  return pgSession(client as unknown as PgClientLike);
}

/**
 * node-postgres lets a URL's `options` and `application_name` parameters replace those
 * given in code, which would silently drop the timeouts and the read-only setting. They are
 * taken out of the URL here: the URL's `options` go first, then the harness's.
 */
function takeStartupOptions(url: string, dropApplicationName: boolean): { url: string; urlOptions: string | undefined } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, urlOptions: undefined };
  }
  const urlOptions = parsed.searchParams.get('options') ?? undefined;
  const hasApplicationName = dropApplicationName && parsed.searchParams.has('application_name');
  if (urlOptions === undefined && !hasApplicationName) return { url, urlOptions };
  parsed.searchParams.delete('options');
  if (hasApplicationName) parsed.searchParams.delete('application_name');
  return { url: parsed.toString(), urlOptions };
}
