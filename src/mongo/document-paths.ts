import { canonicalText } from './canonical-value.ts';

/** A plain sub-document, as opposed to an array or a BSON value (ObjectId, Date, Long, …). */
export function isSubDocument(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof RegExp) &&
    !(value instanceof Uint8Array) &&
    typeof (value as { _bsontype?: unknown })._bsontype !== 'string'
  );
}

/**
 * The value at a dotted path (`address.city`, `items.0.sku`), or `undefined` when any step
 * is absent. Numeric segments index arrays; unlike a MongoDB query, a path does not fan out
 * over array elements (`items.sku` is absent), so one path names one value.
 */
export function readPath(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isSubDocument(current)) current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

/** Sets a dotted path, creating sub-documents on the way; returns the document. */
export function writePath(document: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const segments = path.split('.');
  let current = document;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (!isSubDocument(next)) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  }
  current[segments.at(-1)!] = value;
  return document;
}

/** Removes a dotted path; sub-documents left empty are removed too, as a move leaves nothing behind. */
export function removePath(document: Record<string, unknown>, path: string): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined || !Object.hasOwn(document, head)) return;
  if (rest.length === 0) {
    delete document[head];
    return;
  }
  const child = document[head];
  if (!isSubDocument(child)) return;
  removePath(child, rest.join('.'));
  if (Object.keys(child).length === 0) delete document[head];
}

/** A deep copy of the plain structure (sub-documents and arrays); BSON values are shared, they are immutable. */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDocument) as T;
  if (isSubDocument(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDocument(v)])) as T;
  return value;
}

/**
 * The paths at which two documents differ, deepest first reached: a field present on one
 * side only, or values whose canonical texts differ. Sub-documents are walked field by
 * field and arrays element by element (`items.2.qty`), so a dropped nested field is named
 * exactly rather than as its whole parent.
 *
 * @example
 * differingPaths({ a: { b: 1, c: 2 } }, { a: { b: 1 } }); // ['a.c']
 */
export function differingPaths(expected: unknown, actual: unknown, prefix = ''): string[] {
  if (isSubDocument(expected) && isSubDocument(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => {
      const [left, right] = [expected[key], actual[key]];
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (left === undefined && right === undefined) return [];
      if (left === undefined || right === undefined) return [path];
      return differingPaths(left, right, path);
    });
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const paths: string[] = [];
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const path = prefix === '' ? String(i) : `${prefix}.${i}`;
      if (i >= expected.length || i >= actual.length) paths.push(path);
      else paths.push(...differingPaths(expected[i], actual[i], path));
    }
    return paths;
  }
  return canonicalText(expected) === canonicalText(actual) ? [] : [prefix === '' ? '(document)' : prefix];
}
