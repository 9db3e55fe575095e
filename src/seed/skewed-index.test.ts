import { describe, expect, it } from 'vitest';
import { unit32 } from './seed-hash.ts';
import { continuousZipf, cumulativeSampler, skewSampler } from './skewed-index.ts';

function frequencies(n: number, pick: (u: number) => number, draws = 100_000): number[] {
  const counts = new Array<number>(n).fill(0);
  for (let row = 0; row < draws; row++) counts[pick(unit32(99, row, 4))]!++;
  return counts.map((c) => c / draws);
}

describe('skewed picks', () => {
  it('is uniform with exponent 0', () => {
    for (const f of frequencies(4, skewSampler(4, 0))) expect(f).toBeCloseTo(0.25, 1);
  });

  it('follows Zipf exactly for small n: P(k) = (1 / (k+1)^s) / H(n, s)', () => {
    const harmonic = 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5;
    const f = frequencies(5, skewSampler(5, 1));
    f.forEach((share, k) => expect(Math.abs(share - 1 / (k + 1) / harmonic)).toBeLessThan(0.01));
  });

  it('approximates Zipf for large n, first values most frequent, every pick in range', () => {
    const n = 100_000;
    const picks = Array.from({ length: 50_000 }, (_, row) => continuousZipf(n, 1, unit32(3, row, 4)));
    expect(picks.every((i) => i >= 0 && i < n)).toBe(true);
    const first10 = picks.filter((i) => i < 10).length / picks.length;
    // ∫ 1/x from 1 to 11 over ∫ from 1 to n+1: ln 11 / ln 100001 ≈ 0.208
    expect(first10).toBeGreaterThan(0.18);
    expect(first10).toBeLessThan(0.24);
    expect(continuousZipf(n, 2, 0.999999)).toBeLessThan(n);
  });

  it('picks by weight, never a zero weight', () => {
    const f = frequencies(3, cumulativeSampler([6, 0, 4]));
    expect(f[0]).toBeCloseTo(0.6, 1);
    expect(f[1]).toBe(0);
    expect(f[2]).toBeCloseTo(0.4, 1);
  });
});
