import { createHash } from 'node:crypto';

/**
 * sha256 hex of a migrator file, with every CRLF read as LF, so that a Windows checkout
 * (git's `core.autocrlf`) does not look like an edit of an applied migrator.
 *
 * @example
 * migratorChecksum(await readFile(file)); // 'e3b0c442…'
 */
export function migratorChecksum(bytes: Uint8Array): string {
  return createHash('sha256').update(withoutCarriageReturns(bytes)).digest('hex');
}

function withoutCarriageReturns(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x0d)) return bytes;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    // A lone CR (old Mac line end, or inside a string) is content and stays.
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) continue;
    out[length++] = bytes[i]!;
  }
  return out.subarray(0, length);
}
