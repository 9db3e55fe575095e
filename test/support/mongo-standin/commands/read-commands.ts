/** find, getMore, killCursors, count, distinct, aggregate. */
import type { Document } from 'bson';
import { runPipeline } from '../aggregate-pipeline.ts';
import { numberParam, valueKey } from '../bson-values.ts';
import { CommandError, notSupported } from '../command-error.ts';
import { collectPathValues } from '../field-path.ts';
import { projectDocuments, selectDocuments } from '../select-documents.ts';
import { collectionParam, documentParam, namespace, pipelineEnvironment, type CommandHandler } from './command-context.ts';

const REFUSED_FIND_OPTIONS: Record<string, string> = {
  collation: 'collation',
  tailable: 'tailable cursors',
  awaitData: 'tailable cursors',
  returnKey: 'returnKey',
  showRecordId: 'showRecordId',
  min: 'find with min',
  max: 'find with max',
};

const find: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'find', context);
  for (const [option, what] of Object.entries(REFUSED_FIND_OPTIONS)) {
    if (command[option] !== undefined && command[option] !== false) throw notSupported(what);
  }
  const limit = numberParam(command.limit) ?? 0;
  const sort = documentParam(command, 'sort');
  const selected = selectDocuments(context.store.get(context.database, name), {
    filter: documentParam(command, 'filter') ?? {},
    skip: command.skip,
    limit,
    variables: (command.let as Document | undefined) ?? {},
    ...(sort === undefined ? {} : { sort }),
  });
  const filter = documentParam(command, 'filter') ?? {};
  const documents = projectDocuments(selected, documentParam(command, 'projection'), filter);
  const batchSize = numberParam(command.batchSize);
  return context.cursors.open(namespace(context, name), documents, {
    ...(batchSize === undefined ? {} : { batchSize }),
    singleBatch: command.singleBatch === true || limit < 0,
  });
};

const getMore: CommandHandler = (command, context) => {
  // Not validated as a collection name: listCollections and `aggregate: 1` cursors live on
  // `$cmd.listCollections` and `$cmd.aggregate`.
  const name = String(command.collection);
  const batchSize = numberParam(command.batchSize);
  return context.cursors.getMore(command.getMore, namespace(context, name), batchSize === 0 ? undefined : batchSize);
};

const killCursors: CommandHandler = (command, context) =>
  context.cursors.kill(Array.isArray(command.cursors) ? command.cursors : []);

const count: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'count', context);
  if (command.collation !== undefined) throw notSupported('collation');
  const selected = selectDocuments(context.store.get(context.database, name), {
    filter: documentParam(command, 'query') ?? {},
    skip: command.skip,
    limit: command.limit,
  });
  return { n: selected.length, ok: 1 };
};

const distinct: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'distinct', context);
  if (command.collation !== undefined) throw notSupported('collation');
  if (typeof command.key !== 'string') throw new CommandError('FailedToParse', `BSON field 'distinct.key' is missing or is not a string`);
  const key = command.key;
  const seen = new Map<string, unknown>();
  for (const document of selectDocuments(context.store.get(context.database, name), { filter: documentParam(command, 'query') ?? {} })) {
    for (const value of collectPathValues(document, key)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const itemKey = valueKey(item);
        if (!seen.has(itemKey)) seen.set(itemKey, item);
      }
    }
  }
  return { values: [...seen.values()], ok: 1 };
};

const aggregate: CommandHandler = (command, context) => {
  if (command.explain === true) throw notSupported('explain');
  if (command.collation !== undefined) throw notSupported('collation');
  const cursor = documentParam(command, 'cursor');
  if (cursor === undefined) throw new CommandError('FailedToParse', "The 'cursor' option is required, except for aggregate with the explain argument");
  if (!Array.isArray(command.pipeline)) throw new CommandError('TypeMismatch', "'pipeline' option must be specified as an array");
  const onCollection = typeof command.aggregate === 'string';
  const name = onCollection ? collectionParam(command, 'aggregate', context) : undefined;
  const input = name === undefined ? [] : (context.store.get(context.database, name)?.documents() ?? []);
  const environment = pipelineEnvironment(context, (command.let as Document | undefined) ?? {});
  const results = runPipeline(input, command.pipeline as Document[], environment, name);
  const batchSize = numberParam(cursor.batchSize);
  return context.cursors.open(namespace(context, name ?? '$cmd.aggregate'), results, batchSize === undefined ? {} : { batchSize });
};

export const readCommands: Record<string, CommandHandler> = {
  find,
  getMore,
  killCursors,
  count,
  distinct,
  aggregate,
};
