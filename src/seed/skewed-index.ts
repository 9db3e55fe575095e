/*
 * Zipf-skewed picks by inverse CDF, so a row's pick is a pure function of one uniform number.
 * Index 0 is the most frequent: P(k) ∝ 1 / (k + 1)^s. Exponent 0 is uniform.
 */

/** Exact Zipf up to this many items (a cumulative table); a continuous approximation above. */
const EXACT_LIMIT = 1024;

/**
 * Returns a function from u in [0, 1) to an index in [0, n), Zipf-distributed with exponent `s`.
 *
 * @example
 * const pick = skewSampler(5, 1);
 * pick(0.1); // 0: the first value takes 1 / H(5) ≈ 44 % of the picks
 */
export function skewSampler(n: number, s: number): (u: number) => number {
  if (s === 0 || n <= 1) return (u) => Math.floor(u * n);
  if (n > EXACT_LIMIT) return (u) => continuousZipf(n, s, u);
  const weights = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
  return cumulativeSampler(weights);
}

/** Picks by weight (not necessarily normalised, at least one positive): binary search on the cumulative sums. */
export function cumulativeSampler(weights: readonly number[]): (u: number) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = total += weights[i]!;
  const last = weights.length - 1;
  return (u) => {
    const target = u * total;
    let low = 0;
    let high = last;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/**
 * Zipf over n items approximated by a power law on [1, n + 1), discretised: O(1) for any n,
 * including a different n on every row (self references pick among earlier rows).
 */
export function continuousZipf(n: number, s: number, u: number): number {
  if (s === 0) return Math.floor(u * n);
  const oneMinusS = 1 - s;
  const x = Math.abs(oneMinusS) < 1e-9 ? (n + 1) ** u : (1 + u * ((n + 1) ** oneMinusS - 1)) ** (1 / oneMinusS);
  const index = Math.floor(x) - 1;
  return index < 0 ? 0 : index >= n ? n - 1 : index;
}
