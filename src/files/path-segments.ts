import { createHash } from 'node:crypto';

/*
 * A file's path in a tree is a list of names (segments), as an application knows them:
 * an upload named "a/b.txt", "..", "" or 300 bytes of emoji is still one name. On disk each
 * segment becomes one safe file name: "%" "/" and NUL are percent-encoded, "", "." and ".."
 * get a spelling of their own, and a name longer than a file system holds (255 bytes) is
 * cut and given a hash of the whole, so distinct names stay distinct. Decoding gives the
 * name back, except for a cut name, which keeps its encoded form on both sides of a
 * comparison alike.
 */

/** Most file systems hold names of at most 255 bytes. */
const MAX_NAME_BYTES = 255;
const CUT_MARK = '%~';

/**
 * The on-disk name of one segment.
 *
 * @example
 * encodeSegment('<b>&amp;</b>'); // '<b>&amp;<%2Fb>'
 * encodeSegment('..');           // '%2E%2E'
 */
export function encodeSegment(segment: string): string {
  if (segment === '') return '%';
  if (segment === '.' || segment === '..') return segment.replaceAll('.', '%2E');
  const encoded = segment.replace(/[%/\u0000]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (Buffer.byteLength(encoded, 'utf8') <= MAX_NAME_BYTES) return encoded;
  const digest = createHash('sha256').update(segment, 'utf8').digest('hex').slice(0, 16);
  return `${cutToBytes(encoded, MAX_NAME_BYTES - CUT_MARK.length - digest.length)}${CUT_MARK}${digest}`;
}

/** The segment an on-disk name stands for (a cut name stays as it is). */
export function decodeSegment(name: string): string {
  if (name === '%') return '';
  if (name.includes(CUT_MARK)) return name;
  return name.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A path given as "a/b/c" (segments without "/") or as its segments. */
export type FilePath = string | readonly string[];

export function segmentsOf(path: FilePath): string[] {
  return typeof path === 'string' ? path.split('/') : [...path];
}

/** How a path reads in reports: its segments joined by "/". */
export function displayPath(segments: readonly string[]): string {
  return segments.join('/');
}

/** The longest prefix of `text` whose UTF-8 form fits `bytes`, cut between code points. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (used + size > bytes) break;
    out += char;
    used += size;
  }
  return out;
}
