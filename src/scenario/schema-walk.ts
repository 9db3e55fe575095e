import { z } from 'zod';
import type { FieldPath } from './field-path.ts';

/*
 * Reads the zod definition of the scenario the way an error message needs it: which
 * keys a mapping allows, what a field expects, its description and its bounds. Only
 * the definition kinds the scenario schema uses are understood; anything else reads as
 * "unknown" and messages fall back to zod's issue data.
 */

export type Schema = z.core.$ZodType;

interface CheckDef {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
}

interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly valueType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly items?: readonly Schema[];
  readonly left?: Schema;
  readonly right?: Schema;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly getter?: () => Schema;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly format?: string;
}

function def(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** The schema without the wrappers that do not change what is accepted (optional, default, pipe, …). */
export function unwrap(schema: Schema): Schema {
  for (let depth = 0; depth < 32; depth++) {
    const d = def(schema);
    const inner =
      d.type === 'pipe' ? (def(d.in!).type === 'transform' ? d.out : d.in) : d.type === 'lazy' ? d.getter!() : d.innerType;
    if (!inner || d.type === 'nullable') return schema;
    schema = inner;
  }
  return schema;
}

/** The schema of the field at `path`, walking objects, records, lists and union branches. */
export function schemaAt(root: Schema, path: FieldPath): Schema | undefined {
  let current: Schema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

function childSchema(schema: Schema, segment: string | number): Schema | undefined {
  const s = unwrap(schema);
  const d = def(s);
  switch (d.type) {
    case 'nullable':
      return childSchema(d.innerType!, segment);
    case 'object': {
      const own = Object.hasOwn(d.shape!, segment) ? d.shape![segment] : undefined;
      return own ?? (d.catchall && def(d.catchall).type !== 'never' ? d.catchall : undefined);
    }
    case 'record':
      return d.valueType;
    case 'array':
      return typeof segment === 'number' ? d.element : undefined;
    case 'tuple':
      return typeof segment === 'number' ? d.items![segment] : undefined;
    case 'union':
      for (const option of d.options!) {
        const found = childSchema(option, segment);
        if (found) return found;
      }
      return undefined;
    case 'intersection':
      return childSchema(d.left!, segment) ?? childSchema(d.right!, segment);
    default:
      return undefined;
  }
}

/** The schema of a record's keys (`budgets.steps` takes versions), `undefined` for anything else. */
export function recordKeySchema(schema: Schema): Schema | undefined {
  const d = def(unwrap(schema)) as Def & { keyType?: Schema };
  return d.type === 'record' ? d.keyType : undefined;
}

/** The keys a mapping allows, in declaration order; `undefined` when it takes any key. */
export function allowedKeys(schema: Schema): string[] | undefined {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'nullable') return allowedKeys(d.innerType!);
  if (d.type === 'object') return Object.keys(d.shape!);
  if (d.type === 'union' || d.type === 'intersection') {
    const parts = (d.type === 'union' ? d.options! : [d.left!, d.right!]).map(allowedKeys).filter((keys) => keys !== undefined);
    return parts.length === 0 ? undefined : [...new Set(parts.flat())];
  }
  return undefined;
}

/** The keys of a mapping that must be given (no optional, default or prefault wrapper). */
export function requiredKeys(schema: Schema): string[] {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type !== 'object') return [];
  return Object.entries(d.shape!)
    .filter(([, field]) => field._zod.optin !== 'optional')
    .map(([key]) => key);
}

/** The description given with `.describe()`, looking through wrappers. */
export function descriptionOf(schema: Schema | undefined): string | undefined {
  for (let depth = 0; schema && depth < 32; depth++) {
    const description = z.globalRegistry.get(schema)?.description;
    if (description !== undefined) return description;
    const d = def(schema);
    // As in `unwrap`: a preprocess step says nothing about the field, the schema after it does.
    const inner =
      d.type === 'pipe' ? (def(d.in!).type === 'transform' ? d.out : d.in) : d.type === 'lazy' ? d.getter!() : d.innerType;
    if (inner === schema) return undefined;
    schema = inner;
  }
  return undefined;
}

/** Whether the field is an integer (`z.int()`), for "expected an integer". */
export function isInteger(schema: Schema | undefined): boolean {
  if (!schema) return false;
  const d = def(unwrap(schema));
  return d.type === 'number' && (d.format?.includes('int') === true || (d.checks ?? []).some((c) => c._zod.def.format?.includes('int')));
}

/** The numeric bounds declared on a number field, for "from 0 to 1" instead of one side only. */
export function numberBounds(
  schema: Schema | undefined,
): { min?: { value: number; inclusive: boolean }; max?: { value: number; inclusive: boolean } } {
  const bounds: { min?: { value: number; inclusive: boolean }; max?: { value: number; inclusive: boolean } } = {};
  if (!schema) return bounds;
  for (const check of def(unwrap(schema)).checks ?? []) {
    const c = check._zod.def;
    if (c.value === undefined || Math.abs(c.value) >= Number.MAX_SAFE_INTEGER) continue;
    if (c.check === 'greater_than') bounds.min = { value: c.value, inclusive: c.inclusive === true };
    if (c.check === 'less_than') bounds.max = { value: c.value, inclusive: c.inclusive === true };
  }
  return bounds;
}

/**
 * What a field accepts, in words: `a number`, `a list of strings`, `a string or a mapping
 * { fn, args, pool }`, `one of "copy", "in-place"`.
 */
export function describeExpected(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  return describe(schema, 'one', false);
}

type Form = 'one' | 'many';

function describe(schema: Schema, form: Form, inUnion: boolean): string | undefined {
  const s = unwrap(schema);
  const d = def(s);
  const pick = (one: string, many: string) => (form === 'one' ? one : many);
  switch (d.type) {
    case 'nullable': {
      const inner = describe(d.innerType!, form, inUnion);
      return inner && `${inner} or null`;
    }
    case 'string':
      return pick('a string', 'strings');
    case 'number':
      return isInteger(s) ? pick('an integer', 'integers') : pick('a number', 'numbers');
    case 'boolean':
      return inUnion ? pick('a boolean', 'booleans') : pick('true or false', 'booleans');
    case 'literal':
      return joinAlternatives(d.values!.map((value) => JSON.stringify(value)));
    case 'enum':
      return `one of ${Object.values(d.entries!)
        .map((value) => JSON.stringify(value))
        .join(', ')}`;
    case 'array': {
      const element = describe(d.element!, 'many', false);
      return element ? pick(`a list of ${element}`, `lists of ${element}`) : pick('a list', 'lists');
    }
    case 'tuple':
      return pick('a list', 'lists');
    case 'object': {
      const keys = Object.keys(d.shape!);
      const listed = keys.length > 0 && keys.length <= 4 ? ` { ${keys.join(', ')} }` : '';
      return pick(`a mapping${listed}`, `mappings${listed}`);
    }
    case 'record':
      return pick('a mapping', 'mappings');
    case 'union': {
      const parts = d.options!.map((option) => describe(option, form, true));
      if (parts.some((part) => part === undefined)) return undefined;
      return joinAlternatives([...new Set(parts as string[])]);
    }
    case 'unknown':
    case 'any':
      return pick('any value', 'any values');
    default:
      return undefined;
  }
}

function joinAlternatives(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  const last = parts.at(-1)!;
  const head = parts.slice(0, -1).join(', ');
  return parts.some((part) => part.includes(' or ')) ? `${head}, or ${last}` : `${head} or ${last}`;
}
