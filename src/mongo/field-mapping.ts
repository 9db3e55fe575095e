import type { Document } from 'mongodb';
import { cloneDocument, readPath, removePath, writePath } from './document-paths.ts';

/**
 * How a source document's fields map onto the target's, for document parity.
 *
 * @example
 * // `fullName` renamed to `name`, `city` moved into `address`, `lastLogin` not compared
 * { fields: { fullName: 'name', city: 'address.city' }, ignore: ['lastLogin'] }
 */
export interface DocumentMapping {
  /** Source path → target path: a renamed field, or one moved into (or out of) a sub-document. */
  fields?: Readonly<Record<string, string>>;
  /** Paths left out on both sides (target paths): fields the migration adds or may change. */
  ignore?: readonly string[];
}

/**
 * A source document in the target's shape: every mapped value is read first and written
 * after, so a swap (`a → b`, `b → a`) works; a field absent in the source stays absent
 * (it does not become `null`), so a mapping never hides a missing field.
 */
export function applyMapping(document: Document, mapping: DocumentMapping): Document {
  const result = cloneDocument(document) as Record<string, unknown>;
  const moves = Object.entries(mapping.fields ?? {}).map(([from, to]) => ({ from, to, value: readPath(document, from) }));
  for (const move of moves) removePath(result, move.from);
  for (const move of moves) if (move.value !== undefined) writePath(result, move.to, cloneDocument(move.value));
  return withoutPaths(result, mapping.ignore ?? []);
}

/** A copy of the document without the given paths. */
export function withoutPaths(document: Document, paths: readonly string[]): Document {
  if (paths.length === 0) return document;
  const result = cloneDocument(document) as Record<string, unknown>;
  for (const path of paths) removePath(result, path);
  return result;
}

/**
 * An embedded array that a migration moved into its own collection: each element of
 * `array` in a source document becomes one target document holding the parent's `_id` in
 * `parentKey`. Elements are matched by (`parentKey`, `key`); the target's own `_id` is not
 * compared (the migration mints it).
 *
 * @example
 * { array: 'items', parentKey: 'orderId', key: 'sku' } // orders.items[] → order_items
 */
export interface ArraySplit {
  array: string;
  parentKey: string;
  key: string;
}

/**
 * The aggregation that turns the source collection into the split collection's rows, run
 * by the server: `$unwind` the array, then each element merged with its parent's `_id`.
 */
export function splitPipeline(split: ArraySplit): Document[] {
  return [
    { $unwind: `$${split.array}` },
    { $replaceWith: { $mergeObjects: [`$${split.array}`, { [split.parentKey]: '$_id' }] } },
  ];
}
