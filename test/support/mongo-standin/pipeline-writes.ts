/** What `$out` and `$merge` do to their target collection. */
import type { Document } from 'bson';
import { cloneDocument, formatValue, isPlainObject, valueKey } from './bson-values.ts';
import { ensureId } from './apply-update.ts';
import { CommandError, notSupported } from './command-error.ts';
import { collectPathValues } from './field-path.ts';
import type { MemoryStore } from './memory-store.ts';
import { StoredCollection } from './stored-collection.ts';

/**
 * `$out`: the target's documents become the results, all or nothing (like MongoDB, which
 * writes a temporary collection and renames it). The target keeps its options and indexes.
 */
export function replaceContents(store: MemoryStore, [database, name]: [string, string], documents: Document[]): void {
  const existing = store.get(database, name);
  const next = new StoredCollection(`${database}.${name}`, existing?.options ?? {});
  for (const spec of existing?.indexes() ?? []) if (spec.name !== '_id_') next.addIndex(spec);
  for (const document of documents) next.insert(ensureId(cloneDocument(document)));
  store.put(database, name, next);
}

function matchKey(document: Document, fields: string[]): string {
  return fields.map((field) => valueKey(collectPathValues(document, field)[0] ?? null)).join('|');
}

/** `$merge` with `on`, `whenMatched` (merge, replace, keepExisting, fail) and `whenNotMatched`. */
export function mergeInto(store: MemoryStore, [database, name]: [string, string], documents: Document[], spec: Document): void {
  const on = spec.on === undefined ? ['_id'] : Array.isArray(spec.on) ? (spec.on as string[]) : [String(spec.on)];
  const whenMatched = spec.whenMatched ?? 'merge';
  const whenNotMatched = spec.whenNotMatched ?? 'insert';
  if (!['merge', 'replace', 'keepExisting', 'fail'].includes(String(whenMatched))) {
    throw notSupported(`$merge with whenMatched ${JSON.stringify(whenMatched)}`, 'Use merge, replace, keepExisting or fail.');
  }
  const target = store.ensure(database, name);
  const onIsId = on.length === 1 && on[0] === '_id';
  if (!onIsId) {
    const wanted = [...on].sort().join(',');
    const covered = target.indexes().some((index) => index.unique === true && Object.keys(index.key).sort().join(',') === wanted);
    if (!covered) {
      throw new CommandError('BadValue', `Cannot find index to verify that join fields will be unique: $merge on ${JSON.stringify(on)} needs a unique index on those fields of ${target.namespace}`);
    }
  }
  const existing = new Map<string, Document>();
  for (const document of target.documents()) existing.set(matchKey(document, on), document);
  for (const result of documents) {
    const document = cloneDocument(result);
    const match = existing.get(matchKey(document, on));
    if (match === undefined) {
      if (whenNotMatched === 'discard') continue;
      if (whenNotMatched === 'fail') {
        throw new CommandError('MergeStageNoMatchingDocument', `$merge could not find a matching document in the target collection for at least one document in the source collection: ${formatValue(document)}`);
      }
      const inserted = ensureId(document);
      target.insert(inserted);
      existing.set(matchKey(inserted, on), inserted);
      continue;
    }
    if (whenMatched === 'keepExisting') continue;
    if (whenMatched === 'fail') {
      throw new CommandError('DuplicateKey', `E11000 duplicate key error collection: ${target.namespace} ($merge whenMatched: fail) dup key: ${formatValue({ _id: match._id })}`);
    }
    const { _id: _ignored, ...fields } = document;
    const merged = whenMatched === 'merge' && isPlainObject(match) ? { ...match, ...fields } : { _id: match._id, ...fields };
    target.replace(match, merged);
    existing.set(matchKey(merged, on), merged);
  }
}
