/**
 * A user's SQL embedded in a larger statement: on lines of its own, so that a trailing
 * `-- comment` cannot swallow the closing parenthesis, and without a final semicolon.
 *
 * @example
 * `select count(*) from ${subquery('select 1 -- one')} as q`
 */
export function subquery(sql: string): string {
  return `(\n${stripTrailingSemicolon(sql)}\n)`;
}

/** `select 1;`, `select 1; -- note` and `select 1;\n` all end as `select 1`. */
export function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*(?:--[^\n]*\s*)*$/, '');
}
