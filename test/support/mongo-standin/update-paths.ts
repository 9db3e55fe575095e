/**
 * Resolving the paths of update operators on a document being updated: positional `$`
 * (the first array element the query matched), `$[]` (every element) and `$[id]` (elements
 * passing `arrayFilters`), then reading and writing at the concrete path.
 */
import type { Document } from 'bson';
import { formatValue, isPlainObject } from './bson-values.ts';
import { toView } from './bson-view.ts';
import { CommandError } from './command-error.ts';
import { getPath, isArrayIndex, withPath } from './field-path.ts';
import { compileFilter, type Matcher } from './mingo-engine.ts';

export interface PositionalContext {
  /** The update's query, as a view, for the positional `$`. */
  filterView: Document;
  /** Compiled `arrayFilters` by identifier. */
  arrayFilters: Map<string, Matcher>;
}

function identifiersOf(filter: Document): string[] {
  const identifiers = new Set<string>();
  for (const key of Object.keys(filter)) {
    if (key.startsWith('$')) {
      const nested = filter[key];
      if (Array.isArray(nested)) for (const item of nested) if (isPlainObject(item)) identifiersOf(item).forEach((id) => identifiers.add(id));
    } else {
      identifiers.add(key.split('.')[0] as string);
    }
  }
  return [...identifiers];
}

/** Compiles `arrayFilters` (views), one matcher per identifier, tested on `{ [id]: element }`. */
export function compileArrayFilters(arrayFilters: Document[] | undefined): Map<string, Matcher> {
  const matchers = new Map<string, Matcher>();
  for (const filter of arrayFilters ?? []) {
    const identifiers = identifiersOf(filter);
    if (identifiers.length !== 1) {
      throw new CommandError('FailedToParse', `Each array filter must use a single top-level field name, found ${JSON.stringify(identifiers)}`);
    }
    const [identifier = ''] = identifiers;
    if (matchers.has(identifier)) {
      throw new CommandError('FailedToParse', `Found multiple array filters with the same top-level field name ${identifier}`);
    }
    matchers.set(identifier, compileFilter(filter));
  }
  return matchers;
}

function conditionsOn(filter: Document, arrayPath: string): Document {
  const conditions: Document[] = [];
  for (const key of Object.keys(filter)) {
    if (key === '$and' && Array.isArray(filter[key])) {
      for (const item of filter[key] as Document[]) {
        const nested = conditionsOn(item, arrayPath);
        if (Object.keys(nested).length > 0) conditions.push(nested);
      }
    } else if (key === arrayPath || key.startsWith(`${arrayPath}.`)) {
      conditions.push({ [key]: filter[key] });
    }
  }
  return conditions.length === 0 ? {} : { $and: conditions };
}

/** The index of the first element of the array at `arrayPath` that the query matched (`$`). */
export function positionalIndex(documentView: Document, arrayPath: string, filterView: Document): number {
  const array = getPath(documentView, arrayPath);
  const conditions = conditionsOn(filterView, arrayPath);
  if (Array.isArray(array) && Object.keys(conditions).length > 0) {
    const matches = compileFilter(conditions);
    const index = array.findIndex((element) => matches(withPath(documentView, arrayPath, [element])));
    if (index >= 0) return index;
  }
  throw new CommandError('BadValue', 'The positional operator did not find the match needed from the query.');
}

/** Expands a path template (with `$`, `$[]`, `$[id]`) into the concrete paths it designates. */
export function expandPath(document: Document, template: string, context: PositionalContext): string[][] {
  const parts = template.split('.');
  if (!parts.some((part) => part.startsWith('$'))) return [parts];
  const documentView = toView(document) as Document;
  let paths: Array<{ parts: string[]; value: unknown }> = [{ parts: [], value: documentView }];
  for (const part of parts) {
    const next: typeof paths = [];
    for (const { parts: prefix, value } of paths) {
      if (part === '$') {
        const index = positionalIndex(documentView, prefix.join('.'), context.filterView);
        next.push({ parts: [...prefix, String(index)], value: (value as unknown[])[index] });
      } else if (part === '$[]' || /^\$\[\w+\]$/.test(part)) {
        if (!Array.isArray(value)) {
          throw new CommandError('BadValue', `The path '${prefix.join('.')}' must exist in the document in order to apply array updates.`);
        }
        const identifier = part.slice(2, -1);
        const matcher = identifier === '' ? undefined : context.arrayFilters.get(identifier);
        if (identifier !== '' && matcher === undefined) {
          throw new CommandError('BadValue', `No array filter found for identifier '${identifier}' in path '${template}'`);
        }
        value.forEach((element, index) => {
          if (matcher === undefined || matcher({ [identifier]: element })) {
            next.push({ parts: [...prefix, String(index)], value: element });
          }
        });
      } else {
        const child = Array.isArray(value) && isArrayIndex(part) ? value[Number(part)] : isPlainObject(value) ? value[part] : undefined;
        next.push({ parts: [...prefix, part], value: child });
      }
    }
    paths = next;
  }
  return paths.map((path) => path.parts);
}

export function readAt(document: Document, parts: string[]): unknown {
  return getPath(document, parts.join('.'));
}

function notViable(part: string, container: unknown, parentPath: string): CommandError {
  return new CommandError(
    'PathNotViable',
    `Cannot create field '${part}' in element {${parentPath === '' ? '' : `${parentPath}: `}${formatValue(container)}}`,
  );
}

/** The container holding the last part, creating missing documents on the way (mutates). */
function containerFor(document: Document, parts: string[]): Document | unknown[] {
  let current: Document | unknown[] = document;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const parentPath = parts.slice(0, i).join('.');
    let next: unknown;
    if (Array.isArray(current)) {
      if (!isArrayIndex(part)) throw notViable(part, current, parentPath);
      next = current[Number(part)];
      if (next === undefined) {
        while (current.length < Number(part)) current.push(null);
        next = {};
        current[Number(part)] = next;
      }
    } else {
      next = current[part];
      if (next === undefined) {
        next = {};
        current[part] = next;
      }
    }
    if (!Array.isArray(next) && !isPlainObject(next)) throw notViable(parts[i + 1] as string, next, parts.slice(0, i + 1).join('.'));
    current = next as Document | unknown[];
  }
  return current;
}

export function writeAt(document: Document, parts: string[], value: unknown): void {
  const container = containerFor(document, parts);
  const last = parts[parts.length - 1] as string;
  if (Array.isArray(container)) {
    if (!isArrayIndex(last)) throw notViable(last, container, parts.slice(0, -1).join('.'));
    while (container.length < Number(last)) container.push(null);
    container[Number(last)] = value;
  } else {
    container[last] = value;
  }
}

export function removeAt(document: Document, parts: string[]): void {
  const parent = parts.length === 1 ? document : getPath(document, parts.slice(0, -1).join('.'));
  const last = parts[parts.length - 1] as string;
  if (Array.isArray(parent)) {
    if (isArrayIndex(last) && Number(last) < parent.length) parent[Number(last)] = null;
  } else if (isPlainObject(parent)) {
    delete parent[last];
  }
}
