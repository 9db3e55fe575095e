/** A path into a scenario document: mapping keys and list indexes. */
export type FieldPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Writes a field path the way a QA engineer reads it: dots between keys, brackets for
 * list items, and quotes for keys that hold dots (a schema-qualified table, a version).
 *
 * @example
 * formatFieldPath(['data', 'tables', 'dir_user', 'columns', 'email', 'nullRatio']);
 * // 'data.tables.dir_user.columns.email.nullRatio'
 * formatFieldPath(['checks', 'parity', 0, 'table']); // 'checks.parity[0].table'
 * formatFieldPath(['budgets', 'steps', '2.0.0']); // 'budgets.steps["2.0.0"]'
 */
export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
