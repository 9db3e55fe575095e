import { createHash } from 'node:crypto';
import type { FingerprintSummary, KeyedFingerprinter, KeyedRowSet } from '../engines/engine.ts';

/** Rows by table name; values are compared by their text, like the engines do. */
export type MemoryTables = Record<string, Array<Record<string, string | number | boolean | null>>>;

/** A `KeyedFingerprinter` that also records the calls made to it, to prove a diff stays cheap. */
export interface MemoryFingerprinter extends KeyedFingerprinter {
  readonly calls: string[];
}

/**
 * An in-memory `KeyedFingerprinter` over plain rows, for unit tests of the comparison
 * logic. Expressions are column names (quoted or not); `query` sources are not supported.
 *
 * @example
 * const store = memoryFingerprinter({ t: [{ id: 1, v: 'a' }] });
 * await store.summarize({ from: { table: 't' }, key: ['id'], values: ['v'] }); // { count: 1, hash: '…' }
 */
export function memoryFingerprinter(tables: MemoryTables): MemoryFingerprinter {
  const calls: string[] = [];
  const rowsOf = (set: KeyedRowSet) => {
    if (!('table' in set.from)) throw new Error('memoryFingerprinter supports tables only');
    const rows = tables[set.from.table];
    if (!rows) throw new Error(`no table ${JSON.stringify(set.from.table)}`);
    return rows.map((row) => {
      const key = set.key.map((k) => text(row[column(k)]));
      const values = set.values.map((v) => text(row[column(v)]));
      const keyText = key.length === 1 ? (key[0] ?? '') : JSON.stringify(key);
      return { keyText, hash: hash64(JSON.stringify([...key, ...values]), 0), bucketHash: hash64(keyText, 1), values };
    });
  };
  const summary = (hashes: bigint[]): FingerprintSummary => {
    let xor = 0n;
    let sum = 0n;
    for (const h of hashes) [xor, sum] = [xor ^ h, sum + h];
    return { count: hashes.length, hash: `${xor}/${sum}` };
  };
  const bucketOf = (h: bigint, buckets: number) => Number(BigInt.asUintN(64, h) & BigInt(buckets - 1));
  return {
    calls,
    async summarize(set) {
      calls.push('summarize');
      return summary(rowsOf(set).map((r) => r.hash));
    },
    async summarizeBuckets(set, buckets) {
      calls.push(`summarizeBuckets(${buckets})`);
      const grouped = new Map<number, bigint[]>();
      for (const row of rowsOf(set)) {
        const b = bucketOf(row.bucketHash, buckets);
        grouped.set(b, [...(grouped.get(b) ?? []), row.hash]);
      }
      return new Map([...grouped].map(([b, hashes]) => [b, summary(hashes)]));
    },
    async rowHashes(set, buckets, which) {
      calls.push(`rowHashes(${buckets}, ${which.length})`);
      const wanted = new Set(which);
      return rowsOf(set)
        .filter((r) => wanted.has(bucketOf(r.bucketHash, buckets)))
        .map((r) => [r.keyText, String(r.hash)] as const);
    },
    async rowValues(set, keys) {
      calls.push(`rowValues(${keys.length})`);
      const wanted = new Set(keys);
      return new Map(rowsOf(set).filter((r) => wanted.has(r.keyText)).map((r) => [r.keyText, r.values]));
    },
  };
}

function column(expression: string): string {
  return expression.replace(/^"(.*)"$/, '$1');
}

function text(value: string | number | boolean | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

function hash64(value: string, seed: number): bigint {
  const digest = createHash('sha256').update(`${seed}:${value}`).digest();
  return digest.readBigInt64BE(0);
}
