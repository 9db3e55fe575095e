/*
 * PostgreSQL COPY text format: columns separated by tab, rows ended by newline, NULL as \N,
 * and backslash, tab, newline and carriage return escaped inside values.
 */

/** The NULL marker of COPY text format. */
export const COPY_NULL = '\\N';

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const REPLACEMENT: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One value as a COPY text field; `null` becomes `\N`.
 *
 * @example
 * copyField('a\tb'); // 'a\\tb'
 */
export function copyField(value: string | null): string {
  if (value === null) return COPY_NULL;
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => REPLACEMENT[c]!) : value;
}

/** Decodes COPY text back into rows of values (the inverse of `copyField`, for tests and tools). */
export function parseCopyText(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  if (text === '') return rows;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  for (const line of body.split('\n')) {
    rows.push(line.split('\t').map((field) => (field === COPY_NULL ? null : unescapeField(field))));
  }
  return rows;
}

const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', v: '\v' };

/** One COPY text field back to its value (not `\N`: check for NULL first). */
export function unescapeField(field: string): string {
  return field.replace(/\\(.)/gs, (_, c: string) => UNESCAPES[c] ?? c);
}
