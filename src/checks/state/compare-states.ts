import type { KeyedFingerprinter, KeyedRowSet } from '../../engines/engine.ts';
import { compareKeys } from '../compare-keys.ts';
import { MAX_KEYS_PER_FINDING } from '../finding.ts';
import { type KeyedDiff, type KeyedDiffOptions, keyedDiff } from '../keyed-diff.ts';

/**
 * One side of a state comparison: canonical rows (key → state fields), as a keyed row set
 * whose `values` are the fields' text expressions, in the same order on both sides.
 */
export interface StateSide {
  store: KeyedFingerprinter;
  set: KeyedRowSet;
}

/** The keys whose value of one field differs, with both texts for the first of them. */
export interface FieldDivergence {
  field: string;
  /** Keys concerned, in all. */
  count: number;
  /** The first keys, in `compareKeys` order. */
  keys: string[];
  /** Both sides' texts of the field, for each of `keys`. */
  values: Map<string, { expected: string | null; actual: string | null }>;
}

export interface StateComparison {
  /** The keyed diff; its key samples are cut to `sampleSize`. */
  diff: KeyedDiff;
  /** Per field (in field order), the keys held once on each side whose value differs; fields without any are left out. */
  fields: FieldDivergence[];
}

export interface CompareStatesOptions extends KeyedDiffOptions {
  /** Field names, in `set.values` order. */
  fields: readonly string[];
  /**
   * At most this many changed keys are classified by field (default 1,000,000), so memory
   * stays bounded; counts beyond it are still exact in `diff.changed`.
   */
  classifyLimit?: number;
  /** Keys classified per round trip (default 20,000). */
  classifyBatch?: number;
}

/**
 * Compares two keyed sets of states and says, for each changed key, which fields differ.
 * The rows never leave the databases whole: `keyedDiff` finds the missing, extra and
 * changed keys from hashes (one scan per side when equal), then the changed keys are
 * classified by a hash per field, fetched for those keys only, and the field texts are
 * read for the first `sampleSize` keys of each field. Up to `classifyBatch` changed keys,
 * their texts are read at once instead, which does both in one pass.
 *
 * @example
 * const { diff, fields } = await compareStates(
 *   { store: source, set: { from: { query: sourceExtractor }, key: ['record_id'], values: ['state', 'activities'] } },
 *   { store: target, set: { from: { query: targetExtractor }, key: ['record_id'], values: ['state', 'activities'] } },
 *   { fields: ['state', 'activities'] },
 * );
 * fields[0]; // { field: 'activities', count: 12, keys: ['LR-000007', …], values: Map { 'LR-000007' => { expected, actual } } }
 */
export async function compareStates(source: StateSide, target: StateSide, options: CompareStatesOptions): Promise<StateComparison> {
  const sampleSize = options.sampleSize ?? MAX_KEYS_PER_FINDING;
  const classifyLimit = options.classifyLimit ?? 1_000_000;
  const classifyBatch = options.classifyBatch ?? 20_000;
  // The diff keeps every changed key up to the limit (not only a sample): each is classified below.
  const diff = await keyedDiff(source, target, { ...options, sampleSize: Math.max(sampleSize, classifyLimit) });
  const changed = diff.changed.keys;
  const cut = { ...diff };
  cut.missing = { ...diff.missing, keys: diff.missing.keys.slice(0, sampleSize) };
  cut.extra = { ...diff.extra, keys: diff.extra.keys.slice(0, sampleSize) };
  cut.changed = { ...diff.changed, keys: changed.slice(0, sampleSize) };
  cut.duplicates = { ...diff.duplicates, keys: diff.duplicates.keys.slice(0, sampleSize) };
  if (changed.length === 0) return { diff: cut, fields: [] };

  // Few changed keys: their texts, read once, tell the fields apart and are what the findings show.
  if (changed.length <= classifyBatch) {
    const [before, after] = await Promise.all([source.store.rowValues(source.set, changed), target.store.rowValues(target.set, changed)]);
    const byField = options.fields.map(() => [] as string[]);
    for (const key of changed) {
      const [expected, actual] = [before.get(key), after.get(key)];
      if (!expected || !actual) continue;
      expected.forEach((text, i) => {
        if (text !== actual[i]) byField[i]!.push(key);
      });
    }
    return { diff: cut, fields: divergences(options.fields, byField, sampleSize, before, after) };
  }

  const hashed = (side: StateSide): KeyedRowSet => ({ ...side.set, values: side.set.values.map(fieldHash) });
  const byField = options.fields.map(() => [] as string[]);
  for (let from = 0; from < changed.length; from += classifyBatch) {
    const keys = changed.slice(from, from + classifyBatch);
    const [before, after] = await Promise.all([source.store.rowValues(hashed(source), keys), target.store.rowValues(hashed(target), keys)]);
    for (const key of keys) {
      const [expected, actual] = [before.get(key), after.get(key)];
      if (!expected || !actual) continue;
      expected.forEach((hash, i) => {
        if (hash !== actual[i]) byField[i]!.push(key);
      });
    }
  }

  // The texts of the first keys of each field, read in one round trip per side.
  const wanted = [...new Set(byField.flatMap((keys) => keys.sort(compareKeys).slice(0, sampleSize)))];
  const [before, after] = await Promise.all([source.store.rowValues(source.set, wanted), target.store.rowValues(target.set, wanted)]);
  return { diff: cut, fields: divergences(options.fields, byField, sampleSize, before, after) };
}

type Texts = Map<string, (string | null)[]>;

/** Per field with changed keys, the first `sampleSize` of them (in `compareKeys` order) with both texts. */
function divergences(fields: readonly string[], byField: string[][], sampleSize: number, before: Texts, after: Texts): FieldDivergence[] {
  const result: FieldDivergence[] = [];
  fields.forEach((field, i) => {
    const all = byField[i]!;
    if (all.length === 0) return;
    const keys = all.sort(compareKeys).slice(0, sampleSize);
    const values = new Map<string, { expected: string | null; actual: string | null }>();
    for (const key of keys) values.set(key, { expected: before.get(key)?.[i] ?? null, actual: after.get(key)?.[i] ?? null });
    result.push({ field, count: all.length, keys, values });
  });
  return result;
}

/** A short stand-in for a field's text that differs when the text does (NULL stays NULL). */
function fieldHash(expression: string): string {
  return `hashtextextended((\n${expression}\n)::text, 0)`;
}
