/**
 * mingo evaluates queries and pipelines on plain JS values, and cannot compare an Int32 with
 * a Double. So mingo sees a *view* of each stored document, with every number unwrapped, and
 * the stand-in maps mingo's output back onto the stored values:
 *
 * - every object and array of a view remembers the stored value it was made from;
 * - `restore` rebuilds mingo's output, taking a number from the stored document when mingo
 *   left it unchanged (same field, same value), so untouched fields keep Int32/Long/Double/
 *   Decimal128 exactly, and only values mingo computed are typed by the bson serializer.
 *
 * @example
 * const view = toView(stored);               // { qty: 5 } for { qty: Int32(5) }
 * const [out] = aggregate([view], pipeline);  // mingo's result
 * restore(out, stored);                       // qty is Int32(5) again if unchanged
 */
import type { Document } from 'bson';
import { bsontypeOf, isPlainObject, toJsNumber } from './bson-values.ts';

const storedOf = new WeakMap<object, unknown>();

export function toView(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const view = value.map(toView);
    storedOf.set(view, value);
    return view;
  }
  if (isPlainObject(value)) {
    const view: Document = {};
    for (const key of Object.keys(value)) view[key] = toView(value[key]);
    storedOf.set(view, value);
    return view;
  }
  switch (bsontypeOf(value)) {
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return toJsNumber(value);
  }
  return value; // ObjectId, Date, Binary, RegExp, Timestamp…: mingo compares these by identity-free rules
}

export function viewOf(document: Document): Document {
  return toView(document) as Document;
}

/** The stored value a view object or array was made from, if it is one. */
export function storedValueOf(view: unknown): unknown {
  return view !== null && typeof view === 'object' ? storedOf.get(view) : undefined;
}

function restoreNumber(value: number, stored: unknown): unknown {
  const tag = bsontypeOf(stored);
  if (tag === 'Int32' || tag === 'Double' || tag === 'Long' || tag === 'Decimal128') {
    if (Object.is(toJsNumber(stored), value)) return stored;
  }
  return value;
}

/**
 * Rebuilds a value mingo produced. `stored` is the stored value at the same place in the
 * document mingo was given, when the caller knows it (e.g. the same document of a `$set`).
 */
export function restore(value: unknown, stored?: unknown): unknown {
  if (typeof value === 'number') return restoreNumber(value, stored);
  if (value === null || typeof value !== 'object') return value;
  const known = storedOf.get(value) ?? stored;
  if (Array.isArray(value)) {
    const storedArray = Array.isArray(known) ? known : undefined;
    return value.map((element, index) => restore(element, storedArray?.[index]));
  }
  if (!isPlainObject(value)) return value;
  const storedDocument = isPlainObject(known) ? known : undefined;
  // Fields the stored document has keep its order (as MongoDB keeps it through a projection
  // or $set); fields mingo added follow in mingo's order.
  const keys = new Set([...Object.keys(storedDocument ?? {}).filter((key) => key in value), ...Object.keys(value)]);
  const out: Document = {};
  for (const key of keys) {
    if (value[key] === undefined) continue;
    out[key] = restore(value[key], storedDocument?.[key]);
  }
  return out;
}

export function restoreDocument(value: unknown, stored?: unknown): Document {
  return restore(value, stored) as Document;
}
