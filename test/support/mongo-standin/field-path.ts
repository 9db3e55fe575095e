/** Dotted field paths (`a.b.0.c`) over stored documents. */
import type { Document } from 'bson';
import { isPlainObject } from './bson-values.ts';

const INDEX = /^\d+$/;

export function isArrayIndex(part: string): boolean {
  return INDEX.test(part);
}

/** Follows a path without fanning out over arrays (numeric parts index into arrays). */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (Array.isArray(current) && isArrayIndex(part)) current = current[Number(part)];
    else if (isPlainObject(current)) current = current[part];
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * Every value a query on `path` looks at, as MongoDB resolves it: a non-numeric part applied
 * to an array fans out over the array's documents. Missing values are left out.
 */
export function collectPathValues(value: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const parts = path.split('.');
  const visit = (current: unknown, index: number): void => {
    if (current === undefined) return;
    if (index === parts.length) {
      out.push(current);
      return;
    }
    const part = parts[index] as string;
    if (Array.isArray(current)) {
      if (isArrayIndex(part)) visit(current[Number(part)], index + 1);
      for (const element of current) if (isPlainObject(element)) visit(element[part], index + 1);
    } else if (isPlainObject(current)) {
      visit(current[part], index + 1);
    }
  };
  visit(value, 0);
  return out;
}

/** A copy of `document` with `path` set, sharing every untouched branch. Objects only. */
export function withPath(document: Document, path: string, value: unknown): Document {
  const [head = '', ...rest] = path.split('.');
  const copy: Document = { ...document };
  if (rest.length === 0) {
    copy[head] = value;
  } else {
    const child = isPlainObject(document[head]) ? (document[head] as Document) : {};
    copy[head] = withPath(child, rest.join('.'), value);
  }
  return copy;
}

/** A copy of `document` without `path`, sharing every untouched branch. Objects only. */
export function withoutPath(document: Document, path: string): Document {
  const [head = '', ...rest] = path.split('.');
  if (!(head in document)) return document;
  const copy: Document = { ...document };
  if (rest.length === 0) delete copy[head];
  else if (isPlainObject(document[head])) copy[head] = withoutPath(document[head] as Document, rest.join('.'));
  return copy;
}
