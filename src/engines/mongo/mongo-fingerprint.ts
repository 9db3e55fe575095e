import { BSON, type Db, type Document, ObjectId } from 'mongodb';
import type { KeyedFingerprinter, KeyedRowSet, StoreFingerprint } from '../engine.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { canonicalText, keyTextOf } from '../../mongo/canonical-value.ts';
import { readPath, removePath, cloneDocument } from '../../mongo/document-paths.ts';
import { assertPowerOfTwo, bucketOf, HashFold, hash64 } from '../../mongo/fold-hashes.ts';
import { isSystemCollection } from './mongo-session.ts';

const { EJSON } = BSON;

/*
 * Documents are read with `promoteValues: false`, so Int32, Long and Double arrive as
 * themselves and a Long past 2^53 keeps its digits. They are streamed from the server (a `find` cursor, or an aggregation for a reshaped
 * set such as a split array) and hashed here on their canonical text (`canonical-value.ts`).
 * The server cannot do it: MongoDB has no aggregation operator for a content hash over a
 * whole document, and one canonical over field order and int/long/double would have to be
 * rebuilt in `$function` JavaScript, which Atlas and many servers disable. What the server
 * does do is the reshaping ($unwind, $replaceWith) and, for path values, the projection.
 */

/** The whole document, without its key paths, as one compared value. */
export const WHOLE_DOCUMENT = '$$ROOT';

export interface MongoFingerprinterOptions {
  /** Puts each document in the shape compared (a field mapping); applied after reading. */
  reshape?: (document: Document) => Document;
  /** `reshape` leaves the key paths as they are, so a lookup by key can still filter on the server. */
  reshapeKeepsKeys?: boolean;
}

/** A `KeyedFingerprinter` that can also hand back the documents of given keys, for path-level differences. */
export interface MongoFingerprinter extends KeyedFingerprinter {
  documentsByKey(set: KeyedRowSet, keys: readonly string[]): Promise<Map<string, Document>>;
}

interface KeyedDocument {
  keyText: string;
  values: unknown[];
  document: Document;
}

/**
 * Keyed fingerprints of documents. `set.from` is `{ table: collection }` or `{ query }`
 * with the EJSON text `{"aggregate": "orders", "pipeline": [...]}`; `set.key` and
 * `set.values` are dotted paths, and `values: ['$$ROOT']` compares whole documents.
 *
 * @example
 * const store = mongoFingerprinter(db);
 * await store.summarize({ from: { table: 'users' }, key: ['_id'], values: ['$$ROOT'] });
 */
export function mongoFingerprinter(db: Db, options: MongoFingerprinterOptions = {}): MongoFingerprinter {
  async function* keyed(set: KeyedRowSet, filter: Document = {}): AsyncGenerator<KeyedDocument> {
    const whole = set.values.length === 1 && set.values[0] === WHOLE_DOCUMENT;
    for await (const raw of readDocuments(db, set, whole || options.reshape !== undefined, filter)) {
      const document = options.reshape ? options.reshape(raw) : raw;
      const keys = set.key.map((path) => readPath(document, path));
      const values = whole ? [withoutKeys(document, set.key)] : set.values.map((path) => readPath(document, path));
      yield { keyText: keyTextOf(keys), values, document };
    }
  }
  const rowHash = (row: KeyedDocument) => hash64(`${row.keyText}\u0000${row.values.map(valueText).join('\u0000')}`, 0);

  const documentsByKey = async (set: KeyedRowSet, keys: readonly string[]) => {
    const wanted = new Set(keys);
    const found = new Map<string, Document>();
    for await (const row of keyed(set, idCandidates(set, keys, options.reshape !== undefined && options.reshapeKeepsKeys !== true))) if (wanted.has(row.keyText)) found.set(row.keyText, row.document);
    return found;
  };

  return {
    async summarize(set) {
      const fold = new HashFold();
      for await (const row of keyed(set)) fold.add(rowHash(row));
      return fold.summary();
    },
    async summarizeBuckets(set, buckets) {
      assertPowerOfTwo(buckets);
      const folds = new Map<number, HashFold>();
      for await (const row of keyed(set)) {
        const bucket = bucketOf(row.keyText, buckets);
        let fold = folds.get(bucket);
        if (!fold) folds.set(bucket, (fold = new HashFold()));
        fold.add(rowHash(row));
      }
      return new Map([...folds].map(([bucket, fold]) => [bucket, fold.summary()]));
    },
    async rowHashes(set, buckets, which) {
      assertPowerOfTwo(buckets);
      const wanted = new Set(which);
      const rows: Array<readonly [string, string]> = [];
      if (wanted.size === 0) return rows;
      for await (const row of keyed(set)) if (wanted.has(bucketOf(row.keyText, buckets))) rows.push([row.keyText, String(rowHash(row))]);
      return rows;
    },
    async rowValues(set, keys) {
      const wanted = new Set(keys);
      const found = new Map<string, (string | null)[]>();
      for await (const row of keyed(set, idCandidates(set, keys, options.reshape !== undefined && options.reshapeKeepsKeys !== true))) if (wanted.has(row.keyText)) found.set(row.keyText, row.values.map((v) => (v === undefined ? null : canonicalText(v))));
      return found;
    },
    documentsByKey,
  };
}

