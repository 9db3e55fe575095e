/** listDatabases, listCollections, create, collMod, drop, dropDatabase, renameCollection. */
import type { Document } from 'bson';
import { numberParam } from '../bson-values.ts';
import { viewOf } from '../bson-view.ts';
import { CommandError, notSupported } from '../command-error.ts';
import { compileFilter } from '../mingo-engine.ts';
import { ID_INDEX } from '../stored-collection.ts';
import { GENERIC_FIELDS, collectionParam, documentParam, namespace, type CommandHandler } from './command-context.ts';

const REFUSED_CREATE_OPTIONS: Record<string, string> = {
  viewOn: 'views',
  timeseries: 'time-series collections',
  clusteredIndex: 'clustered collections',
  capped: 'capped collections',
  collation: 'collections with a default collation',
  encryptedFields: 'queryable encryption',
};

function filtered(entries: Document[], filter: Document | undefined): Document[] {
  const matches = compileFilter(filter === undefined ? undefined : viewOf(filter));
  return entries.filter((entry) => matches(viewOf(entry)));
}

const listDatabases: CommandHandler = (command, context) => {
  const databases = context.store.databaseNames().map((name) => {
    let sizeOnDisk = 0;
    for (const collection of context.store.collections(name).values()) sizeOnDisk += collection.dataSize();
    return { name, sizeOnDisk, empty: false };
  });
  const selected = filtered(databases, documentParam(command, 'filter'));
  if (command.nameOnly === true) return { databases: selected.map(({ name }) => ({ name })), ok: 1 };
  const totalSize = selected.reduce((sum, database) => sum + (database.sizeOnDisk as number), 0);
  return { databases: selected, totalSize, totalSizeMb: Math.floor(totalSize / (1024 * 1024)), ok: 1 };
};

const listCollections: CommandHandler = (command, context) => {
  const entries = [...context.store.collections(context.database).entries()].map(([name, collection]) => ({
    name,
    type: 'collection',
    options: collection.options,
    info: { readOnly: false, uuid: collection.uuid },
    idIndex: ID_INDEX,
  }));
  const selected = filtered(entries, documentParam(command, 'filter'));
  const documents = command.nameOnly === true ? selected.map(({ name, type }) => ({ name, type })) : selected;
  const batchSize = numberParam(documentParam(command, 'cursor')?.batchSize);
  return context.cursors.open(namespace(context, '$cmd.listCollections'), documents, batchSize === undefined ? {} : { batchSize });
};

/** The options a `create`/`collMod` stores: everything that is not a generic command field. */
function collectionOptions(command: Document, commandName: string): Document {
  const options: Document = {};
  for (const [key, value] of Object.entries(command)) {
    if (key === commandName || GENERIC_FIELDS.has(key)) continue;
    const refused = REFUSED_CREATE_OPTIONS[key];
    if (refused !== undefined && value !== false) throw notSupported(refused);
    options[key] = value;
  }
  return options;
}

const create: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'create', context);
  context.store.create(context.database, name, collectionOptions(command, 'create'));
  return { ok: 1 };
};

const collMod: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'collMod', context);
  const collection = context.store.get(context.database, name);
  if (collection === undefined) throw new CommandError('NamespaceNotFound', `ns does not exist: ${namespace(context, name)}`);
  const { index, ...options } = collectionOptions(command, 'collMod');
  if (index !== undefined) {
    const spec = collection.indexes().find((candidate) =>
      typeof index.name === 'string' ? candidate.name === index.name : JSON.stringify(viewOf(candidate.key)) === JSON.stringify(viewOf(index.keyPattern ?? {})),
    );
    if (spec === undefined) throw new CommandError('IndexNotFound', `cannot find index ${JSON.stringify(index.name ?? index.keyPattern)} for ns ${collection.namespace}`);
    if ('unique' in index || 'prepareUnique' in index) throw notSupported('collMod converting an index to unique');
    for (const [key, value] of Object.entries(index as Document)) if (key !== 'name' && key !== 'keyPattern') spec[key] = value;
  }
  collection.options = { ...collection.options, ...options };
  return { ok: 1 };
};

const drop: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'drop', context);
  const dropped = context.store.drop(context.database, name);
  // MongoDB 7.0 answers ok for a collection that does not exist.
  return dropped === undefined ? { ok: 1 } : { nIndexesWas: dropped.indexes().length, ns: dropped.namespace, ok: 1 };
};

const dropDatabase: CommandHandler = (_command, context) => {
  context.store.dropDatabase(context.database);
  return { dropped: context.database, ok: 1 };
};

function splitNamespace(value: unknown, field: string): [string, string] {
  const text = String(value);
  const dot = text.indexOf('.');
  if (typeof value !== 'string' || dot <= 0) throw new CommandError('InvalidNamespace', `Invalid ${field} namespace: ${JSON.stringify(value)}`);
  return [text.slice(0, dot), text.slice(dot + 1)];
}

const renameCollection: CommandHandler = (command, context) => {
  if (context.database !== 'admin') throw new CommandError('IllegalOperation', 'renameCollection may only be run against the admin database.');
  context.store.rename(splitNamespace(command.renameCollection, 'source'), splitNamespace(command.to, 'target'), command.dropTarget === true);
  return { ok: 1 };
};

export const namespaceCommands: Record<string, CommandHandler> = {
  listDatabases,
  listCollections,
  create,
  collMod,
  drop,
  dropDatabase,
  renameCollection,
};
