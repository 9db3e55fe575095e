import { createHash } from 'node:crypto';
import type { FingerprintSummary, KeyedFingerprinter, KeyedRowSet } from '../engines/engine.ts';
import { compareKeys } from './compare-keys.ts';
import { MAX_KEYS_PER_FINDING } from './finding.ts';

/** One side of a comparison: where the rows are, and which rows. */
export interface KeyedSide {
  store: KeyedFingerprinter;
  set: KeyedRowSet;
}

export interface KeyedDiffOptions {
  /** Rows per bucket aimed at when narrowing a difference down (default 128). */
  rowsPerBucket?: number;
  /**
   * Upper bound on the bucket count (default 4096): more buckets make the grouping scan
   * dearer (at 1M rows, 8192 buckets cost more in that scan than they saved in `rowHashes`).
   */
  maxBuckets?: number;
  /** At most about this many rows per side are fetched by one `rowHashes` call (default 200 000). */
  batchRows?: number;
  /**
   * Sets of at most this many rows (default 5 000) skip the bucket scan and fetch every row
   * hash at once; above it, shipping rows costs more than a grouping scan that finds the
   * few buckets worth fetching.
   */
  directRows?: number;
  /** How many keys each sample keeps (default `MAX_KEYS_PER_FINDING`). */
  sampleSize?: number;
  /**
   * Exact row counts of the two sides, when known beforehand (two tables: a count is a
   * cheap scan next to hashing every row). Counts that differ prove the sets differ, so
   * the whole-set summaries, which could only say so again, are skipped: each side is
   * summarised by key bucket at once, and a difference costs one hashing scan per side
   * instead of two.
   */
  rowCounts?: { source: number; target: number };
}

/** Some keys, the first `keys.length` in `compareKeys` order, out of `keyCount`. */
export interface KeySample {
  /** Rows concerned (a key held by two rows counts twice). */
  count: number;
  /** Distinct keys concerned. */
  keyCount: number;
  keys: string[];
}

export interface DuplicateKey {
  key: string;
  /** Rows holding the key on each side. */
  source: number;
  target: number;
}

/**
 * The outcome of `keyedDiff`. Row counts, not key counts, for missing and extra rows (a
 * key held twice and missing counts twice); duplicates count keys.
 */
export interface KeyedDiff {
  source: FingerprintSummary;
  target: FingerprintSummary;
  equal: boolean;
  /** Source rows whose key is not in the target. */
  missing: KeySample;
  /** Target rows whose key is not in the source. */
  extra: KeySample;
  /** Keys held once on each side whose rows differ. */
  changed: KeySample;
  /** Keys held more than once on a side, where the two sides' rows for the key differ. */
  duplicates: { count: number; keys: DuplicateKey[] };
  /**
   * The summaries differ but no key could be singled out (keys whose text does not tell
   * rows apart, e.g. a key expression that is not what identifies rows). Never expected;
   * reported rather than passing silently.
   */
  unlocated: boolean;
  /** How much work it took: the number of buckets used, mismatched buckets, `rowHashes` batches. */
  work: { buckets: number; mismatchedBuckets: number; batches: number };
}

/**
 * Compares two keyed row sets the data-diff way, cheap when they are equal: one summary
 * per side; when those differ, a summary per bucket of keys; then row hashes for the
 * mismatched buckets only, a batch at a time, classified by key. Only samples of keys
 * are kept, so memory stays bounded by a batch whatever the number of differences.
 *
 * Given `rowCounts` that differ, large sets are summarised per bucket from the start (the
 * whole summaries are known to differ), so the buckets to fetch come out of the first
 * scan. Equal counts keep the whole summaries first: they are the cheapest proof of
 * equality, the case that matters most.
 *
 * @example
 * const diff = await keyedDiff({ store: source, set }, { store: target, set });
 * diff.missing; // { count: 3, keyCount: 3, keys: ['17', '230', '1999'] }
 */
