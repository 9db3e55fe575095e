import type { Db, MongoClient } from 'mongodb';

/**
 * The part of the official driver the harness uses: one client and one database on it.
 * Checks and the runner see the `Engine` interface only; migrators get `db` raw.
 */
export interface MongoSession {
  readonly client: MongoClient;
  readonly db: Db;
}

/** Collections that belong to MongoDB itself (`system.*`), never compared or listed. */
export function isSystemCollection(name: string): boolean {
  return name.startsWith('system.');
}
