import type { FieldPath } from './field-path.ts';

/** A 1-based line and column in a scenario file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Where the values of a document sit in its text, independent of the syntax (YAML, or a
 * TypeScript object literal): offsets of nodes and of mapping keys.
 */
export interface SourceNode {
  readonly start: number;
  readonly end: number;
  /** A block collection starts on the line after its key, so errors point at the key instead. */
  readonly block: boolean;
  readonly entries?: ReadonlyMap<string, SourceEntry>;
  readonly items?: readonly (SourceNode | undefined)[];
}

export interface SourceEntry {
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Absent when the value is not written out (a TypeScript shorthand property). */
  readonly value: SourceNode | undefined;
}

/**
 * Maps field paths to line and column. Paths that go deeper than the document (a
 * missing key, a default) resolve to the deepest part that exists, so a "missing key"
 * points at the mapping that lacks it.
 *
 * @example
 * const locator = new SourceLocator(text, root);
 * locator.locate(['source', 'version']); // { line: 4, column: 12 }
 */
export class SourceLocator {
  readonly #text: string;
  readonly #root: SourceNode | undefined;
  #lineStarts: number[] | undefined;

  constructor(text: string, root: SourceNode | undefined) {
    this.#text = text;
    this.#root = root;
  }

  /** The value at `path` (its key when the value is a block collection or empty). */
  locate(path: FieldPath): SourcePosition | undefined {
    const found = this.#walk(path);
    if (!found) return undefined;
    const { node, entry } = found;
    if (entry && (!node || node.block || node.start === node.end)) return this.position(entry.keyStart);
    return node ? this.position(node.start) : undefined;
  }

  /** The key that ends `path` (an unknown key, an invalid record key), else as `locate`. */
  locateKey(path: FieldPath): SourcePosition | undefined {
    const found = this.#walk(path);
    if (found?.entry && found.exact) return this.position(found.entry.keyStart);
    return this.locate(path);
  }

  /** The source text of the value at exactly `path`, e.g. `1.10` before YAML made it a number. */
  textAt(path: FieldPath): string | undefined {
    const found = this.#walk(path);
    if (!found?.exact || !found.node) return undefined;
    return this.#text.slice(found.node.start, found.node.end);
  }

  /** Whether the document spells out `path` (a key may exist with an empty value). */
  has(path: FieldPath): boolean {
    return this.#walk(path)?.exact === true;
  }

  position(offset: number): SourcePosition {
    const starts = (this.#lineStarts ??= lineStarts(this.#text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** The text of one line, for excerpts under syntax errors. */
  lineText(line: number): string {
    const starts = (this.#lineStarts ??= lineStarts(this.#text));
    const start = starts[line - 1];
    if (start === undefined) return '';
    const end = starts[line] ?? this.#text.length;
    return this.#text.slice(start, end).replace(/\r?\n$/, '');
  }

  #walk(path: FieldPath): { node: SourceNode | undefined; entry: SourceEntry | undefined; exact: boolean } | undefined {
    if (!this.#root) return undefined;
    let node: SourceNode | undefined = this.#root;
    let entry: SourceEntry | undefined;
    for (const segment of path) {
      const next: { node: SourceNode | undefined; entry: SourceEntry | undefined } | undefined = child(node, segment);
      if (!next) return { node, entry, exact: false };
      ({ node, entry } = next);
    }
    return { node, entry, exact: true };
  }
}

function child(
  node: SourceNode | undefined,
  segment: string | number,
): { node: SourceNode | undefined; entry: SourceEntry | undefined } | undefined {
  if (!node) return undefined;
  if (node.entries) {
    const entry = node.entries.get(String(segment));
    return entry ? { node: entry.value, entry } : undefined;
  }
  if (node.items) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    return item ? { node: item, entry: undefined } : undefined;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
