/**
 * One collection in memory: documents in insertion order keyed by `_id`, the index specs as
 * created, and a key table per unique index. Stored documents are never mutated — an update
 * replaces the object — so an open cursor keeps the snapshot it was created with.
 */
import { UUID, calculateObjectSize, type Document } from 'bson';
import { formatValue, valueKey } from './bson-values.ts';
import { CommandError } from './command-error.ts';
import { keyExtractor, type IndexKey, type IndexSpec, type KeyExtractor } from './index-keys.ts';

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

interface UniqueIndex {
  extractor: KeyExtractor;
  /** index key → `_id` key of the document holding it */
  owners: Map<string, string>;
}

export class StoredCollection {
  readonly uuid = new UUID();
  options: Document;
  #namespace: string;
  #documents = new Map<string, Document>();
  #indexes: IndexSpec[] = [ID_INDEX];
  #unique = new Map<string, UniqueIndex>();

  constructor(namespace: string, options: Document = {}) {
    this.#namespace = namespace;
    this.options = options;
  }

  get namespace(): string {
    return this.#namespace;
  }

  rename(namespace: string): void {
    this.#namespace = namespace;
  }

  get count(): number {
    return this.#documents.size;
  }

  documents(): Document[] {
    return [...this.#documents.values()];
  }

  indexes(): IndexSpec[] {
    return [...this.#indexes];
  }

  #duplicate(indexName: string, keyPattern: Document, keyValue: Document): CommandError {
    return new CommandError(
      'DuplicateKey',
      `E11000 duplicate key error collection: ${this.#namespace} index: ${indexName} dup key: ${formatValue(keyValue)}`,
      { keyPattern, keyValue },
    );
  }

  #conflicts(document: Document, idKey: string): Array<[UniqueIndex, IndexKey[]]> {
    const keysByIndex: Array<[UniqueIndex, IndexKey[]]> = [];
    for (const index of this.#unique.values()) {
      const keys = index.extractor.keysOf(document);
      for (const { key, keyValue } of keys) {
        const owner = index.owners.get(key);
        if (owner !== undefined && owner !== idKey) {
          throw this.#duplicate(index.extractor.spec.name, index.extractor.spec.key, keyValue);
        }
      }
      keysByIndex.push([index, keys]);
    }
    return keysByIndex;
  }

  #unindex(document: Document, idKey: string): void {
    for (const index of this.#unique.values()) {
      for (const { key } of index.extractor.keysOf(document)) {
        if (index.owners.get(key) === idKey) index.owners.delete(key);
      }
    }
  }

  /** Adds a document (its `_id` already set); throws E11000 and changes nothing on a duplicate. */
  insert(document: Document): void {
    const idKey = valueKey(document._id);
    if (this.#documents.has(idKey)) throw this.#duplicate('_id_', { _id: 1 }, { _id: document._id });
    const keysByIndex = this.#conflicts(document, idKey);
    for (const [index, keys] of keysByIndex) for (const { key } of keys) index.owners.set(key, idKey);
    this.#documents.set(idKey, document);
  }

  /** Replaces a stored document with a new version (same `_id`), keeping its position. */
  replace(previous: Document, next: Document): void {
    const idKey = valueKey(previous._id);
    const keysByIndex = this.#conflicts(next, idKey);
    this.#unindex(previous, idKey);
    for (const [index, keys] of keysByIndex) for (const { key } of keys) index.owners.set(key, idKey);
    this.#documents.set(idKey, next);
  }

  remove(document: Document): void {
    const idKey = valueKey(document._id);
    this.#unindex(document, idKey);
    this.#documents.delete(idKey);
  }

  clear(): void {
    this.#documents.clear();
    for (const index of this.#unique.values()) index.owners.clear();
  }

  /** Adds an index; a unique one is built first and refused with E11000 if data violates it. */
  addIndex(spec: IndexSpec): void {
    if (spec.unique === true) {
      const index: UniqueIndex = { extractor: keyExtractor(spec), owners: new Map() };
      for (const [idKey, document] of this.#documents) {
        for (const { key, keyValue } of index.extractor.keysOf(document)) {
          const owner = index.owners.get(key);
          if (owner !== undefined && owner !== idKey) throw this.#duplicate(spec.name, spec.key, keyValue);
          index.owners.set(key, idKey);
        }
      }
      this.#unique.set(spec.name, index);
    }
    this.#indexes.push(spec);
  }

  dropIndex(name: string): void {
    this.#indexes = this.#indexes.filter((spec) => spec.name !== name);
    this.#unique.delete(name);
  }

  /** Sum of the BSON sizes of the documents: MongoDB's `size` (uncompressed data size). */
  dataSize(): number {
    let size = 0;
    for (const document of this.#documents.values()) size += calculateObjectSize(document);
    return size;
  }

  /**
   * A rough index size: BSON bytes of each key plus 16 bytes of record id per entry. No
   * B-tree is modelled, so this is only a plausible magnitude, not what MongoDB would report.
   */
  indexSizes(): Record<string, number> {
    const sizes: Record<string, number> = {};
    for (const spec of this.#indexes) {
      const extractor = keyExtractor(spec);
      let size = 0;
      for (const document of this.#documents.values()) {
        for (const { keyValue } of extractor.keysOf(document)) size += calculateObjectSize(keyValue) + 16;
      }
      sizes[spec.name] = size;
    }
    return sizes;
  }
}
