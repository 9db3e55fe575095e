import type { PostgresSession } from './postgres-session.ts';

/**
 * The session settings that decide how values print as text. Row hashes and compared values
 * are taken over that text, so both sides of a comparison must print alike whatever the
 * server's or the role's defaults are (a server in another time zone would otherwise show
 * every `timestamptz` as changed).
 */
export const PINNED_SETTINGS: Readonly<Record<string, string>> = {
  TimeZone: 'UTC',
  DateStyle: 'ISO, YMD',
  IntervalStyle: 'postgres',
  // Any value above 0 prints the shortest text that reads back exactly (PostgreSQL 12+).
  extra_float_digits: '3',
  bytea_output: 'hex',
  // `money` prints in the server's monetary locale (`1.234,50 €` in de_DE, `$1,234.50` in C),
  // and a copy must read back on the other side what this side printed.
  lc_monetary: 'C',
};

const BEGIN = [
  'BEGIN READ ONLY',
  ...Object.entries(PINNED_SETTINGS).map(([name, value]) => `SET LOCAL ${name} = '${value}'`),
].join('; ');

/**
 * A view of `session` for the harness's own reads: each query runs in a read-only
 * transaction with the pinned settings, so it can neither change data nor print values
 * differently from the other side. Not for use inside a transaction of its own (migrators
 * get the raw session).
 */
export function pinnedReads(session: PostgresSession): PostgresSession {
  // One read at a time: two concurrent reads would interleave their BEGIN and COMMIT on the
  // one connection, the first COMMIT ending the other's transaction.
  let queue: Promise<unknown> = Promise.resolve();
  const inReadOnly = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      await session.exec(BEGIN);
      try {
        const result = await work();
        await session.exec('COMMIT');
        return result;
      } catch (error) {
        await session.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    query: (sql, params) => inReadOnly(() => session.query(sql, params)),
    exec: (sql) => inReadOnly(() => session.exec(sql)),
    copyFrom: () => Promise.reject(new Error('pinnedReads: a read-only view cannot COPY into a table')),
    copyTo: (sql) => session.copyTo(sql),
    close: () => session.close(),
  };
}
