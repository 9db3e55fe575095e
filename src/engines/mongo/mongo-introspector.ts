import type { Db, Document } from 'mongodb';
import type { ColumnInfo, SchemaSnapshot, TableInfo } from '../engine.ts';
import { isSubDocument } from '../../mongo/document-paths.ts';
import { isSystemCollection } from './mongo-session.ts';

/** How many documents per collection the shape is read from (the first ones by natural order). */
export const SHAPE_SAMPLE_SIZE = 200;

export interface MongoCollectionInfo extends TableInfo {
  /** The collection's `$jsonSchema` or query validator, as the server returns it; absent when none. */
  validator?: Document;
}

/**
 * Collections with their indexes, validators and the shape of sampled documents. A
 * collection has no declared columns; its "columns" are the dotted paths seen in the
 * sample, each with the BSON types seen (`string|null`) and `nullable` when some sampled
 * document lacks it or holds null. Arrays are described by their elements (`items.[]`).
 *
 * The sample is the first `sampleSize` documents, not `$sample`: the shape must be the
 * same every time the same data is introspected.
 */
export async function introspectMongo(db: Db, sampleSize = SHAPE_SAMPLE_SIZE): Promise<{ tables: MongoCollectionInfo[] }> {
  const listed = await db.listCollections({}, { nameOnly: false }).toArray();
  const collections = listed
    .filter((c) => (c.type ?? 'collection') === 'collection' && !isSystemCollection(c.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tables: MongoCollectionInfo[] = [];
  for (const info of collections) {
    const collection = db.collection(info.name);
    const indexes = await collection.indexes();
    const sample = await collection.find({}, { promoteValues: false }).limit(sampleSize).toArray();
    const validator = (info as { options?: { validator?: Document } }).options?.validator;
    tables.push({
      name: info.name,
      schema: db.databaseName,
      columns: shapeOf(sample),
      primaryKey: ['_id'],
      indexes: indexes.map((index) => ({
        name: String(index.name),
        unique: index.unique === true || index.name === '_id_',
        definition: JSON.stringify({ key: index.key, ...(index.unique ? { unique: true } : {}), ...(index.expireAfterSeconds !== undefined ? { expireAfterSeconds: index.expireAfterSeconds } : {}) }),
      })),
      ...(validator && Object.keys(validator).length > 0 ? { validator } : {}),
    });
  }
  return { tables } satisfies SchemaSnapshot;
}

/** The dotted paths of some documents with the BSON types seen at each. */
export function shapeOf(documents: readonly Document[]): ColumnInfo[] {
  const seen = new Map<string, { types: Set<string>; present: number; nulls: number }>();
  const visit = (value: unknown, path: string) => {
    let entry = seen.get(path);
    if (!entry) seen.set(path, (entry = { types: new Set(), present: 0, nulls: 0 }));
    entry.present += 1;
    entry.types.add(bsonTypeOf(value));
    if (value === null) entry.nulls += 1;
    if (isSubDocument(value)) for (const [key, child] of Object.entries(value)) if (child !== undefined) visit(child, `${path}.${key}`);
    if (Array.isArray(value)) for (const element of value) visit(element, `${path}.[]`);
  };
  for (const document of documents) for (const [key, value] of Object.entries(document)) if (value !== undefined) visit(value, key);
  const total = (path: string) => (path.includes('.[]') ? undefined : documentsHolding(path));
  const documentsHolding = (path: string) => {
    const parent = path.includes('.') ? seen.get(path.slice(0, path.lastIndexOf('.'))) : undefined;
    return parent ? parent.present - parent.nulls : documents.length;
  };
  return [...seen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, entry]) => ({
      name: path,
      type: [...entry.types].sort().join('|'),
      nullable: entry.nulls > 0 || (total(path) !== undefined && entry.present < total(path)!),
      default: null,
    }));
}

/** The BSON type name MongoDB's `$type` uses. */
export function bsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (value instanceof Uint8Array) return 'binData';
  const bson = typeof value === 'object' ? (value as { _bsontype?: unknown })._bsontype : undefined;
  if (typeof bson === 'string') return BSON_TYPE_NAMES[bson] ?? bson;
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
    case 'bigint':
      return 'long';
    default:
      return 'object';
  }
}

const BSON_TYPE_NAMES: Record<string, string> = {
  Int32: 'int', Long: 'long', Double: 'double', Decimal128: 'decimal', ObjectId: 'objectId', Binary: 'binData',
  Timestamp: 'timestamp', BSONRegExp: 'regex', MinKey: 'minKey', MaxKey: 'maxKey', Code: 'javascript', BSONSymbol: 'symbol',
};
