import type { Db } from 'mongodb';
import type { NewSchemaHistoryEntry, SchemaHistoryEntry } from '../chain/schema-history.ts';

/*
 * The schema history of a MongoDB database: one document per applied migrator in a
 * collection (default `pilot_schema_history`), the same entries as the PostgreSQL history
 * table, so `validateHistory` and `currentVersion` serve both. `_id` is the rank.
 */

export const DEFAULT_HISTORY_COLLECTION = 'pilot_schema_history';

interface HistoryDocument extends Omit<SchemaHistoryEntry, 'installedRank' | 'appliedAt'> {
  _id: number;
  appliedAt: Date;
}

/** The entries in rank order; empty when the collection does not exist. */
export async function readMongoHistory(db: Db, collection: string): Promise<SchemaHistoryEntry[]> {
  const documents = await db.collection<HistoryDocument>(collection).find({}).sort({ _id: 1 }).toArray();
  return documents.map(({ _id, appliedAt, ...entry }) => ({ ...entry, installedRank: Number(_id), appliedAt: new Date(appliedAt).toISOString() }));
}

/**
 * Appends an entry with the next rank. The rank is the `_id`, so two writers racing for
 * the same rank cannot both succeed (the lock document keeps them apart anyway).
 */
export async function appendMongoHistory(db: Db, collection: string, entry: NewSchemaHistoryEntry, now: Date): Promise<number> {
  const history = db.collection<HistoryDocument>(collection);
  const last = await history.find({}).sort({ _id: -1 }).limit(1).next();
  const rank = (last ? Number(last._id) : 0) + 1;
  await history.insertOne({ _id: rank, ...entry, appliedAt: now });
  return rank;
}

/** Records that the database is at `version` without a migrator having run (a restored dump, a fresh install). */
export function baselineEntry(version: string): NewSchemaHistoryEntry {
  return { version, fromVersion: null, description: 'baseline', kind: 'baseline', script: '', checksum: null, executionMs: 0, success: true };
}