export async function keyedDiff(source: KeyedSide, target: KeyedSide, options: KeyedDiffOptions = {}): Promise<KeyedDiff> {
  const rowsPerBucket = options.rowsPerBucket ?? 128;
  const maxBuckets = options.maxBuckets ?? 4096;
  const batchRows = options.batchRows ?? 200_000;
  const directRows = Math.min(options.directRows ?? 5_000, batchRows);
  const sampleSize = options.sampleSize ?? MAX_KEYS_PER_FINDING;
  // Small sets skip the bucket scan: one bucket holding everything is a single batch.
  const bucketsFor = (rows: number) => (rows <= directRows ? 1 : Math.min(maxBuckets, nextPowerOfTwo(Math.ceil(rows / rowsPerBucket))));

  const counts = options.rowCounts;
  const differ = counts !== undefined && counts.source !== counts.target;
  const first = await firstPass(source, target, differ ? bucketsFor(Math.max(counts.source, counts.target)) : 1, batchRows);
  const diff: KeyedDiff = {
    source: first.source,
    target: first.target,
    equal: first.equal,
    missing: { count: 0, keyCount: 0, keys: [] },
    extra: { count: 0, keyCount: 0, keys: [] },
    changed: { count: 0, keyCount: 0, keys: [] },
    duplicates: { count: 0, keys: [] },
    unlocated: false,
    work: { buckets: 0, mismatchedBuckets: 0, batches: 0 },
  };
  if (diff.equal) return diff;

  let { buckets, batches } = first;
  if (batches === undefined) {
    buckets = bucketsFor(Math.max(first.source.count, first.target.count));
    batches =
      buckets === 1
        ? [{ which: [0], source: first.source.count > 0, target: first.target.count > 0 }]
        : await mismatchedBatches(source, target, buckets, batchRows);
  }
  diff.work.buckets = buckets;
  diff.work.mismatchedBuckets = batches.reduce((n, batch) => n + batch.which.length, 0);

  const samples = { missing: new SampleBuilder(sampleSize), extra: new SampleBuilder(sampleSize), changed: new SampleBuilder(sampleSize) };
  const duplicates: DuplicateKey[] = [];
  for (const batch of batches) {
    diff.work.batches++;
    const [sourceRows, targetRows] = await Promise.all([
      batch.source ? source.store.rowHashes(source.set, buckets, batch.which) : [],
      batch.target ? target.store.rowHashes(target.set, buckets, batch.which) : [],
    ]);
    const bySource = groupByKey(sourceRows);
    const byTarget = groupByKey(targetRows);
    for (const [key, hashes] of bySource) {
      const other = byTarget.get(key);
      if (other === undefined) {
        samples.missing.add(key, hashes.length);
        if (hashes.length > 1) duplicates.push({ key, source: hashes.length, target: 0 });
      } else if (hashes.length === 1 && other.length === 1) {
        if (hashes[0] !== other[0]) samples.changed.add(key, 1);
      } else if (!sameMultiset(hashes, other)) {
        duplicates.push({ key, source: hashes.length, target: other.length });
      }
    }
    for (const [key, hashes] of byTarget) {
      if (bySource.has(key)) continue;
      samples.extra.add(key, hashes.length);
      if (hashes.length > 1) duplicates.push({ key, source: 0, target: hashes.length });
    }
  }
  diff.missing = samples.missing.result();
  diff.extra = samples.extra.result();
  diff.changed = samples.changed.result();
  duplicates.sort((a, b) => compareKeys(a.key, b.key));
  diff.duplicates = { count: duplicates.length, keys: duplicates.slice(0, sampleSize) };
  diff.unlocated = diff.missing.count + diff.extra.count + diff.changed.count + diff.duplicates.count === 0;
  return diff;
}

interface Batch {
  which: number[];
  /** Whether the side holds rows in these buckets at all (an empty side is not queried). */
  source: boolean;
  target: boolean;
}

interface FirstPass {
  source: FingerprintSummary;
  target: FingerprintSummary;
  equal: boolean;
  /** The bucket count the pass used (1: whole summaries). */
  buckets: number;
  /** The batches to fetch, when the pass already located the difference by bucket. */
  batches?: Batch[];
}

