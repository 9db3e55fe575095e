/** One statement of a script, with where it starts in the script. */
export interface SqlStatement {
  /** The statement's text, with its terminating `;` when it has one. */
  sql: string;
  /** Character offset of `sql` in the script. */
  offset: number;
  /** 1-based line of the script where the statement's first token is. */
  line: number;
}

/**
 * Splits a PostgreSQL script into statements at top-level `;`, skipping those inside
 * quotes (`'…'`, `E'…'`, `"…"`, `$tag$…$tag$`) and comments (`--`, nested `/* *\/`).
 * Statements that hold only whitespace and comments are left out.
 *
 * Needed for migrators that run outside a transaction: PostgreSQL runs a multi-statement
 * string as one implicit transaction, where `CREATE INDEX CONCURRENTLY` is refused.
 *
 * Not handled: SQL-standard function bodies (`BEGIN ATOMIC … END`), whose inner `;` split
 * the statement; write such functions with a `$$` body, or in a transactional migrator.
 *
 * @example
 * splitSqlStatements("create table t (v text);\ncreate index concurrently t_v on t (v);").map((s) => s.line); // [1, 2]
 */
export function splitSqlStatements(script: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let codeAt = -1;
  let i = 0;
  const code = (at: number) => {
    if (codeAt === -1) codeAt = at;
  };
  const push = (end: number) => {
    if (codeAt !== -1) statements.push({ sql: script.slice(start, end), offset: start, line: lineAt(script, codeAt) });
    start = end;
    codeAt = -1;
  };
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === '-' && next === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end + 1;
    } else if (ch === '/' && next === '*') {
      i = skipBlockComment(script, i);
    } else if (ch === "'") {
      const escapes = /[eE]/.test(script[i - 1] ?? '') && !isIdentChar(script[i - 2]);
      code(i);
      i = skipQuoted(script, i, "'", escapes);
    } else if (ch === '"') {
      code(i);
      i = skipQuoted(script, i, '"', false);
    } else if (ch === '$' && !isIdentChar(script[i - 1])) {
      code(i);
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(script.slice(i, i + 64))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? script.length : end + tag.length;
      } else {
        i++;
      }
    } else if (ch === ';') {
      i++;
      push(i);
    } else {
      if (!/\s/.test(ch)) code(i);
      i++;
    }
  }
  push(script.length);
  return statements;
}

function skipBlockComment(script: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < script.length) {
    if (script.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (script.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return i;
}

function skipQuoted(script: string, at: number, quote: string, backslashEscapes: boolean): number {
  let i = at + 1;
  while (i < script.length) {
    const ch = script[i]!;
    if (backslashEscapes && ch === '\\') {
      i += 2;
    } else if (ch === quote) {
      // A doubled quote is an escaped quote, not the end.
      if (script[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return i;
}

function isIdentChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w$\u0080-\uffff]/.test(ch);
}

function lineAt(script: string, offset: number): number {
  let line = 1;
  for (let i = script.indexOf('\n'); i !== -1 && i < offset; i = script.indexOf('\n', i + 1)) line++;
  return line;
}
