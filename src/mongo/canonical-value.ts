/**
 * The canonical text of a BSON value: one string per value such that two values a
 * migration should be allowed to exchange give the same text, and any other pair does not.
 * Hashes and parity compare these texts, never driver-parsed objects, for the same reason
 * the PostgreSQL fingerprints hash SQL text: drivers and versions disagree on objects.
 *
 * The rules (pinned by `canonical-value.test.ts`):
 * - Sub-documents are canonical over field order (`{a, b}` = `{b, a}`): an `$set` or a
 *   restore may reorder fields and nothing that reads by name can tell.
 * - Int32, Int64 (Long) and Double are one numeric family compared by exact value, as
 *   MongoDB's own query comparison does (`1` = `NumberLong(1)` = `1.0`); `-0` is `0`. A
 *   Long beyond 2^53 keeps every digit, so it differs from the nearest double.
 * - Decimal128 compares by value within its own type (`1.50` = `1.5`), but is NOT equal
 *   to a double of the same digits: a double → decimal rewrite changes the stored type
 *   (source document 004: never change a type), and `0.1` as a double is not 0.1.
 * - Dates by their millisecond instant; ObjectId by its hex; strings exactly (no Unicode
 *   normalisation); arrays in order (an array is ordered in BSON).
 * - A field holding `undefined` is absent (the harness inserts with `ignoreUndefined`); `null` is
 *   not absent.
 *
 * @example
 * canonicalText({ b: new Int32(1), a: 'x' }) === canonicalText({ a: 'x', b: 1.0 }); // true
 */
export function canonicalText(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return numberText(value);
    case 'bigint':
      return value.toString();
    case 'undefined':
      return 'undefined';
    case 'object':
      return objectText(value as object);
    default:
      return JSON.stringify(String(value));
  }
}

/** Exact decimal text of a double: integers in full (even past 2^53), others shortest round-trip. */
function numberText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

function objectText(value: object): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (value instanceof Date) return dateText(value);
  if (value instanceof RegExp) return regexText(value.source, value.flags);
  if (value instanceof Uint8Array) return `Binary(0,${JSON.stringify(Buffer.from(value).toString('base64'))})`;
  // BSON classes are told apart by `_bsontype`, not `instanceof`: the driver's bson and a
  // test's bson may be two copies of the package.
  const bson = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bson === 'string') return bsonText(bson, value as Record<string, unknown>);
  const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort(compareCodeUnits);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalText((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

function bsonText(type: string, value: Record<string, unknown>): string {
  const call = (method: string): unknown => (value[method] as () => unknown).call(value);
  switch (type) {
    case 'Int32':
    case 'Double':
      return numberText(Number(value.value));
    case 'Long':
      return String(call('toString'));
    case 'Decimal128':
      return `Decimal(${normalizeDecimal(String(call('toString')))})`;
    case 'ObjectId':
      return `ObjectId(${JSON.stringify(String(call('toHexString')))})`;
    case 'Binary': {
      const bytes = call('value') as Uint8Array | string;
      const base64 = typeof bytes === 'string' ? Buffer.from(bytes, 'binary').toString('base64') : Buffer.from(bytes).toString('base64');
      return `Binary(${Number(value.sub_type)},${JSON.stringify(base64)})`;
    }
    case 'Timestamp':
      return `Timestamp(${String(value.t ?? (value as { high?: unknown }).high)},${String(value.i ?? (value as { low?: unknown }).low)})`;
    case 'BSONRegExp':
      return regexText(String(value.pattern), String(value.options));
    case 'MinKey':
    case 'MaxKey':
      return `${type}()`;
    default:
      return `${type}(${JSON.stringify(String(call('toString')))})`;
  }
}

function dateText(date: Date): string {
  const time = date.getTime();
  return Number.isNaN(time) ? 'Date(NaN)' : `Date(${JSON.stringify(date.toISOString())})`;
}

function regexText(pattern: string, flags: string): string {
  return `/${pattern}/${[...flags].sort().join('')}`;
}

/**
 * Decimal128 text by value: `1.50` → `1.5`, `1.5E+3` → `1500`, `-0.0` → `0`. NaN and the
 * infinities keep their names.
 */
export function normalizeDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  let exponent = Number(exponentText) - fraction.length;
  if (digits === '') return '0';
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exponent += 1;
  }
  const negative = sign === '-' ? '-' : '';
  if (exponent >= 0) return exponent > 40 ? `${negative}${digits}E+${exponent}` : `${negative}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  if (point > 0) return `${negative}${digits.slice(0, point)}.${digits.slice(point)}`;
  return -point > 40 ? `${negative}${digits}E${exponent}` : `${negative}0.${'0'.repeat(-point)}${digits}`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The text a document's key is reported by: a string `_id` as itself, anything else
 * (ObjectId, number, composite) in canonical text; several key paths as a canonical array.
 * A string "1" and the number 1 therefore read the same: documented, and rare enough in
 * one collection to leave (the duplicate-key finding would show it).
 */
export function keyTextOf(values: readonly unknown[]): string {
  if (values.length === 1) {
    const [only] = values;
    return typeof only === 'string' ? only : only === undefined ? 'MISSING' : canonicalText(only);
  }
  return `[${values.map((value) => (value === undefined ? 'MISSING' : canonicalText(value))).join(',')}]`;
}
