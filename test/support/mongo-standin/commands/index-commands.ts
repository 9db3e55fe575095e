/**
 * createIndexes, listIndexes, dropIndexes. Index specs are stored and listed as given; only
 * `unique` (with `sparse` and `partialFilterExpression` deciding which documents count) is
 * enforced. Queries never use indexes, and TTL (`expireAfterSeconds`) never deletes anything.
 */
import type { Document } from 'bson';
import { isPlainObject, numberParam, valueKey } from '../bson-values.ts';
import { CommandError } from '../command-error.ts';
import type { IndexSpec } from '../index-keys.ts';
import { collectionParam, namespace, type CommandHandler } from './command-context.ts';

function sameKey(a: Document, b: Document): boolean {
  return valueKey(a) === valueKey(b);
}

/** Indexes on the same key may coexist only if their collation or partial filter differ. */
function sameIdentity(a: Document, b: Document): boolean {
  return sameKey(a.key, b.key) && valueKey(a.collation) === valueKey(b.collation) && valueKey(a.partialFilterExpression) === valueKey(b.partialFilterExpression);
}

function optionsOf(spec: Document): string {
  const { key: _key, name: _name, v: _v, ...options } = spec;
  return valueKey(Object.fromEntries(Object.entries(options).sort(([a], [b]) => a.localeCompare(b))));
}

function validateSpec(spec: unknown): IndexSpec {
  if (!isPlainObject(spec) || !isPlainObject(spec.key) || Object.keys(spec.key).length === 0) {
    throw new CommandError('FailedToParse', `Index spec must have a non-empty 'key' document: ${JSON.stringify(spec)}`);
  }
  if (typeof spec.name !== 'string' || spec.name === '') {
    throw new CommandError('FailedToParse', `Index spec must have a non-empty string 'name' (key ${JSON.stringify(spec.key)})`);
  }
  const { ns: _ns, v, key, name, ...options } = spec;
  return { v: numberParam(v) ?? 2, key, name, ...options } as IndexSpec;
}

const createIndexes: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'createIndexes', context);
  if (!Array.isArray(command.indexes) || command.indexes.length === 0) {
    throw new CommandError('BadValue', "Must specify at least one index to create in 'indexes'");
  }
  const specs = (command.indexes as unknown[]).map(validateSpec);
  const createdCollectionAutomatically = context.store.get(context.database, name) === undefined;
  const collection = context.store.ensure(context.database, name);
  const numIndexesBefore = collection.indexes().length;
  let created = 0;
  for (const spec of specs) {
    const sameName = collection.indexes().find((existing) => existing.name === spec.name);
    const sameKeys = collection.indexes().find((existing) => sameIdentity(existing, spec));
    if (sameName !== undefined) {
      if (!sameKey(sameName.key, spec.key)) {
        throw new CommandError('IndexKeySpecsConflict', `An existing index has the same name as the requested index but a different key. Requested index: ${JSON.stringify(spec.key)}, existing index: ${JSON.stringify(sameName.key)} (name ${JSON.stringify(spec.name)})`);
      }
      if (optionsOf(sameName) !== optionsOf(spec)) {
        throw new CommandError('IndexOptionsConflict', `An existing index has the same name as the requested index but different options (name ${JSON.stringify(spec.name)})`);
      }
      continue;
    }
    if (sameKeys !== undefined) {
      throw new CommandError('IndexOptionsConflict', `Index already exists with a different name: ${sameKeys.name}`);
    }
    collection.addIndex(spec);
    created += 1;
  }
  return {
    numIndexesBefore,
    numIndexesAfter: collection.indexes().length,
    createdCollectionAutomatically,
    ...(created === 0 ? { note: 'all indexes already exist' } : {}),
    ok: 1,
  };
};

const listIndexes: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'listIndexes', context);
  const collection = context.store.get(context.database, name);
  if (collection === undefined) throw new CommandError('NamespaceNotFound', `ns does not exist: ${namespace(context, name)}`);
  const batchSize = numberParam((command.cursor as Document | undefined)?.batchSize);
  return context.cursors.open(namespace(context, name), collection.indexes(), batchSize === undefined ? {} : { batchSize });
};

const dropIndexes: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'dropIndexes', context);
  const collection = context.store.get(context.database, name);
  if (collection === undefined) throw new CommandError('NamespaceNotFound', `ns not found ${namespace(context, name)}`);
  const nIndexesWas = collection.indexes().length;
  const wanted = command.index;
  const names: string[] = [];
  if (wanted === '*') {
    names.push(...collection.indexes().filter((spec) => spec.name !== '_id_').map((spec) => spec.name));
  } else {
    for (const item of Array.isArray(wanted) ? wanted : [wanted]) {
      const spec = collection.indexes().find((candidate) => (typeof item === 'string' ? candidate.name === item : isPlainObject(item) && sameKey(candidate.key, item)));
      if (spec === undefined) throw new CommandError('IndexNotFound', `index not found with name [${typeof item === 'string' ? item : JSON.stringify(item)}]`);
      if (spec.name === '_id_') throw new CommandError('InvalidOptions', 'cannot drop _id index');
      names.push(spec.name);
    }
  }
  for (const indexName of names) collection.dropIndex(indexName);
  return { nIndexesWas, ...(wanted === '*' ? { msg: 'non-_id indexes dropped for collection' } : {}), ok: 1 };
};

export const indexCommands: Record<string, CommandHandler> = {
  createIndexes,
  listIndexes,
  dropIndexes,
};
