/**
 * Runs an aggregation pipeline stage by stage. Stages that move whole documents or need the
 * store run here on the stored values (`$sort`, `$unwind`, `$lookup`, `$unionWith`, `$facet`,
 * `$documents`, `$collStats`, `$out`, `$merge`); every other stage runs in mingo on views and
 * is restored (see `bson-view.ts`), so fields a stage does not compute keep their BSON types.
 */
import { Long, type Document } from 'bson';
import { isPlainObject, numberParam, valueKey } from './bson-values.ts';
import { sortViews } from './bson-order.ts';
import { restoreDocument, storedValueOf, toView, viewOf } from './bson-view.ts';
import { CommandError, notSupported } from './command-error.ts';
import { storageStats } from './collection-stats.ts';
import { collectPathValues, getPath, withoutPath, withPath } from './field-path.ts';
import type { MemoryStore } from './memory-store.ts';
import { evaluate, runMingo, TYPED_CONVERSIONS } from './mingo-engine.ts';
import { mergeInto, replaceContents } from './pipeline-writes.ts';

export interface PipelineEnvironment {
  store: MemoryStore;
  database: string;
  /** `let` variables, for `$$name`. */
  variables?: Document;
  now: Date;
  host: string;
}

/** Stages whose output document i is input document i with fields computed. */
const MAP_STAGES = new Set(['$addFields', '$set', '$project', '$unset']);
/** Stages whose outputs are new documents: no field of them is an input field. */
const NEW_DOCUMENT_STAGES = new Set(['$group', '$bucket', '$bucketAuto', '$sortByCount', '$count', '$replaceRoot', '$replaceWith']);
const REFUSED_STAGES = new Set([
  '$changeStream', '$currentOp', '$indexStats', '$listLocalSessions', '$listSessions', '$planCacheStats',
  '$search', '$searchMeta', '$vectorSearch', '$geoNear', '$listSearchIndexes', '$shardedDataDistribution',
]);

/** Where a conversion is a whole output field, use the typed version (see typed-conversions). */
function typedFields(expression: unknown): unknown {
  if (!isPlainObject(expression)) return expression;
  const keys = Object.keys(expression);
  const [only = ''] = keys;
  if (keys.length === 1 && TYPED_CONVERSIONS[only] !== undefined) return { [TYPED_CONVERSIONS[only] as string]: expression[only] };
  if (keys.some((key) => key.startsWith('$'))) return expression;
  return Object.fromEntries(keys.map((key) => [key, typedFields(expression[key])]));
}

function stageName(stage: Document): string {
  const keys = Object.keys(stage);
  if (keys.length !== 1) {
    throw new CommandError('BadValue', `A pipeline stage specification object must contain exactly one field, found ${JSON.stringify(keys)}`);
  }
  return keys[0] as string;
}

function mingoStage(documents: Document[], name: string, spec: unknown, environment: PipelineEnvironment): Document[] {
  const stage = { [name]: name === '$project' || name === '$addFields' || name === '$set' ? typedFields(spec) : spec };
  const views = documents.map(viewOf);
  const collectionResolver = (collection: string): Document[] =>
    (environment.store.get(environment.database, collection)?.documents() ?? []).map(viewOf);
  const output = runMingo(views, [stage], { variables: environment.variables ?? {}, collectionResolver });
  if (MAP_STAGES.has(name) && output.length === documents.length) {
    return output.map((document, index) => restoreDocument(document, documents[index]));
  }
  if (NEW_DOCUMENT_STAGES.has(name)) {
    const restored = output.map((document) => restoreDocument(document));
    return name === '$replaceRoot' || name === '$replaceWith' ? restored : restored.map(idFirst);
  }
  // $setWindowFields, $fill, $densify…: pair outputs with inputs by _id where it is unique.
  const byId = new Map<string, Document | null>();
  for (const document of documents) {
    const key = valueKey(document._id);
    byId.set(key, byId.has(key) ? null : document);
  }
  return output.map((document) => restoreDocument(document, byId.get(valueKey(document._id)) ?? undefined));
}

/** MongoDB puts `_id` first in the documents `$group`, `$bucket` and friends make. */
function idFirst(document: Document): Document {
  if (!('_id' in document)) return document;
  const { _id, ...rest } = document;
  return { _id, ...rest };
}

function unwind(documents: Document[], spec: unknown): Document[] {
  const options = typeof spec === 'string' ? { path: spec } : (spec as Document);
  const path = options.path;
  if (typeof path !== 'string' || !path.startsWith('$')) {
    throw new CommandError('BadValue', `$unwind path must be a string starting with '$', got ${JSON.stringify(path)}`);
  }
  const field = path.slice(1);
  const indexField = typeof options.includeArrayIndex === 'string' ? options.includeArrayIndex : undefined;
  const preserve = options.preserveNullAndEmptyArrays === true;
  const withIndex = (document: Document, index: number | null): Document =>
    indexField === undefined ? document : withPath(document, indexField, index === null ? null : Long.fromNumber(index));
  const out: Document[] = [];
  for (const document of documents) {
    const value = getPath(document, field);
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((element, index) => out.push(withIndex(withPath(document, field, element), index)));
    } else if (Array.isArray(value)) {
      if (preserve) out.push(withIndex(withoutPath(document, field), null));
    } else if (value === undefined || value === null) {
      if (preserve) out.push(withIndex(document, null));
    } else {
      out.push(withIndex(document, null));
    }
  }
  return out;
}

