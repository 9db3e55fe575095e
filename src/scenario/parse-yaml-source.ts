import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, type YAMLError } from 'yaml';
import { formatFieldPath } from './field-path.ts';
import type { ScenarioIssueDraft } from './scenario-issue.ts';
import { type SourceEntry, SourceLocator, type SourceNode } from './source-locator.ts';

export interface ParsedYaml {
  /** The document as plain data; `undefined` when the file holds no document. */
  readonly value: unknown;
  readonly locator: SourceLocator;
  /** Syntax errors, duplicate keys, unknown anchors: the document cannot be trusted. */
  readonly issues: readonly ScenarioIssueDraft[];
}

const SYNTAX_HINTS: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs',
  BAD_INDENT: 'keys of one mapping must start in the same column, and nested keys further right',
  BLOCK_AS_IMPLICIT_KEY:
    'a value and a nested key share one entry: check the indentation of the next line, or quote a value that holds ": "',
  MULTILINE_IMPLICIT_KEY:
    'a value and a nested key share one entry: check the indentation of the next line, or quote a value that holds ": "',
  MISSING_CHAR: 'close the quote or bracket opened earlier',
  MULTIPLE_DOCS: 'a scenario file holds one YAML document: remove the "---" line, or split the file',
  BAD_SCALAR_START: 'quote values that start with @ or `',
  UNEXPECTED_TOKEN: 'remove the stray character, or quote the value it belongs to',
  TAG_RESOLVE_FAILED: 'scenarios use plain YAML: remove the "!" tag',
};
const DEFAULT_SYNTAX_HINT = 'quote values that hold ": ", " #" or start with one of [ ] { } , & * ! | > % @ `';

/**
 * Parses a scenario's YAML text keeping where every value was written, so that any
 * field path (a schema issue, or a seeder's complaint at run time) maps to line and
 * column. Duplicate keys are errors: YAML would silently keep only one of them.
 *
 * @example
 * const { value, locator, issues } = parseYamlSource('name: demo\nsource: { version: 1.0.0 }\n');
 * locator.locate(['source', 'version']); // { line: 2, column: 20 }
 */
export function parseYamlSource(text: string): ParsedYaml {
  // uniqueKeys: false, because duplicates are reported below with their field path.
  // merge: `<<: *defaults` copies the keys of an anchored mapping that are not written next to it.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, merge: true });
  const issues: ScenarioIssueDraft[] = [];
  // Positions need only the text; the tree is still being built when the first issue appears.
  const lines = new SourceLocator(text, undefined);
  const root = doc.contents ? new TreeBuilder(doc, lines, issues).build(doc.contents as Node, []) : undefined;
  const locator = new SourceLocator(text, root);

  const seen = new Set<string>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const position = locator.position(error.pos[0]);
    const key = `${position.line}:${position.column}`;
    // yaml reports one slip under several codes at the same place; one message is enough.
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({
      line: position.line,
      column: position.column,
      path: '',
      segments: [],
      message: `invalid YAML: ${syntaxMessage(error)}`,
      hint: SYNTAX_HINTS[error.code] ?? DEFAULT_SYNTAX_HINT,
      excerpt: excerpt(locator, position.line, position.column),
    });
  }

  let value: unknown;
  if (issues.length === 0 && doc.contents) {
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      issues.push({ line: 1, column: 1, path: '', segments: [], message: `invalid YAML: ${(error as Error).message}` });
    }
  }
  return { value, locator, issues };
}

class TreeBuilder {
  readonly #doc: Document;
  readonly #lines: SourceLocator;
  readonly #issues: ScenarioIssueDraft[];
  readonly #built = new Map<Node, SourceNode>();
  readonly #active = new Set<Node>();

  constructor(doc: Document, lines: SourceLocator, issues: ScenarioIssueDraft[]) {
    this.#doc = doc;
    this.#lines = lines;
    this.#issues = issues;
  }

