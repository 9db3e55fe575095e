import type { Db } from 'mongodb';
import type { Migrator } from '../chain/migrator.ts';

/** Where `defineMongoMigrator` keeps what the generic migrator loader does not know about. */
export const MONGO_MIGRATOR = Symbol.for('migration-pilot.mongo-migrator');

/**
 * A MongoDB migrator as its author writes it: raw driver access, no application entities
 * (source document 004), from/to semver planned by the same chain planner as SQL.
 */
export interface MongoMigratorDefinition {
  from: string;
  to: string;
  description?: string;
  /**
   * What a failure part-way leaves behind, in one sentence, e.g. "users copied so far stay
   * in users_v2; drop users_v2 and run again". MongoDB has no transactional DDL and runs
   * each write on its own, so the report states this for the failing step.
   */
  onFailure?: string;
  up(db: Db): Promise<void> | void;
  down?(db: Db): Promise<void> | void;
}

/** What a Mongo step leaves behind when its author did not say. */
export const DEFAULT_ON_FAILURE =
  'MongoDB ran this step outside a transaction (collection and index changes cannot be rolled back): every write and index change made before the failure stays in the database.';

/**
 * Declares a Mongo migrator module: `export default defineMongoMigrator({ … })`. The
 * result is also a valid generic migrator (so the shared loader validates versions and
 * keys), with the Mongo-only parts under a symbol the loader does not see.
 *
 * @example
 * export default defineMongoMigrator({
 *   from: '1.0.0', to: '2.0.0', description: 'move city into address',
 *   onFailure: 'users updated so far have address.city and no city; the update is idempotent, run again',
 *   async up(db) {
 *     await db.collection('users').updateMany({ city: { $exists: true } }, [{ $set: { 'address.city': '$city' } }, { $unset: 'city' }]);
 *   },
 * });
 */
export function defineMongoMigrator(definition: MongoMigratorDefinition) {
  const { onFailure, ...generic } = definition;
  return Object.assign({ ...generic, transaction: false }, { [MONGO_MIGRATOR]: { onFailure: onFailure ?? DEFAULT_ON_FAILURE } });
}

/** A loaded Mongo migrator: the generic record (file, checksum, versions) with the raw-driver `up`. */
export interface MongoMigrator extends Omit<Migrator, 'up' | 'down'> {
  onFailure: string;
  up(db: Db): Promise<void>;
  down?(db: Db): Promise<void>;
}
