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
  /**
   * Not every key or item is written here (a TypeScript spread or computed key): one that
   * is not listed may still be in the value, so its place is unknown rather than missing.
   */
  readonly open?: boolean;
  /** The value of a scalar literal (`'text'`, `12`, `true`), to check the text against a built value. */
  readonly scalar?: { readonly value: string | number | boolean | null };
}

export interface SourceEntry {
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Absent when the value is not written out (a TypeScript shorthand property). */
  readonly value: SourceNode | undefined;
  /** A spread or computed key written after this entry may replace its value, so its place is not sure. */
  readonly unsure?: boolean;
}

type Walk = { node: SourceNode | undefined; entry: SourceEntry | undefined; exact: boolean };

/**
 * Maps field paths to line and column. Paths that go deeper than the document (a
 * missing key, a default) resolve to the deepest part that exists, so a "missing key"
 * points at the mapping that lacks it. A path that may run through a value written
 * elsewhere (a spread, or a key a later spread may replace) has no position: a line is
 * given only when it is sure.
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

  /** The source text of the key that ends `path`, e.g. `2.0` for the key YAML made "2". */
  keyTextAt(path: FieldPath): string | undefined {
    const found = this.#walk(path);
    if (!found?.exact || !found.entry) return undefined;
    return this.#text.slice(found.entry.keyStart, found.entry.keyEnd);
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

  /** The deepest written part of `path`; `undefined` when the place is unknown or not sure. */
  #walk(path: FieldPath): Walk | undefined {
    if (!this.#root) return undefined;
    let node: SourceNode | undefined = this.#root;
    let entry: SourceEntry | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (next === 'unsure') return undefined;
      if (!next) return { node, entry, exact: false };
      ({ node, entry } = next);
    }
    return { node, entry, exact: true };
  }
}

/**
 * The child at `segment`; `undefined` when the text has none there (a missing key, or a
 * value computed by an expression, whose parts are not written out), `'unsure'` when
 * it may be written somewhere else.
 */
function child(node: SourceNode | undefined, segment: string | number): Omit<Walk, 'exact'> | 'unsure' | undefined {
  if (!node) return undefined;
  if (node.entries) {
    const entry = node.entries.get(String(segment));
    if (!entry) return node.open ? 'unsure' : undefined;
    return entry.unsure ? 'unsure' : { node: entry.value, entry };
  }
  if (node.items) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    if (!item) return node.open ? 'unsure' : undefined;
    return { node: item, entry: undefined };
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
