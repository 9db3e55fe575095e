/**
 * What the estimator can tell from a statement's text alone: whether EXPLAIN can show its
 * plan, and which tables a utility statement (ALTER TABLE, CREATE INDEX, …) works on —
 * EXPLAIN shows nothing for those, but their cost still follows a table's size.
 */

const COMMENTS = /--[^\n]*|\/\*[\s\S]*?\*\//g;
const NAME = String.raw`((?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*))?)`;

/** The statement's first words, lower-cased, comments and leading blanks dropped. */
function head(sql: string): string {
  return sql.replace(COMMENTS, ' ').trim().slice(0, 400);
}

/**
 * Statements EXPLAIN accepts and whose plan depends on the data: SELECT, INSERT, UPDATE,
 * DELETE, MERGE, VALUES, WITH, and CREATE TABLE … AS.
 *
 * @example
 * isExplainable('update app_formuploads set storage_path = …'); // true
 * isExplainable('create index … on app_formuploads (storage_path)'); // false
 */
export function isExplainable(sql: string): boolean {
  const text = head(sql);
  if (/^(select|insert|update|delete|merge|values|with|table)\b/i.test(text)) return true;
  return /^create\s+(?:(?:global|local)\s+)?(?:(?:temp|temporary|unlogged)\s+)?table\s+(?:if\s+not\s+exists\s+)?\S+(?:\s*\([^)]*\))?\s+as\b/i.test(text);
}

/**
 * Tables a utility statement names as the one it works on: ALTER TABLE, CREATE INDEX … ON,
 * CLUSTER, VACUUM, ANALYZE, REINDEX TABLE, TRUNCATE, REFRESH MATERIALIZED VIEW. Quotes
 * are removed; a `public.` prefix is dropped so names match the scenario's table names.
 *
 * @example
 * utilityTables('create index concurrently if not exists i on only "app_formuploads" (x)'); // ['app_formuploads']
 */
export function utilityTables(sql: string): string[] {
  const text = head(sql);
  const patterns = [
    new RegExp(String.raw`^alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}`, 'i'),
    new RegExp(String.raw`^create\s+(?:unique\s+)?index\s+(?:concurrently\s+)?(?:(?:if\s+not\s+exists\s+)?(?!on\b)\S+\s+)?on\s+(?:only\s+)?${NAME}`, 'i'),
    new RegExp(String.raw`^cluster\s+(?:verbose\s+)?${NAME}`, 'i'),
    new RegExp(String.raw`^(?:vacuum|analyze|analyse)\s+(?:\([^)]*\)\s*)?(?:(?:full|freeze|verbose|analyze)\s+)*${NAME}`, 'i'),
    new RegExp(String.raw`^reindex\s+(?:\([^)]*\)\s*)?table\s+(?:concurrently\s+)?${NAME}`, 'i'),
    new RegExp(String.raw`^truncate\s+(?:table\s+)?(?:only\s+)?${NAME}`, 'i'),
    new RegExp(String.raw`^refresh\s+materialized\s+view\s+(?:concurrently\s+)?${NAME}`, 'i'),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return [normalizeTableName(match[1]!)];
  }
  return [];
}

/** `"Public"."x"` → `Public.x`, `public.x` → `x`, `X` → `x` (unquoted names fold to lower case). */
export function normalizeTableName(name: string): string {
  const parts = name.split(/\s*\.\s*(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((part) =>
    part.startsWith('"') ? part.slice(1, -1).replaceAll('""', '"') : part.toLowerCase(),
  );
  if (parts.length === 2 && parts[0] === 'public') return parts[1]!;
  return parts.join('.');
}

/** The statement's first line, shortened, for reports: `update app_formuploads set storage_path = …`. */
export function statementExcerpt(sql: string, max = 100): string {
  const text = sql.replace(COMMENTS, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
