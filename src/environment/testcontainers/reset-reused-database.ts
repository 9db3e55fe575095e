import { connectPostgres, type PostgresTimeouts } from '../../engines/postgres/connect-postgres.ts';
import { quoteLiteral, quoteName } from '../../engines/postgres/postgres-session.ts';

/** The template database a reusable container keeps: its database as it was when the container was created. */
export const PRISTINE_DATABASE = 'migration_pilot_pristine';

/**
 * A reused container holds whatever the previous run left in it (a migrated target, rows a
 * failed migrator wrote), and rehearsing on that would prove nothing. So a reusable
 * container keeps a template copy of its database as it was when the container was
 * created, and every later run gets a fresh copy of that template: the state a new
 * container would have had, without the container start.
 *
 * The template is marked with the container's id (a database comment): a container
 * restored from a snapshot of a reused one inherits a template that is not its own, and
 * replaces it with a copy of its own starting state.
 *
 * @returns `created` the first time (the template was made), `reset` on reuse.
 */
export async function resetReusedDatabase(options: {
  /** URL of the container's `postgres` maintenance database. */
  adminUrl: string;
  database: string;
  containerId: string;
  timeouts?: PostgresTimeouts;
}): Promise<'created' | 'reset'> {
  const { database, containerId } = options;
  const admin = await connectPostgres({ url: options.adminUrl, applicationName: 'migration-pilot reuse', timeouts: options.timeouts });
  const pristine = quoteName(PRISTINE_DATABASE);
  try {
    const { rows } = await admin.query<{ owner: string | null }>(
      `select shobj_description(oid, 'pg_database') as owner from pg_database where datname = $1`,
      [PRISTINE_DATABASE],
    );
    if (rows[0]?.owner === containerId) {
      // A previous run may have died holding connections; they would block the drop.
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      await admin.exec(`drop database if exists ${quoteName(database)}`);
      await admin.exec(`create database ${quoteName(database)} template ${pristine}`);
      return 'reset';
    }
    if (rows[0]) await admin.exec(`drop database ${pristine}`);
    await admin.exec(`create database ${pristine} template ${quoteName(database)}`);
    await admin.exec(`comment on database ${pristine} is ${quoteLiteral(containerId)}`);
    return 'created';
  } finally {
    await admin.close();
  }
}
