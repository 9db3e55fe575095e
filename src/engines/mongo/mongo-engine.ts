import { type Document, BSON } from 'mongodb';
import type { Engine, QueryTextResult } from '../engine.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { canonicalText } from '../../mongo/canonical-value.ts';
import { bulkInsert } from './mongo-bulk-load.ts';
import { fingerprintCollections, mongoFingerprinter, parseAggregation } from './mongo-fingerprint.ts';
import { introspectMongo } from './mongo-introspector.ts';
import type { MongoSession } from './mongo-session.ts';

const { EJSON } = BSON;

/** A MongoDB engine adapter over one database of an open client. */
export interface MongoEngine extends Engine {
  readonly kind: 'mongodb';
  /** The raw session, for migrators, seeding and dump/restore. */
  readonly session: MongoSession;
  /** Inserts documents unordered in batches; returns how many were inserted. */
  insertDocuments(collection: string, documents: AsyncIterable<Document> | Iterable<Document>, batchSize?: number): Promise<number>;
}

/**
 * Builds the adapter, asking the server for its version (`buildInfo`).
 *
 * `bulkLoad` takes chunks of newline-delimited canonical EJSON (one document a line), the
 * Mongo counterpart of COPY text; `queryText` takes an aggregation as EJSON text
 * (`{"aggregate": "users", "pipeline": [...]}`) and returns every value as canonical text.
 * MongoDB cannot roll DDL back (`createIndex`, `collMod`, `drop` outside transactions), so
 * `transactionalDdl` is false: migrators state what a failure leaves behind instead.
 *
 * @example
 * await using session = await connectMongo(url, 'App');
 * const engine = await mongoEngine(session);
 * await engine.count('users');
 */
export async function mongoEngine(session: MongoSession): Promise<MongoEngine> {
  const info = await session.db.admin().command({ buildInfo: 1 });
  const { db } = session;
  return {
    kind: 'mongodb',
    serverVersion: String(info.version),
    capabilities: { transactionalDdl: false },
    session,
    ...mongoFingerprinter(db),

    introspect: () => introspectMongo(db),

    count: (collection) => db.collection(collection).countDocuments({}),

    async bulkLoad(collection, _fields, chunks) {
      return bulkInsert(db.collection(collection), ejsonLines(chunks));
    },

    insertDocuments: (collection, documents, batchSize) => bulkInsert(db.collection(collection), documents, batchSize),

    async fingerprintAll(options = {}) {
      const exclude = new Set(options.exclude ?? []);
      const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((name) => !exclude.has(name));
      return fingerprintCollections(db, names.sort());
    },

    queryText: (query) => aggregateAsText(session, query),
  };
}

/** Runs an aggregation; columns are the top-level fields in first-seen order, values their canonical text. */
async function aggregateAsText(session: MongoSession, query: string): Promise<QueryTextResult> {
  const { aggregate, pipeline } = parseAggregation(query);
  const documents = await session.db.collection(aggregate).aggregate(pipeline, { promoteValues: false }).toArray();
  const columns = [...new Set(documents.flatMap((document) => Object.keys(document)))];
  return {
    columns,
    rows: documents.map((document) => columns.map((column) => (document[column] === undefined ? null : textOf(document[column])))),
  };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : canonicalText(value);
}

/** Parses newline-delimited canonical EJSON; a line that does not parse names its number. */
async function* ejsonLines(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<Document> {
  const decoder = new TextDecoder();
  let pending = '';
  let line = 0;
  const parse = (text: string): Document => {
    line += 1;
    try {
      return EJSON.parse(text, { relaxed: false }) as Document;
    } catch (error) {
      throw new HarnessError('SEED_FAILED', `Line ${line} of the EJSON bulk load does not parse: ${(error as Error).message}`, {
        hint: 'Give one canonical EJSON document per line (EJSON.stringify(document, { relaxed: false })).',
        cause: error,
      });
    }
  };
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) if (text.trim() !== '') yield parse(text);
  }
  if (pending.trim() !== '') yield parse(pending);
}
