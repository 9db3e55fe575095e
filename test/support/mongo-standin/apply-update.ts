/**
 * Applies an update (operators, a replacement document or a pipeline) to a stored document and
 * returns the new version; the stored one is not touched. Operators work on the stored BSON
 * values, so `$inc` on an Int32 stays an Int32 and `$set` stores exactly the type sent.
 *
 * @example
 * applyUpdate({ _id: 1, n: new Int32(1) }, { $inc: { n: new Int32(2) } }, context) // n: Int32(3)
 */
import { Int32, Long, ObjectId, Timestamp, type Document } from 'bson';
import { bsonTypeName, cloneDocument, formatValue, isNumeric, isPlainObject, numberParam, valueKey } from './bson-values.ts';
import { compareValues } from './bson-order.ts';
import { toView, viewOf } from './bson-view.ts';
import { CommandError } from './command-error.ts';
import { getPath } from './field-path.ts';
import { compileFilter } from './mingo-engine.ts';
import { arithmetic, zeroLike } from './typed-arithmetic.ts';
import { expandPath, readAt, removeAt, writeAt, type PositionalContext } from './update-paths.ts';

export interface UpdateContext extends PositionalContext {
  /** True while building the document an upsert inserts: `$setOnInsert` applies. */
  inserting: boolean;
  now: Date;
  /** Runs an update pipeline (`$set`, `$unset`, `$project`, `$replaceWith`…) on one document. */
  runPipeline(document: Document, pipeline: Document[]): Document;
}

const OPERATORS = new Set([
  '$set', '$setOnInsert', '$unset', '$inc', '$mul', '$min', '$max', '$rename',
  '$currentDate', '$push', '$addToSet', '$pop', '$pull', '$pullAll', '$bit',
]);

export function isOperatorUpdate(update: Document): boolean {
  return Object.keys(update).some((key) => key.startsWith('$'));
}

function checkConflicts(update: Document): void {
  const paths: string[] = [];
  for (const [operator, spec] of Object.entries(update)) {
    for (const path of Object.keys(spec as Document)) {
      paths.push(path);
      if (operator === '$rename') paths.push(String((spec as Document)[path]));
    }
  }
  for (let i = 0; i < paths.length; i++) {
    for (let j = 0; j < paths.length; j++) {
      const [a = '', b = ''] = [paths[i], paths[j]];
      if (i !== j && (a === b || b.startsWith(`${a}.`))) {
        throw new CommandError('ConflictingUpdateOperators', `Updating the path '${b}' would create a conflict at '${a}'`);
      }
    }
  }
}

function describe(document: Document): string {
  return formatValue({ _id: document._id });
}

function arrayAt(document: Document, parts: string[], operator: string): unknown[] | undefined {
  const current = readAt(document, parts);
  if (current === undefined) return undefined;
  if (!Array.isArray(current)) {
    throw new CommandError(
      'BadValue',
      `The field '${parts.join('.')}' must be an array but is of type ${bsonTypeName(current)} in document ${describe(document)} (${operator})`,
    );
  }
  return current;
}

function sortElements(elements: unknown[], spec: unknown): unknown[] {
  const keyed = elements.map((element) => ({ element, view: toView(element) }));
  const order = (a: { view: unknown }, b: { view: unknown }): number => {
    if (isPlainObject(spec)) {
      for (const [field, direction] of Object.entries(spec)) {
        const result = compareValues(getPath(a.view, field), getPath(b.view, field)) * Math.sign(numberParam(direction) ?? 1);
        if (result !== 0) return result;
      }
      return 0;
    }
    return compareValues(a.view, b.view) * Math.sign(numberParam(spec) ?? 1);
  };
  return keyed.sort(order).map(({ element }) => element);
}

function pullMatcher(condition: unknown): (element: unknown) => boolean {
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    if (keys.length > 0 && keys.every((key) => key.startsWith('$'))) {
      const matches = compileFilter({ value: toView(condition) as Document });
      return (element) => matches({ value: toView(element) });
    }
    const matches = compileFilter(viewOf(condition));
    return (element) => isPlainObject(element) && matches(viewOf(element));
  }
  const key = valueKey(condition);
  return (element) => valueKey(element) === key;
}