function valueText(value: unknown): string {
  return value === undefined ? 'MISSING' : canonicalText(value);
}

function withoutKeys(document: Document, keys: readonly string[]): Document {
  const copy = cloneDocument(document) as Record<string, unknown>;
  for (const key of keys) removePath(copy, key);
  return copy;
}

/**
 * Paths to project, without any whose parent is projected too: MongoDB (4.4+) refuses a
 * projection holding both `a` and `a.b` ("Path collision"), and `a` already carries `a.b`.
 */
export function withoutNestedPaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((path) => !unique.some((other) => other !== path && path.startsWith(`${other}.`)));
}

/** Streams the documents of a set: a collection scan or the server-side aggregation the set names. */
function readDocuments(db: Db, set: KeyedRowSet, wholeDocuments: boolean, filter: Document): AsyncIterable<Document> {
  if ('table' in set.from) {
    const projection = wholeDocuments ? undefined : Object.fromEntries(withoutNestedPaths([...set.key, ...set.values]).map((path) => [path, 1]));
    return db.collection(set.from.table).find(filter, { ...(projection ? { projection } : {}), batchSize: 1000, promoteValues: false });
  }
  const { aggregate, pipeline } = parseAggregation(set.from.query);
  return db.collection(aggregate).aggregate(pipeline, { batchSize: 1000, promoteValues: false });
}

/**
 * A server-side filter narrowing a lookup of a few keys (the details of changed documents)
 * to the documents that can hold them, instead of a scan: for a collection keyed by `_id`
 * alone, each key text read back as the values it can be the text of (the string itself, an
 * ObjectId, a number). Rows are still matched on their key text afterwards, so a candidate
 * too many costs nothing. Anything else (a composite key, a reshaped or aggregated set)
 * scans.
 */
function idCandidates(set: KeyedRowSet, keys: readonly string[], reshaped: boolean): Document {
  if (reshaped || !('table' in set.from) || set.key.length !== 1 || set.key[0] !== '_id') return {};
  const candidates: unknown[] = [];
  for (const key of keys) {
    candidates.push(key);
    const objectId = /^ObjectId\("([0-9a-f]{24})"\)$/.exec(key);
    if (objectId) candidates.push(ObjectId.createFromHexString(objectId[1]!));
    else if (/^-?\d+(\.\d+)?$/.test(key) && Number.isFinite(Number(key))) candidates.push(Number(key));
    else if (key.startsWith('{') || key.startsWith('[') || key.includes('(')) return {};
  }
  return { _id: { $in: candidates } };
}

/**
 * Parses the `{ "aggregate": collection, "pipeline": [...] }` EJSON text a Mongo query is
 * written in (in scenarios and in `queryText`).
 */
export function parseAggregation(query: string): { aggregate: string; pipeline: Document[] } {
  let parsed: unknown;
  try {
    parsed = EJSON.parse(query, { relaxed: false });
  } catch (error) {
    throw new HarnessError('CONFIG_INVALID', `A MongoDB query must be EJSON text, but it does not parse: ${(error as Error).message}`, {
      hint: 'Write it as {"aggregate": "orders", "pipeline": [{"$match": {…}}]}.',
      cause: error,
    });
  }
  const { aggregate, pipeline } = (parsed ?? {}) as { aggregate?: unknown; pipeline?: unknown };
  if (typeof aggregate !== 'string' || !Array.isArray(pipeline)) {
    throw new HarnessError('CONFIG_INVALID', `A MongoDB query must be {"aggregate": "<collection>", "pipeline": [...]}, got ${query.slice(0, 120)}.`, {
      hint: 'Name the collection in "aggregate" and give the stages in "pipeline".',
    });
  }
  return { aggregate, pipeline: pipeline as Document[] };
}

/** Count and whole-document hash of each collection, to prove a database unchanged. */
export async function fingerprintCollections(db: Db, collections: readonly string[]): Promise<StoreFingerprint> {
  const store = mongoFingerprinter(db);
  const result: StoreFingerprint = {};
  for (const collection of collections.filter((name) => !isSystemCollection(name))) {
    result[collection] = await store.summarize({ from: { table: collection }, key: ['_id'], values: [WHOLE_DOCUMENT] });
  }
  return result;
}
