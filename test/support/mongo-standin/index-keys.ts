/**
 * Index keys of a document, as far as the stand-in uses them: to enforce `unique`. A key is the
 * canonical string of the values at the index's fields (`valueKey`), one per array element for
 * a multikey field, with missing fields indexed as null — so, as in MongoDB, two documents
 * without the field collide in a unique index unless it is `sparse` or partial.
 */
import type { Document } from 'bson';
import { valueKey } from './bson-values.ts';
import { viewOf } from './bson-view.ts';
import { collectPathValues } from './field-path.ts';
import { compileFilter, type Matcher } from './mingo-engine.ts';

export interface IndexSpec extends Document {
  v: number;
  key: Document;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
}

export interface IndexKey {
  /** Canonical string compared for uniqueness. */
  key: string;
  /** `{ field: value }` of this key, for the E11000 message and `keyValue`. */
  keyValue: Document;
}

export interface KeyExtractor {
  readonly spec: IndexSpec;
  /** The document's keys; empty when the index does not cover it (sparse, partial). */
  keysOf(document: Document): IndexKey[];
}

function fieldValues(document: Document, field: string): unknown[] {
  const found = collectPathValues(document, field);
  if (found.length === 0) return [null];
  const values: unknown[] = [];
  for (const value of found) {
    if (Array.isArray(value)) values.push(...(value.length === 0 ? [undefined] : value));
    else values.push(value);
  }
  return values;
}

export function keyExtractor(spec: IndexSpec): KeyExtractor {
  const fields = Object.keys(spec.key);
  const partial: Matcher | undefined =
    spec.partialFilterExpression === undefined ? undefined : compileFilter(viewOf(spec.partialFilterExpression));
  return {
    spec,
    keysOf(document) {
      if (spec.sparse === true && fields.every((field) => collectPathValues(document, field).length === 0)) return [];
      if (partial !== undefined && !partial(viewOf(document))) return [];
      let combinations: unknown[][] = [[]];
      for (const field of fields) {
        const values = fieldValues(document, field);
        combinations = combinations.flatMap((prefix) => values.map((value) => [...prefix, value]));
      }
      const keys = new Map<string, IndexKey>();
      for (const combination of combinations) {
        const key = combination.map((value) => valueKey(value)).join('|');
        const keyValue: Document = {};
        fields.forEach((field, index) => {
          keyValue[field] = combination[index] ?? null;
        });
        keys.set(key, { key, keyValue });
      }
      return [...keys.values()];
    },
  };
}
