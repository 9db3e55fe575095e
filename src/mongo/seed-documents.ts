import { createHash } from 'node:crypto';
import { Faker, base, en } from '@faker-js/faker';
import type { Db, Document } from 'mongodb';
import { HarnessError } from '../errors/harness-error.ts';
import { FAKER_REFERENCE_DATE } from '../seed/faker-pool.ts';
import { bulkInsert } from '../engines/mongo/mongo-bulk-load.ts';

/** What a generator gets for one document. */
export interface DocumentContext {
  /** Seeded for this (seed, collection, index): the same document every run, whatever the batch size. */
  faker: Faker;
  /** 0-based position of the document in its collection. */
  index: number;
  /** The app version whose document shape to produce ("shape variants across versions"). */
  version: string;
  /** `fn()` with the given probability, else `undefined` (an absent field: the harness inserts with ignoreUndefined). */
  maybe<T>(probability: number, fn: () => T): T | undefined;
  /** An array of `min`…`max` elements, each from `fn(i)`. */
  arrayOf<T>(min: number, max: number, fn: (i: number) => T): T[];
}

/** One collection to seed: how many documents and how each one looks. */
export interface CollectionSeed {
  collection: string;
  count: number;
  generate(context: DocumentContext): Document;
}

export interface SeedDocumentsOptions {
  seed: number;
  version: string;
  batchSize?: number;
}

export interface SeededCollection {
  collection: string;
  documents: number;
}

/**
 * Seeds collections with faker documents: nested sub-documents, arrays of varying length,
 * optional (absent) fields, and the shape of the given app version. Every document is a
 * pure function of (seed, collection, index, version): faker is reseeded per document, so
 * any range can be generated alone and two runs load identical data.
 *
 * @throws HarnessError `SEED_SHORT` when a collection holds fewer documents than generated afterwards.
 * @example
 * await seedDocuments(db, [{ collection: 'attendees', count: 500, generate: ({ faker, index, maybe }) => ({
 *   _id: `att-${index}`, name: faker.person.fullName(), phone: maybe(0.3, () => faker.phone.number()),
 * }) }], { seed: 42, version: '1.0.0' });
 */
export async function seedDocuments(db: Db, seeds: readonly CollectionSeed[], options: SeedDocumentsOptions): Promise<SeededCollection[]> {
  const seeded: SeededCollection[] = [];
  for (const seed of seeds) {
    const inserted = await bulkInsert(db.collection(seed.collection), generateDocuments(seed, options), options.batchSize);
    const counted = await db.collection(seed.collection).countDocuments({});
    if (inserted !== seed.count || counted < seed.count) {
      throw new HarnessError('SEED_SHORT', `Seeding ${JSON.stringify(seed.collection)} in ${JSON.stringify(db.databaseName)} loaded ${counted} documents, expected ${seed.count}.`, {
        hint: 'A validator, a TTL index or a capped collection discards documents; seed around it.',
      });
    }
    seeded.push({ collection: seed.collection, documents: seed.count });
  }
  return seeded;
}

/** The documents `seedDocuments` loads, for tests and dumps. */
export function* generateDocuments(seed: CollectionSeed, options: Pick<SeedDocumentsOptions, 'seed' | 'version'>, start = 0, end = seed.count): Generator<Document> {
  const faker = new Faker({ locale: [en, base] });
  faker.setDefaultRefDate(FAKER_REFERENCE_DATE);
  const collectionKey = createHash('sha256').update(seed.collection).digest().readUInt32BE(0);
  const context: DocumentContext = {
    faker,
    index: 0,
    version: options.version,
    maybe: (probability, fn) => (faker.number.float({ min: 0, max: 1 }) < probability ? fn() : undefined),
    arrayOf: (min, max, fn) => Array.from({ length: faker.number.int({ min, max }) }, (_, i) => fn(i)),
  };
  for (let index = start; index < end; index++) {
    faker.seed([options.seed, collectionKey, index]);
    context.index = index;
    yield seed.generate(context);
  }
}
