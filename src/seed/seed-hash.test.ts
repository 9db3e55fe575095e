import { describe, expect, it } from 'vitest';
import { columnKey, fmix32, hash32, hashString, uniformIndex, unit32, unit53 } from './seed-hash.ts';

describe('seed hashing', () => {
  it('pins known values, so a change to the mixing shows up as a format change', () => {
    expect([hash32(0, 0, 0), hash32(1, 2, 3), hashString('dir_user\u0000id', 1), columnKey(1, 'dir_user', 'id')]).toMatchInlineSnapshot(`
      [
        3644920907,
        950213173,
        3376121430,
        3376121430,
      ]
    `);
  });

  it('is a pure function of its inputs and differs when any input does', () => {
    expect(hash32(7, 1000, 4)).toBe(hash32(7, 1000, 4));
    const variants = new Set([hash32(7, 1000, 4), hash32(8, 1000, 4), hash32(7, 1001, 4), hash32(7, 1000, 5), hash32(7, 1000 + 2 ** 32, 4)]);
    expect(variants.size).toBe(5);
    expect(columnKey(1, 'a', 'b')).not.toBe(columnKey(2, 'a', 'b'));
    expect(columnKey(1, 'a', 'bc')).not.toBe(columnKey(1, 'ab', 'c'));
  });

  it('spreads consecutive rows uniformly over [0, 1)', () => {
    const buckets = new Array<number>(10).fill(0);
    const n = 100_000;
    for (let row = 0; row < n; row++) buckets[Math.floor(unit32(123, row, 4) * 10)]!++;
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 10 * 0.05);
    for (let row = 0; row < 1000; row++) {
      const u = unit53(123, row, 4);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('reaches every value of wide ranges', () => {
    const n = 2 ** 40;
    const seen = Array.from({ length: 1000 }, (_, row) => uniformIndex(n, 5, row, 4));
    expect(seen.every((i) => Number.isInteger(i) && i >= 0 && i < n)).toBe(true);
    expect(seen.some((i) => i % 2 === 1)).toBe(true); // low bits are random, not just the top 32
  });

  it('fmix32 is a bijection on a sample (so uuids built on it never collide)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(fmix32(i ^ 0xdeadbeef));
    expect(seen.size).toBe(200_000);
  });
});
