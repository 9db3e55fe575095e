import { quoteLiteral } from '../../engines/postgres/postgres-session.ts';

/**
 * The text of `expression`, with the values of `map` replaced (`approve` → `manager_approval`),
 * as one SQL `CASE`: a mapping is applied inside the database, so rows never leave it to
 * be renamed.
 *
 * @example
 * mappedText('s."activity"', { approve: 'manager_approval' });
 * // case (s."activity")::text when 'approve' then 'manager_approval' else (s."activity")::text end
 */
export function mappedText(expression: string, map: Readonly<Record<string, string>> | undefined): string {
  const text = `(${expression})::text`;
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return text;
  return `case ${text} ${entries.map(([from, to]) => `when ${quoteLiteral(from)} then ${quoteLiteral(to)}`).join(' ')} else ${text} end`;
}

/** An SQL array literal of texts, for `= any(…)` tests against a short fixed list. */
export function textArray(values: readonly string[]): string {
  return values.length === 0 ? `array[]::text[]` : `array[${values.map(quoteLiteral).join(', ')}]::text[]`;
}
