/** The query part shared by find, count, update, delete and findAndModify. */
import type { Document } from 'bson';
import { numberParam } from './bson-values.ts';
import { restoreDocument, storedValueOf, viewOf } from './bson-view.ts';
import { notSupported } from './command-error.ts';
import { sortViews } from './bson-order.ts';
import { getPath, withPath } from './field-path.ts';
import { compileFilter, runMingo } from './mingo-engine.ts';
import { positionalIndex } from './update-paths.ts';
import type { StoredCollection } from './stored-collection.ts';

export interface Selection {
  filter?: Document;
  sort?: Document;
  skip?: unknown;
  limit?: unknown;
  /** `let` variables for `$expr`. */
  variables?: Document;
}

function sortSpec(sort: Document | undefined): { spec?: Document; reverse: boolean } {
  if (sort === undefined || Object.keys(sort).length === 0) return { reverse: false };
  const { $natural: natural, ...rest } = viewOf(sort);
  for (const value of Object.values(rest)) {
    if (typeof value === 'object') throw notSupported('sorting by $meta (text score, search score)');
  }
  const spec = Object.keys(rest).length === 0 ? undefined : rest;
  return { ...(spec === undefined ? {} : { spec }), reverse: spec === undefined && typeof natural === 'number' && natural < 0 };
}

/** Stored documents matching the selection, in sort (else insertion) order. */
export function selectDocuments(collection: StoredCollection | undefined, selection: Selection): Document[] {
  if (collection === undefined) return [];
  const matches = compileFilter(selection.filter === undefined ? undefined : viewOf(selection.filter), {
    variables: selection.variables ?? {},
  });
  let views = collection.documents().map(viewOf).filter(matches);
  const { spec, reverse } = sortSpec(selection.sort);
  if (spec !== undefined) views = sortViews(views, spec);
  if (reverse) views.reverse();
  const skip = Math.max(0, numberParam(selection.skip) ?? 0);
  const limit = Math.abs(numberParam(selection.limit) ?? 0);
  views = views.slice(skip, limit === 0 ? undefined : skip + limit);
  return views.map((view) => storedValueOf(view) as Document);
}

/**
 * Applies a find projection: inclusion, exclusion, `$slice`, `$elemMatch`, expressions, and the
 * positional `array.$` (the first element the filter matched).
 */
export function projectDocuments(documents: Document[], projection: Document | undefined, filter: Document = {}): Document[] {
  if (projection === undefined || Object.keys(projection).length === 0) return documents;
  const positional = Object.keys(projection).find((key) => key.endsWith('.$'));
  const arrayPath = positional?.slice(0, -2);
  const spec = positional === undefined ? projection : { ...withoutKey(projection, positional), [arrayPath as string]: 1 };
  const output = runMingo(documents.map(viewOf), [{ $project: viewOf(spec) }]);
  return output.map((projected, index) => {
    const stored = documents[index] as Document;
    const restored = restoreDocument(projected, stored);
    if (arrayPath === undefined) return restored;
    const at = positionalIndex(viewOf(stored), arrayPath, viewOf(filter));
    return withPath(restored, arrayPath, [(getPath(stored, arrayPath) as unknown[])[at]]);
  });
}

function withoutKey(document: Document, key: string): Document {
  const { [key]: _removed, ...rest } = document;
  return rest;
}
