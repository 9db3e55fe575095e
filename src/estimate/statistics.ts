/*
 * The little statistics the estimator needs, written out rather than pulled in as a
 * dependency: medians, a robust spread, weighted least squares with one feature, and
 * Student's t quantiles. Every function is pure and deterministic.
 */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The spread of repetitions as a robust coefficient of variation: 1.4826 × the median
 * absolute deviation, over the median (the standard deviation over the mean for normal
 * noise). One slow outlier among three repetitions does not move it, and unlike the range
 * it does not grow with the number of repetitions. 0 for fewer than two values.
 *
 * @example
 * robustSpread([100, 101, 180]); // 0.0147: one outlier
 * robustSpread([100, 150, 70]);  // 0.44
 */
export function robustSpread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = median(values);
  if (m <= 0) return 0;
  return (1.4826 * median(values.map((v) => Math.abs(v - m)))) / m;
}

/** The same robust deviation in the values' own unit (ms). */
export function robustDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** y ≈ a + b·x, fitted by weighted least squares. */
export interface LineFit {
  a: number;
  b: number;
  /** Weighted residual sum of squares. */
  sse: number;
  /** Points minus parameters. */
  dof: number;
  /** (XᵀWX)⁻¹, row-major [aa, ab, ba, bb]: the parameters' covariance up to σ². */
  inverse: [number, number, number, number];
}

/**
 * Weighted least squares of y = a + b·x (or y = a when `constantOnly`). Weights are
 * inverse variances: 1/y² makes the fit minimise relative errors, which suits timings,
 * whose noise grows with their size.
 *
 * @throws Error when the points cannot determine the parameters (all x equal).
 */
export function fitLine(xs: readonly number[], ys: readonly number[], weights: readonly number[]): LineFit {
  let sw = 0;
  let swx = 0;
  let swxx = 0;
  let swy = 0;
  let swxy = 0;
  for (let i = 0; i < xs.length; i++) {
    const w = weights[i]!;
    const x = xs[i]!;
    const y = ys[i]!;
    sw += w;
    swx += w * x;
    swxx += w * x * x;
    swy += w * y;
    swxy += w * x * y;
  }
  const det = sw * swxx - swx * swx;
  // Relative to the scale of the terms: x in the millions squares to 1e12.
  if (!(Math.abs(det) > 1e-12 * sw * swxx)) throw new Error('fitLine: the x values do not vary');
  const b = (sw * swxy - swx * swy) / det;
  const a = (swy - b * swx) / sw;
  let sse = 0;
  for (let i = 0; i < xs.length; i++) sse += weights[i]! * (ys[i]! - a - b * xs[i]!) ** 2;
  return { a, b, sse, dof: xs.length - 2, inverse: [swxx / det, -swx / det, -swx / det, sw / det] };
}

/** x₀ᵀ(XᵀWX)⁻¹x₀ for x₀ = (1, x): how far a prediction at x leans on the fitted parameters. */
export function leverage(fit: LineFit, x: number): number {
  const [aa, ab, ba, bb] = fit.inverse;
  return aa + (ab + ba) * x + bb * x * x;
}

/**
 * Student's t quantile: the value t with P(T ≤ t) = p, for p in [0.9, 0.995] and any
 * degrees of freedom. Computed from the Cornish–Fisher expansion around the normal
 * quantile, exact to the third decimal for dof ≥ 3 and corrected from a table below.
 *
 * @example
 * studentT(0.95, 2); // 2.920 (a two-sided 90 % interval with two degrees of freedom)
 */
export function studentT(p: number, dof: number): number {
  if (!(dof >= 1)) return Number.POSITIVE_INFINITY;
  const exact = T_TABLE[p]?.[Math.round(dof) - 1];
  if (exact !== undefined && Number.isInteger(dof)) return exact;
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  return z + g1 / dof + g2 / dof ** 2 + g3 / dof ** 3;
}

/** Exact quantiles for small dof, where the expansion is off (rows: p; columns: dof 1…5). */
const T_TABLE: Record<number, readonly number[]> = {
  0.9: [3.078, 1.886, 1.638, 1.533, 1.476],
  0.95: [6.314, 2.92, 2.353, 2.132, 2.015],
  0.975: [12.706, 4.303, 3.182, 2.776, 2.571],
};

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771688, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
