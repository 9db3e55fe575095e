import type { Collection, Document } from 'mongodb';
import { MongoBulkWriteError } from 'mongodb';
import { HarnessError } from '../../errors/harness-error.ts';

/** Documents per `insertMany`: well under the 48 MB message limit for documents of a few KB. */
export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Inserts documents with unordered `insertMany` in batches: unordered lets the server apply
 * a batch in any order and report every failing document at once instead of stopping at
 * the first. Any write error is a `SEED_FAILED` naming the collection, the batch and the
 * first failing documents' index and message.
 */
export async function bulkInsert(
  collection: Collection,
  documents: AsyncIterable<Document> | Iterable<Document>,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<number> {
  let inserted = 0;
  let batch: Document[] = [];
  let batchNumber = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    batchNumber += 1;
    try {
      const result = await collection.insertMany(batch, { ordered: false, ignoreUndefined: true });
      inserted += result.insertedCount;
    } catch (error) {
      if (error instanceof MongoBulkWriteError) {
        const errors = (Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors]).slice(0, 3);
        const first = errors.map((e) => `document ${(batchNumber - 1) * batchSize + e.index}: ${e.errmsg ?? e.code}`).join('; ');
        throw new HarnessError(
          'SEED_FAILED',
          `Inserting into ${JSON.stringify(collection.collectionName)} failed in batch ${batchNumber}: ${error.result.insertedCount} of ${batch.length} documents inserted; ${first}.`,
          { hint: 'A duplicate _id or a collection validator refused the documents; fix the generator or the validator.', cause: error },
        );
      }
      throw error;
    }
    batch = [];
  };
  for await (const document of documents) {
    batch.push(document);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return inserted;
}
