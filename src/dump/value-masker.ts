import { createHmac } from 'node:crypto';
import { Faker, base, en } from '@faker-js/faker';
import { HarnessError } from '../errors/harness-error.ts';
import type { MaskRule, MaskSpec } from '../scenario/stage-schema.ts';
import { FAKER_REFERENCE_DATE, fakerMethodNames } from '../seed/faker-pool.ts';
import { didYouMean } from '../util/did-you-mean.ts';

/** Masks one column's values: the original (never NULL) in, the masked value (or NULL) out. */
export type ColumnMask = (original: string) => string | null;

/** The masking of a dump: a mask per masked column, and how it is keyed. */
export interface ValueMasker {
  /** The mask for `table.column`, or `undefined` when the column is not masked. */
  column(table: string, column: string): ColumnMask | undefined;
  /** Masked tables and their masked columns, as the rules name them. */
  readonly rules: ReadonlyMap<string, ReadonlyMap<string, MaskRule>>;
  /** What keys the masking, for the report: `seed 7` or `key from $PILOT_MASK_KEY`. Never the key. */
  readonly keyedBy: string;
}

/**
 * Builds the masks of a dump's masking rules. Every masked value is a pure function of
 * (key, domain, original value): the same original gives the same masked value in every
 * row, table and run, so joins between masked columns of one domain survive, and a masked
 * dump is byte-identical from run to run. The key is an HMAC key; with `keyEnv` it is a
 * secret nobody can test guesses against.
 *
 * - `faker`: the faker value picked by the keyed hash (faker seeded with it). `unique`
 *   adds 48 bits of the keyed hash (`jane.doe.1a2b3c4d5e6f@example.com`, `Jane Doe 1a2b3c4d5e6f`),
 *   so distinct originals stay distinct.
 * - `hash`: hex of the keyed hash (16 characters by default).
 * - `value`: a constant (NULL included).
 *
 * @example
 * const masker = valueMasker({ seed: 7, tables: { um_user: { email: { faker: 'internet.email', unique: true } } } });
 * masker.column('um_user', 'email')!('jane@corp.example'); // 'Kody.Wiza.4f1c0a9be2d3@hotmail.com'
 *
 * @throws HarnessError `CONFIG_INVALID` for an unknown faker method or an unset key variable.
 */
export function valueMasker(spec: MaskSpec, options: { env?: NodeJS.ProcessEnv; path?: readonly (string | number)[] } = {}): ValueMasker {
  const base = [...(options.path ?? ['dump']), 'mask'];
  const key = maskingKey(spec, options.env ?? process.env, base);
  const rules = new Map<string, Map<string, MaskRule>>();
  const masks = new Map<string, ColumnMask>();
  for (const [table, columns] of Object.entries(spec.tables)) {
    const byColumn = new Map<string, MaskRule>();
    rules.set(bareTable(table), byColumn);
    for (const [column, rule] of Object.entries(columns)) {
      byColumn.set(column, rule);
      masks.set(`${bareTable(table)}\u0000${column}`, columnMask(rule, key, [...base, 'tables', table, column]));
    }
  }
  return {
    column: (table, column) => masks.get(`${bareTable(table)}\u0000${column}`),
    rules,
    keyedBy: spec.keyEnv !== undefined ? `key from $${spec.keyEnv}` : `seed ${spec.seed}`,
  };
}

/** A rule in words, for the report: `faker internet.email, unique`. */
export function describeMaskRule(rule: MaskRule): string {
  const what = rule.faker !== undefined ? `faker ${rule.faker}` : rule.hash !== undefined ? `hash (${rule.hash === true ? 16 : rule.hash.length} hex)` : `value ${JSON.stringify(rule.value)}`;
  return [what, rule.unique ? 'unique' : undefined, rule.domain !== undefined ? `domain ${rule.domain}` : undefined].filter(Boolean).join(', ');
}

/** `public.um_user` and `um_user` name the same table. */
export function bareTable(table: string): string {
  return table.startsWith('public.') ? table.slice('public.'.length) : table;
}

function maskingKey(spec: MaskSpec, env: NodeJS.ProcessEnv, base: readonly (string | number)[]): string {
  if (spec.keyEnv === undefined) return `migration-pilot-mask-seed:${spec.seed}`;
  const value = env[spec.keyEnv];
  if (value === undefined || value === '') {
    throw new HarnessError('CONFIG_INVALID', `The masking key variable ${spec.keyEnv} (mask.keyEnv) is not set.`, {
      path: [...base, 'keyEnv'],
      hint: `Set ${spec.keyEnv} to a secret (e.g. openssl rand -hex 32) before running the pilot, or remove keyEnv to key the masking with the seed.`,
    });
  }
  return value;
}

let shared: Faker | undefined;

function columnMask(rule: MaskRule, key: string, path: readonly (string | number)[]): ColumnMask {
  if (rule.value !== undefined) {
    const constant = rule.value === null ? null : String(rule.value);
    return () => constant;
  }
  const domain = rule.domain ?? JSON.stringify({ faker: rule.faker, hash: rule.hash, unique: rule.unique ?? false });
  const digest = (original: string) => createHmac('sha256', key).update(domain).update('\u0000').update(original).digest();
  if (rule.hash !== undefined) {
    const length = rule.hash === true ? 16 : rule.hash.length;
    return (original) => digest(original).toString('hex').slice(0, length);
  }
  const faker = (shared ??= new Faker({ locale: [en, base] }));
  const method = fakerMethod(faker, rule.faker!, [...path, 'faker']);
  // Values repeat (a user's email in every session row): each is masked once.
  const memo = new Map<string, string>();
  return (original) => {
    const known = memo.get(original);
    if (known !== undefined) return known;
    const hash = digest(original);
    faker.seed(hash.readUInt32BE(0));
    faker.setDefaultRefDate(FAKER_REFERENCE_DATE);
    const drawn = String(method());
    const masked = rule.unique ? withTag(drawn, hash.subarray(4, 10).toString('hex')) : drawn;
    if (memo.size >= 1_000_000) memo.clear();
    memo.set(original, masked);
    return masked;
  };
}

/** Adds the tag where it keeps the value's shape: before the `@` of an email, else at the end. */
function withTag(value: string, tag: string): string {
  const at = value.lastIndexOf('@');
  if (at > 0) return `${value.slice(0, at)}.${tag}${value.slice(at)}`;
  return `${value} ${tag}`;
}

function fakerMethod(faker: Faker, fn: string, path: readonly (string | number)[]): () => unknown {
  const [moduleName, methodName, ...rest] = fn.split('.');
  const module = moduleName && !moduleName.startsWith('_') ? (faker as unknown as Record<string, unknown>)[moduleName] : undefined;
  const method = methodName && typeof module === 'object' && module !== null ? (module as Record<string, unknown>)[methodName] : undefined;
  if (rest.length === 0 && typeof method === 'function') return () => (method as () => unknown).call(module);
  const suggestion = didYouMean(fn, fakerMethodNames(faker));
  throw new HarnessError('CONFIG_INVALID', `Unknown faker method ${JSON.stringify(fn)} in a masking rule.`, {
    path,
    hint: `${suggestion ? `Did you mean ${JSON.stringify(suggestion)}? ` : ''}Methods are "module.method", as listed at https://fakerjs.dev/api/.`,
  });
}
