import { MongoClient } from 'mongodb';
import { HarnessError } from '../errors/harness-error.ts';
import { createRedactor } from '../util/redact.ts';
import type { ProductionProfile } from './production-profile.ts';

/** Databases every server has and no application owns. */
const SERVER_DATABASES = new Set(['admin', 'local', 'config']);

/**
 * Document counts by collection from a MongoDB server's statistics (`collStats`), named
 * `database.collection` as a Mongo scenario's data section names them. Only the database
 * in the URL's path is read when it has one, else every application database. Reads go to
 * a secondary when there is one, and nothing but statistics commands is sent: no document
 * is read and nothing is written.
 *
 * @throws HarnessError `ENVIRONMENT_START` when the server cannot be reached or refuses the
 *   statistics commands (e.g. a user without `clusterMonitor`/`read`), with the URL's
 *   password masked.
 *
 * @example
 * const profile = await readMongoProductionProfile(process.env.PROD_MONGO_URL!);
 * profile.tables['App.attendees']; // 1204233
 */
export async function readMongoProductionProfile(url: string, options: { timeoutMs?: number } = {}): Promise<ProductionProfile> {
  const redactor = createRedactor();
  const shown = redactor.redact(url);
  const client = new MongoClient(url, { serverSelectionTimeoutMS: options.timeoutMs ?? 10_000, connectTimeoutMS: options.timeoutMs ?? 10_000, readPreference: 'secondaryPreferred', appName: 'migration-pilot profile' });
  try {
    await client.connect();
    const named = databaseInUrl(url);
    const databases = named
      ? [named]
      : (await client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((d) => d.name).filter((name) => !SERVER_DATABASES.has(name));
    const tables: Record<string, number> = {};
    for (const database of databases.sort()) {
      const db = client.db(database);
      const collections = await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray();
      for (const { name } of collections.filter((c) => !c.name.startsWith('system.')).sort((a, b) => a.name.localeCompare(b.name))) {
        const stats = await db.command({ collStats: name });
        tables[`${database}.${name}`] = Number(stats.count ?? 0);
      }
    }
    return { source: `collStats of ${shown}`, tables, readAt: new Date().toISOString() };
  } catch (error) {
    throw new HarnessError('ENVIRONMENT_START', `Could not read the collection statistics of ${shown}: ${redactor.redact((error as Error).message)}`, {
      hint: 'Check the URL and that its user may run collStats and listDatabases (the read and clusterMonitor roles), or give the counts in a profile file.',
      cause: error,
    });
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * The database in a connection string's path, if any. Not `new URL`: a replica set's seed
 * list (`mongodb://a:27017,b:27017/App`) is no WHATWG URL.
 */
export function databaseInUrl(url: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*(?:\/([^?]*))?/i.exec(url)?.[1] ?? '';
  return path === '' ? '' : decodeURIComponent(path);
}
