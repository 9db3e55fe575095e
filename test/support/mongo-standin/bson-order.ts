/**
 * MongoDB's sort order over views (numbers unwrapped): first by type (MinKey, null, numbers,
 * strings, objects, arrays, binary, ObjectId, booleans, dates, timestamps, regexes, MaxKey),
 * then by value. Used for `sort`, `$sort`, `$min`/`$max` and `$push` with `$sort`, where
 * mingo's own order puts ObjectIds last and compares arrays element by element.
 */
import type { Binary, Document } from 'bson';
import { bsontypeOf, isPlainObject } from './bson-values.ts';
import { CommandError } from './command-error.ts';
import { collectPathValues } from './field-path.ts';

function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 8;
  if (Array.isArray(value)) return 5;
  if (value instanceof Date) return 9;
  if (value instanceof RegExp) return 11;
  if (isPlainObject(value)) return 4;
  switch (bsontypeOf(value)) {
    case 'MinKey':
      return 0;
    case 'BSONSymbol':
      return 3;
    case 'Binary':
      return 6;
    case 'ObjectId':
      return 7;
    case 'Timestamp':
      return 10;
    case 'BSONRegExp':
      return 11;
    case 'MaxKey':
      return 12;
  }
  return 4;
}

function sign(difference: number): number {
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return sign(rank);
  if (a === null || a === undefined || b === null || b === undefined) return 0;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
    return sign(a - b);
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean') return sign(Number(a) - Number(b));
  if (a instanceof Date && b instanceof Date) return sign(a.getTime() - b.getTime());
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareValues(a[i], b[i]);
      if (order !== 0) return order;
    }
    return sign(a.length - b.length);
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    for (let i = 0; i < Math.min(keysA.length, keysB.length); i++) {
      const [keyA = '', keyB = ''] = [keysA[i], keysB[i]];
      const order = compareValues(a[keyA], b[keyB]) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
      if (order !== 0) return order;
    }
    return sign(keysA.length - keysB.length);
  }
  const tag = bsontypeOf(a);
  if (tag === 'Binary') {
    const [x, y] = [a as Binary, b as Binary];
    return sign(x.buffer.length - y.buffer.length) || sign(x.sub_type - y.sub_type) || Buffer.compare(x.buffer, y.buffer);
  }
  if (tag === 'Timestamp') {
    const [x, y] = [BigInt(String(a)), BigInt(String(b))];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const [stringA, stringB] = [String(a), String(b)]; // ObjectId: hex order is byte order
  return stringA < stringB ? -1 : stringA > stringB ? 1 : 0;
}

interface SortField {
  path: string;
  direction: 1 | -1;
}

function sortFields(spec: Document): SortField[] {
  return Object.entries(spec).map(([path, direction]) => {
    if (direction !== 1 && direction !== -1) {
      throw new CommandError('BadValue', `$sort key ordering must be 1 (for ascending) or -1 (for descending), got ${JSON.stringify(direction)} for ${JSON.stringify(path)}`);
    }
    return { path, direction };
  });
}

/** The value a document sorts by: the smallest array element ascending, the largest descending. */
function sortKey(view: Document, { path, direction }: SortField): unknown {
  const found = collectPathValues(view, path);
  if (found.length === 0) return null;
  const values = found.flatMap((value) => (Array.isArray(value) ? value : [value]));
  // MongoDB sorts an empty array before null and missing.
  if (values.length === 0) return undefined;
  return values.reduce((best, value) => (compareValues(value, best) * direction > 0 ? best : value));
}

/** Sorts views by a sort spec (`{ field: 1 | -1 }`, already viewed); ties keep their order. */
export function sortViews(views: Document[], spec: Document): Document[] {
  const fields = sortFields(spec);
  const keyed = views.map((view, index) => ({ view, index, keys: fields.map((field) => sortKey(view, field)) }));
  keyed.sort((a, b) => {
    for (const [i, field] of fields.entries()) {
      const keyA = a.keys[i];
      const keyB = b.keys[i];
      const emptyOrder = (keyA === undefined ? -1 : 0) - (keyB === undefined ? -1 : 0);
      const order = emptyOrder !== 0 ? emptyOrder : compareValues(keyA, keyB);
      if (order !== 0) return order * field.direction;
    }
    return a.index - b.index;
  });
  return keyed.map(({ view }) => view);
}