function applyOperator(document: Document, operator: string, path: string, argument: unknown, parts: string[], context: UpdateContext): void {
  const current = readAt(document, parts);
  switch (operator) {
    case '$set':
      return writeAt(document, parts, argument);
    case '$setOnInsert':
      if (context.inserting) writeAt(document, parts, argument);
      return;
    case '$unset':
      return removeAt(document, parts);
    case '$inc':
    case '$mul': {
      if (!isNumeric(argument)) {
        throw new CommandError('TypeMismatch', `Cannot ${operator === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${formatValue(argument)}}`);
      }
      if (current === undefined) return writeAt(document, parts, operator === '$inc' ? argument : zeroLike(argument));
      if (!isNumeric(current)) {
        throw new CommandError(
          'TypeMismatch',
          `Cannot apply ${operator} to a value of non-numeric type. ${describe(document)} has the field '${parts.join('.')}' of non-numeric type ${bsonTypeName(current)}`,
        );
      }
      return writeAt(document, parts, arithmetic(current, argument, operator === '$inc' ? 'add' : 'mul'));
    }
    case '$min':
    case '$max': {
      const order = current === undefined ? 0 : compareValues(toView(argument), toView(current));
      if (current === undefined || (operator === '$min' ? order < 0 : order > 0)) writeAt(document, parts, argument);
      return;
    }
    case '$currentDate': {
      const wantsTimestamp = isPlainObject(argument) && argument.$type === 'timestamp';
      const seconds = Math.floor(context.now.getTime() / 1000);
      return writeAt(document, parts, wantsTimestamp ? new Timestamp({ t: seconds, i: 1 }) : new Date(context.now));
    }
    case '$push':
    case '$addToSet': {
      const array = [...(arrayAt(document, parts, operator) ?? [])];
      const modifiers = isPlainObject(argument) && '$each' in argument ? argument : undefined;
      const each = modifiers === undefined ? [argument] : (modifiers.$each as unknown[]);
      if (!Array.isArray(each)) throw new CommandError('BadValue', `The argument to $each in ${operator} must be an array`);
      if (operator === '$addToSet') {
        const present = new Set(array.map(valueKey));
        for (const element of each) {
          const key = valueKey(element);
          if (present.has(key)) continue;
          present.add(key);
          array.push(element);
        }
        return writeAt(document, parts, array);
      }
      const position = numberParam(modifiers?.$position);
      const at = position === undefined ? array.length : position < 0 ? Math.max(0, array.length + position) : Math.min(position, array.length);
      array.splice(at, 0, ...each);
      let result = modifiers?.$sort === undefined ? array : sortElements(array, modifiers.$sort);
      const slice = numberParam(modifiers?.$slice);
      if (slice !== undefined) result = slice >= 0 ? result.slice(0, slice) : result.slice(slice);
      return writeAt(document, parts, result);
    }
    case '$pop': {
      const array = arrayAt(document, parts, operator);
      if (array === undefined) return;
      return writeAt(document, parts, (numberParam(argument) ?? 1) < 0 ? array.slice(1) : array.slice(0, -1));
    }
    case '$pull':
    case '$pullAll': {
      const array = arrayAt(document, parts, operator);
      if (array === undefined) return;
      if (operator === '$pullAll' && !Array.isArray(argument)) throw new CommandError('BadValue', `$pullAll requires an array argument but was given a ${bsonTypeName(argument)}`);
      const keys = operator === '$pullAll' ? new Set((argument as unknown[]).map(valueKey)) : undefined;
      const matches = keys === undefined ? pullMatcher(argument) : (element: unknown) => keys.has(valueKey(element));
      return writeAt(document, parts, array.filter((element) => !matches(element)));
    }
    case '$bit':
      return writeAt(document, parts, applyBit(current, argument, path));
  }
}

