import { createHash } from 'node:crypto';
import type { FingerprintSummary } from '../engines/engine.ts';

/*
 * Document hashes fold the way the PostgreSQL fingerprints do (count, XOR and SUM of signed
 * 64-bit hashes), so a set's summary is independent of order, a duplicated document still
 * changes the sum, and `keyedDiff` can narrow a difference down by bucket on either engine.
 */

/** 64-bit signed hash of a canonical text; `seed` separates row hashes (0) from bucket hashes (1). */
export function hash64(text: string, seed: number): bigint {
  return createHash('sha256').update(`${seed}:`).update(text).digest().readBigInt64BE(0);
}

/** Which of `buckets` (a power of two) buckets a key text falls in. */
export function bucketOf(keyText: string, buckets: number): number {
  return Number(BigInt.asUintN(64, hash64(keyText, 1)) & BigInt(buckets - 1));
}

/** Accumulates hashes into a `FingerprintSummary`. */
export class HashFold {
  private count = 0;
  private xor = 0n;
  private sum = 0n;

  add(hash: bigint): void {
    this.count += 1;
    this.xor ^= hash;
    this.sum += hash;
  }

  summary(): FingerprintSummary {
    return { count: this.count, hash: `${this.xor}/${this.sum}` };
  }
}

export function assertPowerOfTwo(buckets: number): void {
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0) {
    throw new RangeError(`buckets must be a power of two, got ${buckets}`);
  }
}
