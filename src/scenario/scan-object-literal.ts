import type { SourceEntry, SourceNode } from './source-locator.ts';

/*
 * Finds where the fields of a TypeScript scenario are written, without a TypeScript
 * parser: the object literal given to `defineScenario(…)` (or exported as default) is
 * read with a small tokenizer that understands strings, templates, comments and nested
 * brackets. Anything that is not a literal (a variable, a call) is skipped as one value,
 * so paths through it resolve to that value. A spread or a computed key makes the
 * mapping `open` and the keys before it `unsure`: what they hold may come from elsewhere.
 * Scalar literals keep their value, so that the loader can check the text against the
 * object the module built before trusting any position. Best effort: a regular
 * expression literal holding quotes or brackets can confuse it, and then the positions
 * are dropped rather than guessed (see `scanScenarioLiteral`).
 */

interface Token {
  readonly kind: 'punct' | 'name' | 'string' | 'other';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Most specific first: a module may call `defineScenario` for a draft before the export. */
const ENTRY_PATTERNS: readonly (readonly string[])[] = [
  ['export', 'default', 'defineScenario', '(', '{'],
  ['export', 'default', '{'],
  ['export', 'const', 'scenario', '=', 'defineScenario', '(', '{'],
  ['export', 'const', 'scenario', '=', '{'],
  ['defineScenario', '(', '{'],
];

/** Type assertions after a literal leave its value alone: `{ … } as const`, `{ … } satisfies X`. */
const TYPE_ONLY_SUFFIXES: ReadonlySet<string> = new Set(['as', 'satisfies']);

/**
 * The source tree of the scenario object literal in a TypeScript module's text, or
 * `undefined` when there is none to find.
 *
 * @example
 * scanScenarioLiteral("export default defineScenario({ name: 'demo', source: { version: '1.0.0' } });");
 */
export function scanScenarioLiteral(text: string): SourceNode | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return undefined;
  }
  for (const pattern of ENTRY_PATTERNS) {
    for (let i = 0; i + pattern.length <= tokens.length; i++) {
      if (pattern.every((part, offset) => tokens[i + offset]!.text === part)) {
        const parser = new LiteralParser(tokens, i + pattern.length - 1);
        try {
          return parser.value();
        } catch {
          return undefined;
        }
      }
    }
  }
  return undefined;
}

class LiteralParser {
  readonly #tokens: Token[];
  #at: number;

  constructor(tokens: Token[], at: number) {
    this.#tokens = tokens;
    this.#at = at;
  }

  value(): SourceNode | undefined {
    const first = this.#peek();
    if (!first) throw new Error('unexpected end');
    const from = this.#at;
    let node: SourceNode | undefined;
    if (first.text === '{') node = this.#object();
    else if (first.text === '[') node = this.#array();
    const afterLiteral = this.#at;
    const suffix = this.#peek();
    // `{ … } as const`, `'a' satisfies X`, `x ?? 1`: the rest of the expression up to `,` or a closer.
    const end = this.#skipExpression();
    if (node) {
      // `[…].map(f)`, `{ … }.x`: the value is what the expression computes, not the literal.
      if (this.#at === afterLiteral || TYPE_ONLY_SUFFIXES.has(suffix?.text ?? '')) return node;
      return { start: node.start, end, block: false };
    }
    const scalar = scalarValue(this.#tokens.slice(from, this.#at));
    return { start: first.start, end: Math.max(first.start, end), block: false, ...(scalar ? { scalar } : {}) };
  }

  #object(): SourceNode {
    const openToken = this.#next();
    const entries = new Map<string, SourceEntry>();
    let open = false;
    // A spread or a computed key may set any key: the entries written before it are unsure.
    const anyKeyFromHere = () => {
      open = true;
      for (const [key, entry] of entries) entries.set(key, { ...entry, unsure: true });
    };
    for (;;) {
      const token = this.#peek();
      if (!token) throw new Error('unclosed object');
      if (token.text === '}') break;
      if (token.text === '...') {
        this.#next();
        this.#skipExpression();
        anyKeyFromHere();
      } else {
        const keyToken = this.#next();
        let key: string | undefined;
        if (keyToken.kind === 'name') key = keyToken.text;
        // `{ 2.0: '1m' }` has the key "2", as the value the module builds.
        else if (keyToken.kind === 'other') key = String(numberValue(keyToken.text) ?? keyToken.text);
        else if (keyToken.kind === 'string') key = unquote(keyToken.text);
        else if (keyToken.text === '[') this.#skipBalanced('[', ']', 1);
        if (key === undefined) anyKeyFromHere();
        const after = this.#peek();
        let value: SourceNode | undefined;
        if (after?.text === ':') {
          this.#next();
          value = this.value();
        } else if (after?.text === '(') {
          this.#skipExpression();
        }
        // The last of two equal keys wins, in JavaScript as here.
        if (key !== undefined) {
          entries.delete(key);
          entries.set(key, { keyStart: keyToken.start, keyEnd: keyToken.end, value });
        }
      }
      if (this.#peek()?.text === ',') this.#next();
      else if (this.#peek()?.text !== '}') throw new Error('unexpected token in object');
    }
    const close = this.#next();
    return { start: openToken.start, end: close.end, block: false, entries, ...(open ? { open } : {}) };
  }

  #array(): SourceNode {
    const openToken = this.#next();
    const items: (SourceNode | undefined)[] = [];
    let open = false;
    for (;;) {
      const token = this.#peek();
      if (!token) throw new Error('unclosed array');
      if (token.text === ']') break;
      if (token.text === ',') {
        items.push(undefined);
        this.#next();
        continue;
      }
      if (token.text === '...') {
        // Items before a spread keep their index; the indexes after it are unknowable from the text.
        open = true;
        this.#next();
        this.#skipExpression();
        while (this.#peek() && this.#peek()!.text !== ']') {
          const next = this.#peek()!.text;
          if (next === '{') this.#skipBalanced('{', '}');
          else if (next === '[') this.#skipBalanced('[', ']');
          else if (next === '(') this.#skipBalanced('(', ')');
          else this.#next();
        }
        break;
      }
      items.push(this.value());
      if (this.#peek()?.text === ',') this.#next();
    }
    const close = this.#next();
    return { start: openToken.start, end: close.end, block: false, items, ...(open ? { open } : {}) };
  }

  /** Skips to the `,`, `;` or closer that ends the current value; returns where the value ended. */
  #skipExpression(): number {
    let end = this.#peek()?.start ?? 0;
    for (let token = this.#peek(); token; token = this.#peek()) {
      if (token.text === ',' || token.text === '}' || token.text === ']' || token.text === ')' || token.text === ';') break;
      if (token.text === '{') end = this.#skipBalanced('{', '}');
      else if (token.text === '[') end = this.#skipBalanced('[', ']');
      else if (token.text === '(') end = this.#skipBalanced('(', ')');
      else end = this.#next().end;
    }
    return end;
  }

  #skipBalanced(open: string, close: string, depth = 0): number {
    for (let token = this.#next(); ; token = this.#next()) {
      if (token.text === open) depth++;
      else if (token.text === close && --depth === 0) return token.end;
    }
  }

  #peek(): Token | undefined {
    return this.#tokens[this.#at];
  }

