import { Faker, base, en } from '@faker-js/faker';
import { HarnessError } from '../errors/harness-error.ts';
import type { ColumnGenerator } from '../scenario/scenario-schema.ts';
import { copyField } from './copy-text.ts';
import { didYouMean } from '../util/did-you-mean.ts';

/** Pool size when the spec gives none. */
export const DEFAULT_POOL_SIZE = 1000;

/** Faker's "now" for date methods (`date.past`…), fixed so pools do not change with the clock. */
export const FAKER_REFERENCE_DATE = '2025-01-01T00:00:00.000Z';

/** Where a faker column is in the spec, for error messages. */
export interface FakerColumnContext {
  /** `"dir_user"."email"`. */
  label: string;
  /** The column's path in the scenario. */
  path: readonly (string | number)[];
}

let shared: Faker | undefined;

function fakerInstance(): Faker {
  shared ??= new Faker({ locale: [en, base] });
  return shared;
}

/**
 * Draws the pool of a faker column: up to `pool` distinct values (fewer when the method has
 * fewer, like `person.sex`) from a faker seeded with the column's key, in COPY text form.
 * Rows then pick from the pool by hash, which costs nothing next to calling faker per row.
 *
 * @example
 * fakerPool({ fn: 'person.fullName', pool: 3 }, 42, context); // ['Nikita Crist', …]
 */
export function fakerPool(spec: NonNullable<ColumnGenerator['faker']>, key: number, context: FakerColumnContext): string[] {
  const { fn, args = [], pool: size = DEFAULT_POOL_SIZE } = typeof spec === 'string' ? { fn: spec } : spec;
  const faker = fakerInstance();
  const fnPath = typeof spec === 'string' ? [...context.path, 'faker'] : [...context.path, 'faker', 'fn'];
  const method = resolveFakerMethod(faker, fn, context.label, fnPath);
  faker.seed(key);
  faker.setDefaultRefDate(FAKER_REFERENCE_DATE);
  const values = new Set<string>();
  const attempts = size * 3 + 100;
  for (let i = 0; i < attempts && values.size < size; i++) {
    let value: unknown;
    try {
      value = method(...args);
    } catch (error) {
      throw new HarnessError(
        'CONFIG_INVALID',
        `faker ${JSON.stringify(fn)} failed for ${context.label} with args ${JSON.stringify(args)}: ${error instanceof Error ? error.message : String(error)}`,
        { path: typeof spec === 'string' ? fnPath : [...context.path, 'faker', 'args'], cause: error, hint: `Check the arguments against https://fakerjs.dev/api/${fn.split('.')[0]}` },
      );
    }
    values.add(copyField(fakerText(value)));
  }
  return [...values];
}

/** Every `module.method` name faker offers, e.g. `person.fullName`. */
export function fakerMethodNames(faker: Faker = fakerInstance()): string[] {
  const names: string[] = [];
  for (const [moduleName, module] of Object.entries(faker)) {
    if (moduleName.startsWith('_') || moduleName === 'fakerCore' || typeof module !== 'object' || module === null) continue;
    for (const method of methodsOf(module)) names.push(`${moduleName}.${method}`);
  }
  return names.sort();
}

function methodsOf(module: object): Set<string> {
  const methods = new Set<string>();
  for (let proto = Object.getPrototypeOf(module); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && !name.startsWith('_') && typeof (module as Record<string, unknown>)[name] === 'function') {
        methods.add(name);
      }
    }
  }
  return methods;
}

function resolveFakerMethod(
  faker: Faker,
  fn: string,
  label: string,
  path: readonly (string | number)[],
): (...args: unknown[]) => unknown {
  const [moduleName, methodName, ...rest] = fn.split('.');
  const module = moduleName && !moduleName.startsWith('_') && moduleName !== 'fakerCore' ? (faker as unknown as Record<string, unknown>)[moduleName] : undefined;
  if (rest.length === 0 && methodName && typeof module === 'object' && module !== null && methodsOf(module).has(methodName)) {
    const method = (module as Record<string, (...args: unknown[]) => unknown>)[methodName]!;
    return (...args) => method.apply(module, args);
  }
  const names = fakerMethodNames(faker);
  const suggestion = didYouMean(fn, names) ?? names.find((name) => name.toLowerCase().endsWith(`.${fn.toLowerCase()}`));
  throw new HarnessError('CONFIG_INVALID', `Unknown faker method ${JSON.stringify(fn)} for ${label}.`, {
    path,
    hint: `${suggestion ? `Did you mean ${JSON.stringify(suggestion)}? ` : ''}Methods are "module.method", as listed at https://fakerjs.dev/api/.`,
  });
}

/** Faker returns strings, numbers, dates, arrays and objects; each as the text PostgreSQL reads. */
function fakerText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}
