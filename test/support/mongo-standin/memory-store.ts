/** Databases and their collections, in memory; a database exists while it has a collection. */
import { CommandError } from './command-error.ts';
import { StoredCollection } from './stored-collection.ts';
import type { Document } from 'bson';

export function validateCollectionName(database: string, name: unknown): string {
  if (typeof name !== 'string' || name === '' || name.includes('$') || name.includes('\0') || name.startsWith('.')) {
    throw new CommandError('InvalidNamespace', `Invalid collection name: ${JSON.stringify(name)} in database ${JSON.stringify(database)}`);
  }
  return name;
}

export class MemoryStore {
  #databases = new Map<string, Map<string, StoredCollection>>();

  databaseNames(): string[] {
    return [...this.#databases.keys()].filter((name) => (this.#databases.get(name)?.size ?? 0) > 0).sort();
  }

  collections(database: string): Map<string, StoredCollection> {
    return this.#databases.get(database) ?? new Map();
  }

  get(database: string, name: string): StoredCollection | undefined {
    return this.#databases.get(database)?.get(name);
  }

  /** The collection, created implicitly (as MongoDB does on insert, upsert or createIndexes). */
  ensure(database: string, name: string): StoredCollection {
    const existing = this.get(database, name);
    if (existing !== undefined) return existing;
    return this.create(database, name, {});
  }

  create(database: string, name: string, options: Document): StoredCollection {
    validateCollectionName(database, name);
    if (this.get(database, name) !== undefined) {
      throw new CommandError('NamespaceExists', `Collection ${database}.${name} already exists.`);
    }
    const collection = new StoredCollection(`${database}.${name}`, options);
    this.put(database, name, collection);
    return collection;
  }

  /** Installs a collection under a name, replacing any there (how `$out` swaps its result in). */
  put(database: string, name: string, collection: StoredCollection): void {
    validateCollectionName(database, name);
    let collections = this.#databases.get(database);
    if (collections === undefined) {
      collections = new Map();
      this.#databases.set(database, collections);
    }
    collections.set(name, collection);
  }

  drop(database: string, name: string): StoredCollection | undefined {
    const collection = this.get(database, name);
    this.#databases.get(database)?.delete(name);
    return collection;
  }

  dropDatabase(database: string): void {
    this.#databases.delete(database);
  }

  rename(from: [string, string], to: [string, string], dropTarget: boolean): void {
    const source = this.get(...from);
    if (source === undefined) {
      throw new CommandError('NamespaceNotFound', `Source collection ${from.join('.')} does not exist`);
    }
    validateCollectionName(to[0], to[1]);
    if (from[0] === to[0] && from[1] === to[1]) {
      throw new CommandError('IllegalOperation', `Can't rename a collection to itself: ${from.join('.')}`);
    }
    if (this.get(...to) !== undefined) {
      if (!dropTarget) throw new CommandError('NamespaceExists', `target namespace exists: ${to.join('.')}`);
      this.drop(...to);
    }
    this.drop(...from);
    source.rename(to.join('.'));
    this.put(to[0], to[1], source);
  }
}
