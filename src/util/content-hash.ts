import { createHash } from 'node:crypto';

/** sha256 hex of the given parts, each length-prefixed so that ["ab","c"] ≠ ["a","bc"]. */
export function contentHash(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
