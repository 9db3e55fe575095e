import type { SourceEntry, SourceNode } from './source-locator.ts';

/*
 * Finds where the fields of a TypeScript scenario are written, without a TypeScript
 * parser: the object literal given to `defineScenario(…)` (or exported as default) is
 * read with a small tokenizer that understands strings, templates, comments and nested
 * brackets. Anything that is not a literal (a variable, a call, a spread) is skipped as
 * one value, so paths through it resolve to the nearest written key. Best effort: a
 * regular expression literal holding quotes or brackets can confuse it, and then the
 * positions are dropped rather than guessed (see `scanScenarioLiteral`).
 */

interface Token {
  readonly kind: 'punct' | 'name' | 'string' | 'other';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ENTRY_PATTERNS: readonly (readonly string[])[] = [
  ['defineScenario', '(', '{'],
  ['export', 'default', '{'],
  ['export', 'const', 'scenario', '=', '{'],
];

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
    let node: SourceNode | undefined;
    if (first.text === '{') node = this.#object();
    else if (first.text === '[') node = this.#array();
    const start = node ? node.end : first.start;
    // `{ … } as const`, `'a' satisfies X`, `x ?? 1`: the rest of the expression up to `,` or a closer.
    const end = this.#skipExpression();
    return node ?? { start, end: Math.max(start, end), block: false };
  }

  #object(): SourceNode {
    const open = this.#next();
    const entries = new Map<string, SourceEntry>();
    for (;;) {
      const token = this.#peek();
      if (!token) throw new Error('unclosed object');
      if (token.text === '}') break;
      if (token.text === '...') {
        this.#next();
        this.#skipExpression();
      } else {
        const keyToken = this.#next();
        let key: string | undefined;
        if (keyToken.kind === 'name' || keyToken.kind === 'other') key = keyToken.text;
        else if (keyToken.kind === 'string') key = unquote(keyToken.text);
        else if (keyToken.text === '[') this.#skipBalanced('[', ']', 1);
        const after = this.#peek();
        let value: SourceNode | undefined;
        if (after?.text === ':') {
          this.#next();
          value = this.value();
        } else if (after?.text === '(') {
          this.#skipExpression();
        }
        if (key !== undefined && !entries.has(key)) entries.set(key, { keyStart: keyToken.start, keyEnd: keyToken.end, value });
      }
      if (this.#peek()?.text === ',') this.#next();
      else if (this.#peek()?.text !== '}') throw new Error('unexpected token in object');
    }
    const close = this.#next();
    return { start: open.start, end: close.end, block: false, entries };
  }

  #array(): SourceNode {
    const open = this.#next();
    const items: (SourceNode | undefined)[] = [];
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
        // Indexes after a spread are unknowable from the text.
        this.#next();
        this.#skipExpression();
        items.length = 0;
        while (this.#peek() && this.#peek()!.text !== ']') {
          this.#next();
        }
        break;
      }
      items.push(this.value());
      if (this.#peek()?.text === ',') this.#next();
    }
    const close = this.#next();
    return { start: open.start, end: close.end, block: false, items };
  }

  /** Skips to the `,` or closer that ends the current value; returns where the value ended. */
  #skipExpression(): number {
    let end = this.#peek()?.start ?? 0;
    for (let token = this.#peek(); token; token = this.#peek()) {
      if (token.text === ',' || token.text === '}' || token.text === ']' || token.text === ')') break;
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

function unquote(literal: string): string {
  try {
    return JSON.parse(literal.startsWith("'") ? `"${literal.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}