/** Whole summaries (`buckets` 1), or bucket summaries that locate a difference at once. */
async function firstPass(source: KeyedSide, target: KeyedSide, buckets: number, batchRows: number): Promise<FirstPass> {
  if (buckets === 1) {
    const [s, t] = await Promise.all([source.store.summarize(source.set), target.store.summarize(target.set)]);
    return { source: s, target: t, equal: s.count === t.count && s.hash === t.hash, buckets };
  }
  const [s, t] = await Promise.all([source.store.summarizeBuckets(source.set, buckets), target.store.summarizeBuckets(target.set, buckets)]);
  const batches = batchesOf(s, t, buckets, batchRows);
  return { source: wholeOf(s, buckets), target: wholeOf(t, buckets), equal: batches.length === 0, buckets, batches };
}

/**
 * The summary of a whole set from its bucket summaries: the count, and a digest of the
 * buckets' hashes (order-independent like theirs, but a different value from `summarize`).
 */
function wholeOf(summaries: ReadonlyMap<number, FingerprintSummary>, buckets: number): FingerprintSummary {
  const digest = createHash('sha256').update(`${buckets}`);
  let count = 0;
  for (const bucket of [...summaries.keys()].sort((a, b) => a - b)) {
    const summary = summaries.get(bucket)!;
    count += summary.count;
    digest.update(`\n${bucket}:${summary.count}:${summary.hash}`);
  }
  return { count, hash: `buckets:${buckets}:${digest.digest('hex').slice(0, 32)}` };
}

async function mismatchedBatches(source: KeyedSide, target: KeyedSide, buckets: number, batchRows: number): Promise<Batch[]> {
  const [sourceBuckets, targetBuckets] = await Promise.all([
    source.store.summarizeBuckets(source.set, buckets),
    target.store.summarizeBuckets(target.set, buckets),
  ]);
  return batchesOf(sourceBuckets, targetBuckets, buckets, batchRows);
}

/** The buckets whose summaries differ, in batches of about `batchRows` rows a side. */
function batchesOf(
  sourceBuckets: ReadonlyMap<number, FingerprintSummary>,
  targetBuckets: ReadonlyMap<number, FingerprintSummary>,
  buckets: number,
  batchRows: number,
): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { which: [], source: false, target: false };
  let rows = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const s = sourceBuckets.get(bucket);
    const t = targetBuckets.get(bucket);
    if (s?.count === t?.count && s?.hash === t?.hash) continue;
    const size = Math.max(s?.count ?? 0, t?.count ?? 0);
    if (current.which.length > 0 && rows + size > batchRows) {
      batches.push(current);
      current = { which: [], source: false, target: false };
      rows = 0;
    }
    current.which.push(bucket);
    current.source ||= (s?.count ?? 0) > 0;
    current.target ||= (t?.count ?? 0) > 0;
    rows += size;
  }
  if (current.which.length > 0) batches.push(current);
  return batches;
}

function groupByKey(rows: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [key, hash] of rows) {
    const hashes = byKey.get(key);
    if (hashes) hashes.push(hash);
    else byKey.set(key, [hash]);
  }
  return byKey;
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [[...a].sort(), [...b].sort()];
  return x.every((hash, i) => hash === y[i]);
}

/** Counts everything, keeps the first `size` keys in key order. */
class SampleBuilder {
  #count = 0;
  #keyCount = 0;
  #keys: string[] = [];
  #pending: string[] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  add(key: string, rows: number): void {
    this.#count += rows;
    this.#keyCount++;
    this.#pending.push(key);
    // Trim now and then, so a batch full of differences does not keep every key.
    if (this.#pending.length >= 4 * this.#size + 1024) this.#trim();
  }

  result(): KeySample {
    this.#trim();
    return { count: this.#count, keyCount: this.#keyCount, keys: this.#keys };
  }

  #trim(): void {
    this.#keys = [...this.#keys, ...this.#pending].sort(compareKeys).slice(0, this.#size);
    this.#pending = [];
  }
}

function nextPowerOfTwo(n: number): number {
  let power = 1;
  while (power < n) power *= 2;
  return power;
}
