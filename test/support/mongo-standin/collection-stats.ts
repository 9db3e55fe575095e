/**
 * Statistics in the shape of `collStats`, `$collStats.storageStats` and `dbStats`. Counts are
 * exact; `size` is the exact BSON size of the documents; `storageSize` equals `size` (there is
 * no storage engine or compression); index sizes are rough estimates (see `indexSizes`).
 */
import type { Document } from 'bson';
import type { StoredCollection } from './stored-collection.ts';

function scaled(bytes: number, scale: number): number {
  return Math.trunc(bytes / scale);
}

export function storageStats(collection: StoredCollection, scale = 1): Document {
  const size = collection.dataSize();
  const count = collection.count;
  const indexSizes = collection.indexSizes();
  const totalIndexSize = Object.values(indexSizes).reduce((sum, bytes) => sum + bytes, 0);
  return {
    size: scaled(size, scale),
    count,
    avgObjSize: count === 0 ? 0 : Math.trunc(size / count),
    storageSize: scaled(size, scale),
    freeStorageSize: 0,
    capped: false,
    nindexes: Object.keys(indexSizes).length,
    indexSizes: Object.fromEntries(Object.entries(indexSizes).map(([name, bytes]) => [name, scaled(bytes, scale)])),
    totalIndexSize: scaled(totalIndexSize, scale),
    totalSize: scaled(size + totalIndexSize, scale),
    scaleFactor: scale,
    standin: true,
  };
}

export function databaseStats(database: string, collections: StoredCollection[], scale = 1): Document {
  let objects = 0;
  let dataSize = 0;
  let indexes = 0;
  let indexSize = 0;
  for (const collection of collections) {
    const stats = storageStats(collection);
    objects += stats.count as number;
    dataSize += stats.size as number;
    indexes += stats.nindexes as number;
    indexSize += stats.totalIndexSize as number;
  }
  return {
    db: database,
    collections: collections.length,
    views: 0,
    objects,
    avgObjSize: objects === 0 ? 0 : dataSize / objects,
    dataSize: scaled(dataSize, scale),
    storageSize: scaled(dataSize, scale),
    indexes,
    indexSize: scaled(indexSize, scale),
    totalSize: scaled(dataSize + indexSize, scale),
    scaleFactor: scale,
    standin: true,
    ok: 1,
  };
}