function applyBit(current: unknown, argument: unknown, path: string): unknown {
  const kind = bsonTypeName(current ?? 0);
  if (kind !== 'int' && kind !== 'long') throw new CommandError('BadValue', `Cannot apply $bit to a value of non-integral type at '${path}'`);
  let value = BigInt(String(numberParam(current) ?? 0));
  let long = kind === 'long';
  for (const [operation, operand] of Object.entries(argument as Document)) {
    long ||= bsonTypeName(operand) === 'long';
    const bits = BigInt(String(numberParam(operand) ?? 0));
    if (operation === 'and') value &= bits;
    else if (operation === 'or') value |= bits;
    else if (operation === 'xor') value ^= bits;
    else throw new CommandError('BadValue', `The $bit modifier only supports 'and', 'or', and 'xor', not '${operation}'`);
  }
  return long ? Long.fromBigInt(BigInt.asIntN(64, value)) : new Int32(Number(BigInt.asIntN(32, value)));
}

function withIdFirst(document: Document, id: unknown): Document {
  const { _id: _ignored, ...rest } = document;
  return id === undefined ? rest : { _id: id, ...rest };
}

function checkIdUnchanged(before: Document, after: Document): void {
  if (before._id !== undefined && valueKey(before._id) !== valueKey(after._id)) {
    throw new CommandError(
      'ImmutableField',
      `Performing an update on the path '_id' would modify the immutable field '_id' (document ${describe(before)})`,
    );
  }
}

/** Returns the updated copy of `stored`; throws a CommandError when MongoDB would refuse. */
export function applyUpdate(stored: Document, update: Document | Document[], context: UpdateContext): Document {
  if (Array.isArray(update)) {
    // A pipeline that drops `_id` keeps the stored one, as MongoDB does; changing it is refused.
    const result = context.runPipeline(stored, update);
    const next = withIdFirst(result, result._id ?? stored._id);
    checkIdUnchanged(stored, next);
    return next;
  }
  if (!isOperatorUpdate(update)) {
    if (update._id !== undefined) checkIdUnchanged(stored, update);
    return withIdFirst(update, stored._id ?? update._id);
  }
  for (const [operator, spec] of Object.entries(update)) {
    if (!OPERATORS.has(operator)) {
      throw new CommandError('FailedToParse', `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`);
    }
    if (!isPlainObject(spec)) {
      throw new CommandError('FailedToParse', `Modifiers operate on fields but we found type ${bsonTypeName(spec)} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${formatValue(spec)}}`);
    }
  }
  checkConflicts(update);
  const document = cloneDocument(stored);
  for (const [operator, spec] of Object.entries(update) as Array<[string, Document]>) {
    for (const path of Object.keys(spec).sort()) {
      if (operator === '$rename') {
        const value = getPath(document, path);
        if (value === undefined) continue;
        removeAt(document, path.split('.'));
        writeAt(document, String(spec[path]).split('.'), value);
        continue;
      }
      for (const parts of expandPath(document, path, context)) applyOperator(document, operator, path, spec[path], parts, context);
    }
  }
  checkIdUnchanged(stored, document);
  return document;
}

/**
 * The document an upsert starts from: the query's equality conditions (`{ a: 1 }`,
 * `{ a: { $eq: 1 } }`, inside `$and`), with the types the client sent.
 */
export function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const visit = (conditions: Document): void => {
    for (const [key, value] of Object.entries(conditions)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const item of value) if (isPlainObject(item)) visit(item);
        continue;
      }
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) writeAt(seed, key.split('.'), value.$eq);
        continue;
      }
      writeAt(seed, key.split('.'), value);
    }
  };
  visit(filter);
  return seed;
}

/** Gives a new document an `_id` (an ObjectId) if it has none, and moves `_id` first. */
export function ensureId(document: Document): Document {
  if (Array.isArray(document._id)) throw new CommandError('BadValue', `can't use an array for _id`);
  return withIdFirst(document, document._id ?? new ObjectId());
}
