/** Rows of one side that the other lacks: how many in all, and the first few. */
export interface OneSided<T> {
  count: number;
  /** At most `sampleSize` of them, in reading order. */
  rows: T[];
}

/**
 * Rows in `left` but not in `right` and the reverse, counting repeats: linear in the number
 * of rows (one count per distinct key), and only `sampleSize` rows of each side are kept,
 * so a result of 50 000 rows costs a map of its distinct rows, not a copy per row.
 *
 * @example
 * multisetDifference([['a'], ['a'], ['b']], [['a'], ['c']], (row) => row);
 * // { onlyLeft: { count: 2, rows: [['a'], ['b']] }, onlyRight: { count: 1, rows: [['c']] } }
 */
export function multisetDifference<L, R>(
  left: readonly L[],
  right: readonly R[],
  leftKey: (row: L) => unknown,
  rightKey: (row: R) => unknown = leftKey as unknown as (row: R) => unknown,
  sampleSize = Infinity,
): { onlyLeft: OneSided<L>; onlyRight: OneSided<R> } {
  // Per distinct key: how many left rows are still unmatched, and one of them to show.
  const pending = new Map<string, { count: number; row: L }>();
  for (const row of left) {
    const key = JSON.stringify(leftKey(row));
    const entry = pending.get(key);
    if (entry) entry.count++;
    else pending.set(key, { count: 1, row });
  }
  const onlyRight: OneSided<R> = { count: 0, rows: [] };
  for (const row of right) {
    const entry = pending.get(JSON.stringify(rightKey(row)));
    if (entry && entry.count > 0) {
      entry.count--;
    } else {
      onlyRight.count++;
      if (onlyRight.rows.length < sampleSize) onlyRight.rows.push(row);
    }
  }
  const onlyLeft: OneSided<L> = { count: 0, rows: [] };
  for (const { count, row } of pending.values()) {
    onlyLeft.count += count;
    for (let i = 0; i < count && onlyLeft.rows.length < sampleSize; i++) onlyLeft.rows.push(row);
  }
  return { onlyLeft, onlyRight };
}