function joinKeys(document: Document, path: string): string[] {
  const values = collectPathValues(document, path);
  if (values.length === 0) return [valueKey(null)];
  return values.flatMap((value) => (Array.isArray(value) ? [valueKey(value), ...value.map(valueKey)] : [valueKey(value)]));
}

function lookup(documents: Document[], spec: Document, environment: PipelineEnvironment): Document[] {
  const { from, localField, foreignField, as, pipeline } = spec;
  if (typeof as !== 'string') throw new CommandError('FailedToParse', '$lookup requires an `as` field name');
  if (from !== undefined && typeof from !== 'string') throw notSupported('$lookup from another database');
  const foreign = typeof from === 'string' ? environment.store.get(environment.database, from)?.documents() ?? [] : [];
  const byKey = new Map<string, Set<Document>>();
  if (typeof localField === 'string' && typeof foreignField === 'string') {
    for (const document of foreign) {
      for (const key of joinKeys(document, foreignField)) {
        const set = byKey.get(key) ?? new Set<Document>();
        set.add(document);
        byKey.set(key, set);
      }
    }
  }
  return documents.map((document) => {
    let candidates = foreign;
    if (typeof localField === 'string' && typeof foreignField === 'string') {
      const matched = new Set<Document>();
      for (const key of joinKeys(document, localField)) for (const found of byKey.get(key) ?? []) matched.add(found);
      candidates = foreign.filter((found) => matched.has(found));
    }
    let joined = candidates;
    if (Array.isArray(pipeline)) {
      const view = viewOf(document);
      const variables: Document = { ...environment.variables };
      for (const [name, expression] of Object.entries((spec.let as Document | undefined) ?? {})) {
        variables[name] = evaluate(view, expression, { variables: environment.variables ?? {} });
      }
      joined = runPipeline(candidates, pipeline as Document[], { ...environment, variables });
    }
    return withPath(document, as, joined);
  });
}

function collStatsStage(spec: Document, collection: string, environment: PipelineEnvironment): Document[] {
  const stored = environment.store.get(environment.database, collection);
  if (stored === undefined) {
    throw new CommandError('NamespaceNotFound', `Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [${environment.database}.${collection}] not found.`);
  }
  const out: Document = { ns: stored.namespace, host: environment.host, localTime: environment.now };
  for (const key of Object.keys(spec)) {
    if (key === 'storageStats') out.storageStats = storageStats(stored, numberParam((spec.storageStats as Document).scale) ?? 1);
    else if (key === 'count') out.count = stored.count;
    else throw notSupported(`the $collStats option ${JSON.stringify(key)}`, 'Only storageStats and count are reported.');
  }
  return [out];
}

function target(spec: unknown, database: string): [string, string] {
  if (typeof spec === 'string') return [database, spec];
  if (isPlainObject(spec) && typeof spec.coll === 'string') return [typeof spec.db === 'string' ? spec.db : database, spec.coll];
  throw new CommandError('FailedToParse', `Invalid output collection ${JSON.stringify(spec)}`);
}

/**
 * Runs `pipeline` over stored documents. `collection` is the aggregated collection's name
 * (undefined for `aggregate: 1`).
 */
export function runPipeline(input: Document[], pipeline: Document[], environment: PipelineEnvironment, collection?: string): Document[] {
  let documents = input;
  pipeline.forEach((stage, position) => {
    const name = stageName(stage);
    const spec = stage[name];
    const last = position === pipeline.length - 1;
    if (REFUSED_STAGES.has(name)) throw notSupported(`the ${name} stage`);
    switch (name) {
      case '$documents':
        if (position !== 0) throw new CommandError('BadValue', '$documents is only valid as the first stage in a pipeline');
        documents = Array.isArray(spec) ? (spec as Document[]) : (runMingo([{}], [{ $documents: spec }]).map((document) => restoreDocument(document)));
        return;
      case '$collStats':
        if (position !== 0 || collection === undefined) throw new CommandError('BadValue', '$collStats is only valid as the first stage in a pipeline on a collection');
        documents = collStatsStage(spec as Document, collection, environment);
        return;
      case '$sort':
        documents = sortViews(documents.map(viewOf), toView(spec) as Document).map((view) => storedValueOf(view) as Document);
        return;
      case '$unwind':
        documents = unwind(documents, spec);
        return;
      case '$lookup':
        documents = lookup(documents, spec as Document, environment);
        return;
      case '$unionWith': {
        const options = typeof spec === 'string' ? { coll: spec } : (spec as Document);
        const other = environment.store.get(environment.database, String(options.coll))?.documents() ?? [];
        documents = [...documents, ...runPipeline(other, (options.pipeline as Document[] | undefined) ?? [], environment)];
        return;
      }
      case '$facet':
        documents = [Object.fromEntries(Object.entries(spec as Document).map(([facet, sub]) => [facet, runPipeline(documents, sub as Document[], environment)]))];
        return;
      case '$out':
      case '$merge':
        if (!last) throw new CommandError('BadValue', `${name} can only be the final stage in the pipeline`);
        if (name === '$out') replaceContents(environment.store, target(spec, environment.database), documents);
        else mergeInto(environment.store, target((spec as Document).into, environment.database), documents, spec as Document);
        documents = [];
        return;
      default:
        documents = mingoStage(documents, name, spec, environment);
    }
  });
  return documents;
}
