import { createHash } from 'node:crypto';
import { HarnessError } from '../../errors/harness-error.ts';
import type { PostgresSession } from '../../engines/postgres/postgres-session.ts';

/** Every pilot lock's key derives from this and the database name, so no other tool's advisory lock collides with it. */
export const PILOT_LOCK_NAMESPACE = 'migration-pilot';

/**
 * The advisory lock key of a database: the first 8 bytes of SHA-256 over the namespace and
 * the database name, as a signed 64-bit integer (what `pg_advisory_lock(bigint)` takes).
 * Computed here, not with a server hash function, so every pilot version and every server
 * agree on it.
 */
export function pilotLockKey(database: string): bigint {
  return createHash('sha256').update(`${PILOT_LOCK_NAMESPACE}\0${database}`).digest().readBigInt64BE(0);
}

/** A held lock; releasing it is also what closing its connection does. */
export interface PilotLock {
  readonly key: bigint;
  readonly mode: PilotLockMode;
  release(): Promise<void>;
}

/**
 * `exclusive`: a target, which the pilot migrates. `shared`: a source, which it only reads,
 * so that any number of pilots read one source, but none migrates a database another pilot
 * reads (its "source unchanged" proof would fail), and a pilot whose source and target are
 * the same database is stopped before it writes.
 */
export type PilotLockMode = 'exclusive' | 'shared';

/** Who holds a pilot lock, as `pg_stat_activity` tells (fields a role may not see are null). */
export interface LockHolder {
  pid: number;
  mode: PilotLockMode;
  applicationName: string | null;
  clientAddress: string | null;
  backendStart: string | null;
  user: string | null;
}

/**
 * Takes the pilot lock of the session's database without waiting (`pg_try_advisory_lock`,
 * Flyway-style), held for as long as the session stays open. When another session holds it,
 * fails at once naming the holder: its application_name (which names the pilot, its host
 * and pid), client address, start time and server pid.
 *
 * @example
 * const lock = await acquirePilotLock(lockSession, { mode: 'exclusive', what: 'the external target postgres://app@db/preprod' });
 * // …migrate…
 * await lock.release();
 *
 * @throws HarnessError `ENVIRONMENT_START` naming the holder.
 */
export async function acquirePilotLock(session: PostgresSession, options: { mode: PilotLockMode; what: string }): Promise<PilotLock> {
  const { rows } = await session.query<{ db: string; me: string }>(`select current_database() as db, current_setting('application_name') as me`);
  const { db: database, me } = rows[0]!;
  const key = pilotLockKey(database);
  const shared = options.mode === 'shared' ? '_shared' : '';
  const taken = await session.query<{ ok: boolean }>(`select pg_try_advisory_lock${shared}($1::int8) as ok`, [key.toString()]);
  if (taken.rows[0]!.ok) {
    let released = false;
    return {
      key,
      mode: options.mode,
      async release() {
        if (released) return;
        released = true;
        await session.query(`select pg_advisory_unlock${shared}($1::int8)`, [key.toString()]);
      },
    };
  }
  const holders = (await lockHolders(session, key)).filter((h) => options.mode === 'exclusive' || h.mode === 'exclusive');
  throw lockedError(options, database, holders, me);
}

async function lockHolders(session: PostgresSession, key: bigint): Promise<LockHolder[]> {
  // pg_locks shows a bigint key as two 32-bit halves: classid (high), objid (low), objsubid 1.
  const unsigned = BigInt.asUintN(64, key);
  const { rows } = await session.query<{ pid: number; mode: string; app: string | null; addr: string | null; started: string | null; usename: string | null }>(
    `select l.pid, l.mode, a.application_name as app, coalesce(a.client_hostname, host(a.client_addr)) as addr,
            to_char(a.backend_start at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"') as started, a.usename
     from pg_catalog.pg_locks l left join pg_catalog.pg_stat_activity a on a.pid = l.pid
     where l.locktype = 'advisory' and l.granted and l.objsubid = 1
       and l.database = (select oid from pg_catalog.pg_database where datname = current_database())
       and l.classid = $1::int8::oid and l.objid = $2::int8::oid
     order by a.backend_start nulls last, l.pid`,
    [(unsigned >> 32n).toString(), (unsigned & 0xffffffffn).toString()],
  );
  return rows.map((r) => ({
    pid: Number(r.pid),
    mode: r.mode === 'ExclusiveLock' ? 'exclusive' : 'shared',
    applicationName: r.app,
    clientAddress: r.addr,
    backendStart: r.started,
    user: r.usename,
  }));
}

/** `"migration-pilot checkout on ci-7 pid 4242" (server pid 123, user app, from 10.0.0.5, connected since 2025-05-01 10:00:00 UTC)`. */
export function describeHolder(holder: LockHolder): string {
  const facts = [
    `server pid ${holder.pid}`,
    ...(holder.user ? [`user ${holder.user}`] : []),
    holder.clientAddress ? `from ${holder.clientAddress}` : 'client address not visible to this role',
    ...(holder.backendStart ? [`connected since ${holder.backendStart}`] : []),
  ];
  return `${holder.applicationName ? JSON.stringify(holder.applicationName) : 'an unnamed session'} (${facts.join(', ')})`;
}

function lockedError(options: { mode: PilotLockMode; what: string }, database: string, holders: LockHolder[], me: string): HarnessError {
  const held = holders.length === 0 ? 'a session that ended just now' : holders.map(describeHolder).join('; ');
  const pid = holders[0]?.pid;
  const stuck = pid === undefined ? '' : ` A stuck one can be ended with: select pg_terminate_backend(${pid});`;
  const own = holders.find((h) => h.applicationName === me);
  if (own) {
    return new HarnessError(
      'ENVIRONMENT_START',
      `${capitalise(options.what)} is database ${JSON.stringify(database)}, which this same pilot already uses as its ${own.mode === 'shared' ? 'source' : 'target'}: the source and the target must be different databases.`,
      { hint: 'Point the source and the target at different databases; the source is never written to.' },
    );
  }
  if (options.mode === 'shared') {
    return new HarnessError(
      'ENVIRONMENT_START',
      `${capitalise(options.what)} is being migrated by another pilot, which holds the pilot lock of database ${JSON.stringify(database)}: ${held}. A source must not change while a pilot reads it.`,
      { hint: `Wait until that pilot finishes, or read another copy of the data. A pilot that died releases the lock with its connection.${stuck}` },
    );
  }
  const readers = holders.length > 0 && holders.every((h) => h.mode === 'shared');
  return new HarnessError(
    'ENVIRONMENT_START',
    readers
      ? `${capitalise(options.what)} is the source of another pilot, which reads database ${JSON.stringify(database)}: ${held}. A pilot must not migrate a database another pilot reads.`
      : `${capitalise(options.what)} is locked by another pilot, which holds the pilot lock of database ${JSON.stringify(database)}: ${held}. Two pilots must never migrate the same database at once.`,
    { hint: `Wait until that pilot finishes, or stop it. A pilot that died releases the lock with its connection.${stuck}` },
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
