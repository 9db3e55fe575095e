/**
 * Orders key texts the way people read them: digit runs by value (`2` before `10`,
 * `(1,9)` before `(1,10)`), everything else by code unit, so findings list keys in a
 * stable, readable order whatever order the database returned them in.
 */
export function compareKeys(a: string, b: string): number {
  const left = a.match(CHUNKS) ?? [];
  const right = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    if (DIGITS.test(x) && DIGITS.test(y)) {
      const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const CHUNKS = /\d+|\D+/g;
const DIGITS = /^\d+$/;
