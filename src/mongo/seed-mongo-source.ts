import type { MongoClient } from 'mongodb';
import type { DataReport } from '../report/pilot-report.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import type { MongoScenario } from './mongo-scenario.ts';
import { seedDocuments } from './seed-documents.ts';

/**
 * Seeds the old server as a Mongo scenario describes it: the global database, and each
 * environment's app database at that environment's scale, all in the source version's
 * shape. Used by the pilot on a server it started, and by tests to prepare an "existing"
 * server that an external source then reads as it is.
 *
 * @example
 * const data = await seedMongoSource(scenario, client, { prefix: 'run1_' });
 */
export async function seedMongoSource(scenario: MongoScenario, client: MongoClient, options: { prefix?: string; clock?: Clock } = {}): Promise<DataReport> {
  const clock = options.clock ?? systemClock;
  const began = clock.now();
  const seed = { seed: scenario.data.seed, version: scenario.source.version };
  const groups = [
    { database: scenario.globalDatabase, collections: scenario.data.global },
    ...scenario.environments.map((env) => ({
      database: env.database,
      collections: scenario.data.app.map((collection) => ({ ...collection, count: Math.max(1, Math.round(collection.count * env.scale)) })),
    })),
  ];
  const tables: DataReport['tables'] = [];
  for (const group of groups) {
    const db = client.db(`${options.prefix ?? ''}${group.database}`);
    for (const collection of group.collections) {
      const start = clock.now();
      const [seeded] = await seedDocuments(db, [collection], seed);
      tables.push({ table: `${group.database}.${collection.collection}`, rows: seeded!.documents, durationMs: clock.now() - start });
    }
  }
  return { seed: scenario.data.seed, scale: 1, rows: tables.reduce((n, t) => n + t.rows, 0), tables, fromCache: false, durationMs: clock.now() - began };
}
