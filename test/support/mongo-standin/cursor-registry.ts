/**
 * Server-side cursors for `find`/`aggregate`/`listCollections`/`listIndexes` and `getMore`.
 * A cursor holds the full result computed when it was opened (a snapshot, not a live scan) and
 * never times out; `killCursors`, exhausting it or stopping the stand-in removes it.
 */
import { Long, calculateObjectSize, type Document } from 'bson';
import { CommandError } from './command-error.ts';

const DEFAULT_FIRST_BATCH = 101;
// MongoDB caps a batch at 16 MiB; leave room for the reply envelope.
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;

interface OpenCursor {
  namespace: string;
  documents: Document[];
  position: number;
}

function takeBatch(cursor: OpenCursor, batchSize: number | undefined): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  while (cursor.position < cursor.documents.length && (batchSize === undefined || batch.length < batchSize)) {
    const document = cursor.documents[cursor.position] as Document;
    bytes += calculateObjectSize(document);
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(document);
    cursor.position += 1;
  }
  return batch;
}

export class CursorRegistry {
  #nextId = 1n;
  #cursors = new Map<string, OpenCursor>();

  get openCount(): number {
    return this.#cursors.size;
  }

  /** The reply of a cursor-returning command: `{ cursor: { firstBatch, id, ns }, ok: 1 }`. */
  open(namespace: string, documents: Document[], options: { batchSize?: number; singleBatch?: boolean } = {}): Document {
    const cursor: OpenCursor = { namespace, documents, position: 0 };
    const firstBatch = takeBatch(cursor, options.batchSize ?? DEFAULT_FIRST_BATCH);
    let id = Long.ZERO;
    if (cursor.position < documents.length && options.singleBatch !== true) {
      id = Long.fromBigInt(this.#nextId);
      this.#nextId += 1n;
      this.#cursors.set(id.toString(), cursor);
    }
    return { cursor: { firstBatch, id, ns: namespace }, ok: 1 };
  }

  getMore(id: unknown, namespace: string, batchSize: number | undefined): Document {
    const key = String(id);
    const cursor = this.#cursors.get(key);
    if (cursor === undefined) throw new CommandError('CursorNotFound', `cursor id ${key} not found`);
    if (cursor.namespace !== namespace) {
      throw new CommandError('BadValue', `Requested getMore on namespace '${namespace}', but cursor belongs to a different namespace ${cursor.namespace}`);
    }
    const nextBatch = takeBatch(cursor, batchSize);
    const exhausted = cursor.position >= cursor.documents.length;
    if (exhausted) this.#cursors.delete(key);
    return { cursor: { nextBatch, id: exhausted ? Long.ZERO : id, ns: namespace }, ok: 1 };
  }

  kill(ids: unknown[]): Document {
    const cursorsKilled: unknown[] = [];
    const cursorsNotFound: unknown[] = [];
    for (const id of ids) (this.#cursors.delete(String(id)) ? cursorsKilled : cursorsNotFound).push(id);
    return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  }

  clear(): void {
    this.#cursors.clear();
  }
}
