import { describe, expect, it } from 'vitest';
import type { KeyedRowSet } from '../engines/engine.ts';
import { keyedDiff } from './keyed-diff.ts';
import { memoryFingerprinter, type MemoryTables } from './memory-fingerprinter.ts';

const set: KeyedRowSet = { from: { table: 't' }, key: ['id'], values: ['v'] };
const rows = (n: number, value = (i: number) => `v${i}`) => Array.from({ length: n }, (_, i) => ({ id: i + 1, v: value(i + 1) }));

function sides(source: MemoryTables['t'], target: MemoryTables['t']) {
  const [s, t] = [memoryFingerprinter({ t: source }), memoryFingerprinter({ t: target })];
  return { s, t, source: { store: s, set }, target: { store: t, set } };
}

describe('keyedDiff', () => {
  it('costs one summary per side when the sets are equal', async () => {
    const { s, t, source, target } = sides(rows(1000), rows(1000).reverse());
    const diff = await keyedDiff(source, target);
    expect(diff.equal).toBe(true);
    expect([s.calls, t.calls]).toEqual([['summarize'], ['summarize']]);
  });

  it('classifies missing, extra, changed and duplicate keys', async () => {
    const target = rows(10)
      .filter((r) => r.id !== 3 && r.id !== 10)
      .map((r) => (r.id === 5 ? { ...r, v: 'changed' } : r));
    target.push({ id: 11, v: 'new' }, { id: 7, v: 'v7 again' }, { id: 12, v: 'a' }, { id: 12, v: 'b' });
    const { source, target: t } = sides(rows(10), target);
    const diff = await keyedDiff(source, t);
    expect(diff).toMatchObject({
      equal: false,
      missing: { count: 2, keyCount: 2, keys: ['3', '10'] },
      extra: { count: 3, keyCount: 2, keys: ['11', '12'] },
      changed: { count: 1, keyCount: 1, keys: ['5'] },
      duplicates: {
        count: 2,
        keys: [
          { key: '7', source: 1, target: 2 },
          { key: '12', source: 0, target: 2 },
        ],
      },
      work: { buckets: 1, mismatchedBuckets: 1, batches: 1 },
    });
  });

  it('does not report a key held twice alike on both sides', async () => {
    const twice = [...rows(5), { id: 2, v: 'v2' }];
    const { source, target } = sides(twice, [...twice.filter((r) => r.id !== 4)]);
    const diff = await keyedDiff(source, target);
    expect([diff.missing.keys, diff.duplicates.count]).toEqual([['4'], 0]);
  });

  it('fetches only mismatched buckets, a batch at a time, and finds the same keys', async () => {
    const source = rows(5000);
    const target = source.filter((r) => ![17, 230, 4999].includes(r.id)).map((r) => (r.id === 1234 ? { ...r, v: 'x' } : r));
    const { s, source: a, target: b } = sides(source, target);
    const diff = await keyedDiff(a, b, { batchRows: 1, rowsPerBucket: 16 });
    expect([diff.missing.keys, diff.changed.keys]).toEqual([['17', '230', '4999'], ['1234']]);
    expect(diff.work).toEqual({ buckets: 512, mismatchedBuckets: 4, batches: 4 });
    expect(s.calls).toEqual(['summarize', 'summarizeBuckets(512)', 'rowHashes(512, 1)', 'rowHashes(512, 1)', 'rowHashes(512, 1)', 'rowHashes(512, 1)']);
  });

  it('keeps the first keys in reading order and counts them all', async () => {
    const { source, target } = sides(rows(500), []);
    const diff = await keyedDiff(source, target, { sampleSize: 4, batchRows: 100, rowsPerBucket: 8 });
    expect(diff.missing).toEqual({ count: 500, keyCount: 500, keys: ['1', '2', '3', '4'] });
    expect(diff.extra).toEqual({ count: 0, keyCount: 0, keys: [] });
  });

  it('with row counts that differ, summarises by bucket at once: one hashing scan per side, the same keys', async () => {
    const source = rows(1000);
    const target = source.filter((r) => ![17, 230].includes(r.id)).map((r) => (r.id === 777 ? { ...r, v: 'x' } : r));
    target.push({ id: 1001, v: 'new' });
    const options = { directRows: 100, rowsPerBucket: 16 };
    const plain = await keyedDiff(sides(source, target).source, sides(source, target).target, options);
    const { s, t, source: a, target: b } = sides(source, target);
    const counted = await keyedDiff(a, b, { ...options, rowCounts: { source: 1000, target: 999 } });
    expect([counted.missing, counted.extra, counted.changed]).toEqual([plain.missing, plain.extra, plain.changed]);
    expect([counted.missing.keys, counted.extra.keys, counted.changed.keys]).toEqual([['17', '230'], ['1001'], ['777']]);
    expect([counted.source.count, counted.target.count, counted.equal]).toEqual([1000, 999, false]);
    expect([s.calls, t.calls]).toEqual([
      ['summarizeBuckets(64)', 'rowHashes(64, 4)'],
      ['summarizeBuckets(64)', 'rowHashes(64, 4)'],
    ]);
  });

  it('with equal row counts, proves equality with the whole summaries first, as without counts', async () => {
    const { s, source, target } = sides(rows(1000), rows(1000).reverse());
    const diff = await keyedDiff(source, target, { directRows: 100, rowCounts: { source: 1000, target: 1000 } });
    expect(diff.equal).toBe(true);
    expect(s.calls).toEqual(['summarize']);
  });

  it('does not query an empty side for row hashes', async () => {
    const { t, source, target } = sides(rows(3), []);
    await keyedDiff(source, target);
    expect(t.calls).toEqual(['summarize']);
  });
});

describe('keyedDiff safety net', () => {
  it('says so when the summaries differ but no key can be singled out', async () => {
    const store = memoryFingerprinter({ t: rows(3) });
    const lying = { ...store, summarize: async () => ({ count: 3, hash: 'other' }) };
    const diff = await keyedDiff({ store, set }, { store: lying, set });
    expect([diff.equal, diff.unlocated]).toEqual([false, true]);
  });
});