  #report(offset: number, path: (string | number)[], message: string, hint: string): void {
    this.#issues.push({ ...this.#lines.position(offset), path: formatFieldPath(path), segments: path, message, hint });
  }

  build(node: Node, path: (string | number)[]): SourceNode | undefined {
    const cached = this.#built.get(node);
    if (cached) return cached;
    const [start = 0, end = start] = node.range ?? [];
    if (isAlias(node)) {
      const target = node.resolve(this.#doc);
      if (!target) {
        this.#report(
          start,
          path,
          `unknown anchor ${JSON.stringify(node.source)}`,
          `define it before use, as "&${node.source}" in front of a value`,
        );
        return { start, end, block: false };
      }
      // An alias of its own ancestor would recurse forever; YAML allows it, a scenario cannot use it.
      if (this.#active.has(target)) return { start, end, block: false };
      return this.build(target, path);
    }
    this.#active.add(node);
    try {
      const built = this.#buildCollection(node, path, start, end);
      this.#built.set(node, built);
      return built;
    } finally {
      this.#active.delete(node);
    }
  }

  /** The mappings a merge key's value names: `*a`, `[*a, *b]` or a mapping written in place. */
  #mergeSources(value: Node | null, path: (string | number)[], keyStart: number): SourceNode[] {
    const sources = value && isSeq(value) ? value.items.map((item) => item as Node | null) : [value];
    const built: SourceNode[] = [];
    for (const source of sources) {
      const target = source && isAlias(source) ? source.resolve(this.#doc) : source;
      const offset = source?.range?.[0] ?? keyStart;
      if (source && isAlias(source) && !target) {
        this.build(source, path); // reports the unknown anchor
        continue;
      }
      if (!target || !isMap(target)) {
        this.#report(
          offset,
          path,
          'expected a mapping to merge after "<<"',
          'write "<<: *name", where "&name" marks a mapping, or "<<: [*first, *second]"',
        );
        continue;
      }
      const node = this.build(target, path);
      if (node) built.push(node);
    }
    return built;
  }

  #buildCollection(node: Node, path: (string | number)[], start: number, end: number): SourceNode {
    if (isMap(node)) {
      const entries = new Map<string, SourceEntry>();
      const merged: SourceNode[] = [];
      let mergeKeyStart: number | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const [keyStart = start, keyEnd = keyStart] = keyNode?.range ?? [];
        if (isMergeKey(keyNode)) {
          if (mergeKeyStart !== undefined) {
            this.#report(
              keyStart,
              path,
              `duplicate merge key "<<" (first written at line ${this.#lines.position(mergeKeyStart).line})`,
              'merge several mappings with one key: "<<: [*first, *second]" (the first one wins)',
            );
            continue;
          }
          mergeKeyStart = keyStart;
          merged.push(...this.#mergeSources(pair.value as Node | null, path, keyStart));
          continue;
        }
        const key = keyNode === null ? '' : isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const first = entries.get(key);
        if (first) {
          this.#report(
            keyStart,
            [...path, key],
            `duplicate key ${JSON.stringify(key)} (first written at line ${this.#lines.position(first.keyStart).line})`,
            'YAML would keep only one of them: remove or rename the other',
          );
          continue;
        }
        const value = pair.value ? this.build(pair.value as Node, [...path, key]) : undefined;
        entries.set(key, { keyStart, keyEnd, value });
      }
      // Keys written in the mapping win over merged ones, and earlier sources over later
      // ones, as in yaml's toJS; a merged key is located where its anchor wrote it.
      for (const source of merged) {
        for (const [key, entry] of source.entries ?? []) if (!entries.has(key)) entries.set(key, entry);
      }
      return { start, end, block: !node.flow, entries };
    }
    if (isSeq(node)) {
      const items = node.items.map((item, index) => (item ? this.build(item as Node, [...path, index]) : undefined));
      return { start, end, block: !node.flow, items };
    }
    return { start, end, block: false };
  }
}

/** `<<` written plainly, which the `merge` option reads as a merge key (a quoted "<<" is a key). */
function isMergeKey(node: Node | null): boolean {
  return isScalar(node) && typeof node.value === 'symbol' && node.value.description === '<<';
}

function syntaxMessage(error: YAMLError): string {
  const text = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The line and a caret under the column, like a compiler; tabs shown as → so the caret lines up. */
function excerpt(locator: SourceLocator, line: number, column: number): string {
  const text = locator.lineText(line).replace(/\t/g, '→');
  const gutter = String(line);
  return `${gutter} | ${text}\n${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}^`;
}
