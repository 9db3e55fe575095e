/**
 * Helpers for values as the stand-in stores them: deserialized with every BSON type kept
 * (Int32, Double, Long, Decimal128 wrappers; see `TYPE_PRESERVING`).
 */
import { Double, Int32, deserialize, serialize, type Document } from 'bson';
import { TYPE_PRESERVING } from './wire-protocol.ts';

export type BsonTypeName =
  | 'double'
  | 'string'
  | 'object'
  | 'array'
  | 'binData'
  | 'undefined'
  | 'objectId'
  | 'bool'
  | 'date'
  | 'null'
  | 'regex'
  | 'javascript'
  | 'int'
  | 'timestamp'
  | 'long'
  | 'decimal'
  | 'minKey'
  | 'maxKey'
  | 'symbol'
  | 'dbPointer';

export const BSON_TYPE_NUMBERS: Record<BsonTypeName, number> = {
  double: 1,
  string: 2,
  object: 3,
  array: 4,
  binData: 5,
  undefined: 6,
  objectId: 7,
  bool: 8,
  date: 9,
  null: 10,
  regex: 11,
  dbPointer: 12,
  javascript: 13,
  symbol: 14,
  int: 16,
  timestamp: 17,
  long: 18,
  decimal: 19,
  minKey: -1,
  maxKey: 127,
};

const NUMERIC_BSON_TYPES = new Set(['Int32', 'Double', 'Long', 'Decimal128']);

export function bsontypeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

export function isPlainObject(value: unknown): value is Document {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Int32, Double, Long, Decimal128 or a plain JS number. */
export function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || NUMERIC_BSON_TYPES.has(bsontypeOf(value) ?? '');
}

/** The BSON type MongoDB's `$type` would report for a stored value (undefined when missing). */
export function bsonTypeName(value: unknown): BsonTypeName | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
  if (typeof value === 'bigint') return 'long';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  switch (bsontypeOf(value)) {
    case 'Int32':
      return 'int';
    case 'Double':
      return 'double';
    case 'Long':
      return 'long';
    case 'Decimal128':
      return 'decimal';
    case 'ObjectId':
      return 'objectId';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'Code':
      return 'javascript';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'BSONSymbol':
      return 'symbol';
    case 'DBRef':
      return 'object';
  }
  return 'object';
}

/** A command parameter (often an Int32 or Double wrapper) as a JS number; undefined if absent. */
export function numberParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const tag = bsontypeOf(value);
  if (tag === 'Int32' || tag === 'Double') return (value as Int32 | Double).value;
  if (tag === 'Long') return (value as { toNumber(): number }).toNumber();
  if (tag === 'Decimal128') return Number(String(value));
  return undefined;
}

/** A numeric value as a JS number (Long and Decimal128 beyond 2^53 lose precision). */
export function toJsNumber(value: unknown): number {
  return numberParam(value) ?? Number.NaN;
}

function numberKey(value: number): string {
  if (Object.is(value, -0)) return '0';
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

function decimalKey(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:E([+-]?\d+))?$/i.exec(text);
  if (match === null) return numberKey(Number(text));
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  if (exponent >= 0 && exponent < 400) {
    const integer = digits * 10n ** BigInt(exponent);
    return integer === 0n ? '0' : `${sign}${integer}`;
  }
  const scale = 10n ** BigInt(-exponent);
  if (exponent < 0 && digits % scale === 0n) {
    const integer = digits / scale;
    return integer === 0n ? '0' : `${sign}${integer}`;
  }
  return numberKey(Number(text));
}

/**
 * A canonical string for equality as MongoDB sees it: numbers compare by value across Int32,
 * Long, Double and Decimal128 (so `1`, `1.0` and `NumberLong(1)` collide in a unique index),
 * documents by ordered fields, missing and null alike. Used for unique indexes, `distinct`,
 * `$addToSet` and `$lookup`.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return 'z';
  if (typeof value === 'number') return `n${numberKey(value)}`;
  if (typeof value === 'string') return `s${JSON.stringify(value)}`;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (typeof value === 'bigint') return `n${value}`;
  if (Array.isArray(value)) return `[${value.map(valueKey).join(',')}]`;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof RegExp) return `r${value.source}/${value.flags}`;
  if (isPlainObject(value)) {
    const fields = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${valueKey(value[key])}`);
    return `{${fields.join(',')}}`;
  }
  const tag = bsontypeOf(value);
  switch (tag) {
    case 'Int32':
    case 'Double':
      return `n${numberKey((value as Int32 | Double).value)}`;
    case 'Long':
      return `n${String(value)}`;
    case 'Decimal128':
      return `n${decimalKey(String(value))}`;
    case 'ObjectId':
      return `o${(value as { toHexString(): string }).toHexString()}`;
    case 'Binary': {
      const binary = value as { sub_type: number; toString(encoding: 'base64'): string };
      return `x${binary.sub_type}:${binary.toString('base64')}`;
    }
    case 'MinKey':
      return 'm-';
    case 'MaxKey':
      return 'm+';
  }
  return `?${tag ?? typeof value}:${String(value)}`;
}

/**
 * A deep copy with the types kept. JS numbers (from aggregation results) become Int32 when
 * they are integers that fit 32 bits and Double otherwise, as the bson serializer decides.
 */
export function cloneDocument<T extends Document>(document: T): T {
  return deserialize(serialize(document, { ignoreUndefined: true }), TYPE_PRESERVING) as T;
}

/** A value as the mongo shell would print it in an error message, e.g. `{ _id: ObjectId('…') }`. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (isPlainObject(value)) {
    const fields = Object.keys(value).map((key) => `${key}: ${formatValue(value[key])}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  switch (bsontypeOf(value)) {
    case 'ObjectId':
      return `ObjectId('${(value as { toHexString(): string }).toHexString()}')`;
    case 'Long':
      return `${String(value)}`;
    case 'Decimal128':
      return `Decimal128('${String(value)}')`;
    case 'Int32':
    case 'Double':
      return String((value as Int32 | Double).value);
  }
  return String(value);
}
