/*
 * Counter-based hashing: every generated value is a pure function of (seed, table, column,
 * row, draw). Nothing is a stream, so any chunk can be generated alone, in any worker, and
 * a `ref` can compute the referenced row's value directly.
 *
 * The mixing is MurmurHash3's (x86, 32-bit) block step and finaliser, on Math.imul, so it
 * runs at integer speed in V8 and gives the same bits on every platform.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const TWO_32 = 4_294_967_296;

function mixIn(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a string (UTF-16 code units) with a numeric seed (any safe integer). */
export function hashString(text: string, seed: number): number {
  let h = mixIn(seed | 0, Math.floor(seed / TWO_32) | 0);
  for (let i = 0; i < text.length; i++) h = mixIn(h, text.charCodeAt(i));
  return fmix32(h ^ text.length);
}

/**
 * The key of one column: every value of the column derives from it. Depends on the seed and
 * the names only, so adding or reordering columns never changes another column's values.
 */
export function columnKey(seed: number, table: string, column: string): number {
  return hashString(`${table}\u0000${column}`, seed);
}

/**
 * 32 random bits for (column key, row, draw). `draw` separates independent decisions made for
 * the same cell (null or not, edge case or not, the value itself, a second value…).
 *
 * @example
 * const u = hash32(columnKey(1, 'dir_user', 'email'), 41, 0) / 2 ** 32; // in [0, 1)
 */
export function hash32(key: number, row: number, draw: number): number {
  let h = mixIn(key, row | 0);
  h = mixIn(h, Math.floor(row / TWO_32) | 0);
  h = mixIn(h, draw);
  return fmix32(h ^ 12);
}

/** A uniform number in [0, 1) with 32 bits of resolution. */
export function unit32(key: number, row: number, draw: number): number {
  return hash32(key, row, draw) / TWO_32;
}

/** A uniform number in [0, 1) with 53 bits of resolution (for ranges wider than 2^32). */
export function unit53(key: number, row: number, draw: number): number {
  const high = hash32(key, row, draw) >>> 11; // 21 bits
  const low = hash32(key, row, draw + 0x4000_0000);
  return (high * TWO_32 + low) / 2 ** 53;
}

/** A uniform index in [0, n): resolution follows n, so wide ranges reach every value. */
export function uniformIndex(n: number, key: number, row: number, draw: number): number {
  const u = n <= TWO_32 ? unit32(key, row, draw) : unit53(key, row, draw);
  return Math.floor(u * n);
}