  #next(): Token {
    const token = this.#tokens[this.#at++];
    if (!token) throw new Error('unexpected end');
    return token;
  }
}

/** The value of an expression that is one literal: `'a'`, `12`, `-1.5`, `true`, `null`. */
function scalarValue(tokens: readonly Token[]): { value: string | number | boolean | null } | undefined {
  const [first, second] = tokens;
  if (!first) return undefined;
  if (tokens.length === 2 && first.text === '-' && second?.kind === 'other') {
    const number = numberValue(second.text);
    return number === undefined ? undefined : { value: -number };
  }
  if (tokens.length !== 1) return undefined;
  if (first.kind === 'string') {
    const value = unquote(first.text);
    return value === undefined ? undefined : { value };
  }
  if (first.kind === 'name') {
    const keyword = ({ true: true, false: false, null: null } as const)[first.text as 'true' | 'false' | 'null'];
    return keyword === undefined ? undefined : { value: keyword };
  }
  if (first.kind === 'other') {
    const number = numberValue(first.text);
    return number === undefined ? undefined : { value: number };
  }
  return undefined;
}

function numberValue(text: string): number | undefined {
  // Digits with separators, a fraction, hex; not a bigint ("10n") or a template.
  if (!/^\d[\d_]*(\.[\d_]*)?$|^0[xXoObB][\da-fA-F_]+$/.test(text)) return undefined;
  const value = Number(text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: Token['kind'], start: number) => tokens.push({ kind, text: text.slice(start, i), start, end: i });
  while (i < text.length) {
    const c = text[i]!;
    const start = i;
    if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) i = lineEnd(text, i);
    else if (text.startsWith('/*', i)) i = indexAfter(text, '*/', i + 2);
    else if (c === '"' || c === "'") {
      i = stringEnd(text, i, c);
      push('string', start);
    } else if (c === '`') {
      i = templateEnd(text, i);
      push('other', start);
    } else if (/[A-Za-z_$]/.test(c)) {
      while (i < text.length && /[\w$]/.test(text[i]!)) i++;
      push('name', start);
    } else if (/\d/.test(c)) {
      while (i < text.length && /[\w.]/.test(text[i]!)) i++;
      push('other', start);
    } else if (text.startsWith('...', i)) {
      i += 3;
      push('punct', start);
    } else {
      i++;
      push('punct', start);
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function indexAfter(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  if (at === -1) throw new Error('unclosed comment');
  return at + needle.length;
}

function stringEnd(text: string, from: number, quote: string): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
    else if (text[i] === '\n') break;
  }
  throw new Error('unclosed string');
}

function templateEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return i + 1;
    else if (text.startsWith('${', i)) {
      let depth = 1;
      for (i += 2; i < text.length && depth > 0; i++) {
        const c = text[i]!;
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '"' || c === "'") i = stringEnd(text, i, c) - 1;
        else if (c === '`') i = templateEnd(text, i) - 1;
      }
      i--;
    }
  }
  throw new Error('unclosed template');
}

/** A string literal's value; `undefined` when its escapes are beyond JSON's (`'\x41'`). */
function unquote(literal: string): string | undefined {
  try {
    return JSON.parse(literal.startsWith("'") ? `"${literal.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : literal) as string;
  } catch {
    return undefined;
  }
}
