/**
 * insert, update, delete and findAndModify. Each statement is atomic on its document; a
 * statement's error becomes a `writeErrors` entry (ordered writes stop there, unordered go on),
 * as the driver expects. There are no multi-document transactions.
 */
import { calculateObjectSize, serialize, type Document } from 'bson';
import { applyUpdate, ensureId, isOperatorUpdate, upsertSeed, type UpdateContext } from '../apply-update.ts';
import { runPipeline } from '../aggregate-pipeline.ts';
import { numberParam } from '../bson-values.ts';
import { viewOf } from '../bson-view.ts';
import { CommandError, notSupported } from '../command-error.ts';
import { projectDocuments, selectDocuments } from '../select-documents.ts';
import type { StoredCollection } from '../stored-collection.ts';
import { compileArrayFilters } from '../update-paths.ts';
import { collectionParam, documentParam, pipelineEnvironment, type CommandContext, type CommandHandler } from './command-context.ts';

const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

function checkSize(document: Document): Document {
  const size = calculateObjectSize(document);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new CommandError('BadValue', `object to insert too large. size in bytes: ${size}, max size: ${MAX_DOCUMENT_BYTES}`);
  }
  return document;
}

function sameBytes(a: Document, b: Document): boolean {
  return Buffer.compare(serialize(a), serialize(b)) === 0;
}

function statements(command: Document, field: string): Document[] {
  const value = command[field];
  if (!Array.isArray(value)) throw new CommandError('FailedToParse', `BSON field '${field}' is missing or is not an array`);
  return value as Document[];
}

/** Runs statements one by one, collecting `writeErrors`; ordered stops at the first. */
function eachStatement(command: Document, items: Document[], run: (item: Document, index: number) => void): Document[] {
  const ordered = command.ordered !== false;
  const writeErrors: Document[] = [];
  for (const [index, item] of items.entries()) {
    try {
      run(item, index);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      writeErrors.push(error.toWriteError(index));
      if (ordered) break;
    }
  }
  return writeErrors;
}

function withWriteErrors(reply: Document, writeErrors: Document[]): Document {
  return writeErrors.length === 0 ? reply : { ...reply, writeErrors };
}

function refuseCollation(item: Document): void {
  if (item.collation !== undefined) throw notSupported('collation');
}

const insert: CommandHandler = (command, context) => {
  const collection = context.store.ensure(context.database, collectionParam(command, 'insert', context));
  let n = 0;
  const writeErrors = eachStatement(command, statements(command, 'documents'), (document) => {
    collection.insert(checkSize(ensureId(document)));
    n += 1;
  });
  return withWriteErrors({ n, ok: 1 }, writeErrors);
};

function updateContext(filter: Document, arrayFilters: unknown, context: CommandContext, variables: Document): UpdateContext {
  const environment = pipelineEnvironment(context, variables);
  return {
    filterView: viewOf(filter),
    arrayFilters: compileArrayFilters(Array.isArray(arrayFilters) ? (arrayFilters as Document[]).map(viewOf) : undefined),
    inserting: false,
    now: environment.now,
    runPipeline: (document, pipeline) => runPipeline([document], pipeline, environment)[0] ?? {},
  };
}

/** Builds and inserts the document of an upsert that matched nothing. */
function upsert(collection: StoredCollection, filter: Document, update: Document | Document[], context: UpdateContext): Document {
  const seed = upsertSeed(filter);
  const built = Array.isArray(update) || isOperatorUpdate(update)
    ? applyUpdate(seed, update, { ...context, inserting: true })
    : { ...(seed._id === undefined ? {} : { _id: seed._id }), ...update };
  const document = checkSize(ensureId(built));
  collection.insert(document);
  return document;
}

const update: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'update', context);
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const writeErrors = eachStatement(command, statements(command, 'updates'), (statement, index) => {
    refuseCollation(statement);
    const filter = (statement.q as Document | undefined) ?? {};
    const change = statement.u as Document | Document[];
    const multi = statement.multi === true;
    if (multi && !Array.isArray(change) && !isOperatorUpdate(change)) {
      throw new CommandError('FailedToParse', 'multi update is not supported for replacement-style update');
    }
    const variables = { ...(command.let as Document | undefined), ...(statement.c as Document | undefined) };
    const updateState = updateContext(filter, statement.arrayFilters, context, variables);
    const existing = context.store.get(context.database, name);
    const targets = selectDocuments(existing, { filter, variables, ...(statement.sort === undefined ? {} : { sort: statement.sort as Document }), ...(multi ? {} : { limit: 1 }) });
    if (targets.length === 0 && statement.upsert === true) {
      const document = upsert(context.store.ensure(context.database, name), filter, change, updateState);
      upserted.push({ index, _id: document._id });
      n += 1;
      return;
    }
    for (const target of targets) {
      const next = applyUpdate(target, change, updateState);
      n += 1;
      if (sameBytes(target, next)) continue;
      (existing as StoredCollection).replace(target, checkSize(next));
      nModified += 1;
    }
  });
  return withWriteErrors({ n, nModified, ...(upserted.length === 0 ? {} : { upserted }), ok: 1 }, writeErrors);
};

const remove: CommandHandler = (command, context) => {
  const collection = context.store.get(context.database, collectionParam(command, 'delete', context));
  let n = 0;
  const writeErrors = eachStatement(command, statements(command, 'deletes'), (statement) => {
    refuseCollation(statement);
    const limit = numberParam(statement.limit) ?? 0;
    const variables = (command.let as Document | undefined) ?? {};
    for (const document of selectDocuments(collection, { filter: statement.q as Document, limit, variables })) {
      collection?.remove(document);
      n += 1;
    }
  });
  return withWriteErrors({ n, ok: 1 }, writeErrors);
};

const findAndModify: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'findAndModify' in command ? 'findAndModify' : 'findandmodify', context);
  refuseCollation(command);
  const filter = documentParam(command, 'query') ?? {};
  const fields = documentParam(command, 'fields');
  const variables = (command.let as Document | undefined) ?? {};
  const existing = context.store.get(context.database, name);
  const sort = documentParam(command, 'sort');
  const [target] = selectDocuments(existing, { filter, variables, limit: 1, ...(sort === undefined ? {} : { sort }) });
  const project = (document: Document | undefined): Document | null =>
    document === undefined ? null : (projectDocuments([document], fields, filter)[0] ?? null);
  if (command.remove === true) {
    if (target !== undefined) existing?.remove(target);
    return { lastErrorObject: { n: target === undefined ? 0 : 1 }, value: project(target), ok: 1 };
  }
  const change = command.update as Document | Document[] | undefined;
  if (change === undefined) throw new CommandError('FailedToParse', 'Either an update or remove=true must be specified');
  const updateState = updateContext(filter, command.arrayFilters, context, variables);
  if (target === undefined) {
    if (command.upsert !== true) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    const document = upsert(context.store.ensure(context.database, name), filter, change, updateState);
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: document._id },
      value: command.new === true ? project(document) : null,
      ok: 1,
    };
  }
  const next = applyUpdate(target, change, updateState);
  if (!sameBytes(target, next)) (existing as StoredCollection).replace(target, checkSize(next));
  return { lastErrorObject: { n: 1, updatedExisting: true }, value: project(command.new === true ? next : target), ok: 1 };
};

export const writeCommands: Record<string, CommandHandler> = {
  insert,
  update,
  delete: remove,
  findAndModify,
  findandmodify: findAndModify,
};
