/**
 * `$toInt`, `$toLong`, `$toDouble`, `$toDecimal` and `$convert` to those types, returning real
 * BSON values (mingo's own versions return JS numbers, and `$toDecimal` a double). The pipeline
 * rewriter uses these only where a conversion is the whole value of an output field, the common
 * migration `{ $set: { amount: { $toDecimal: '$amount' } } }`; nested inside arithmetic, mingo's
 * numeric versions run instead.
 */
import { Decimal128, Double, Int32, Long } from 'bson';
import { bsontypeOf, toJsNumber } from './bson-values.ts';
import { CommandError } from './command-error.ts';

export type NumericTarget = 'int' | 'long' | 'double' | 'decimal';

const TARGETS: Record<string, NumericTarget> = {
  int: 'int',
  '16': 'int',
  long: 'long',
  '18': 'long',
  double: 'double',
  '1': 'double',
  decimal: 'decimal',
  '19': 'decimal',
};

export function numericTarget(to: unknown): NumericTarget | undefined {
  return TARGETS[String(to)];
}

function fail(value: unknown, target: NumericTarget): never {
  throw new CommandError(
    'ConversionFailure',
    `Failed to parse number '${String(value)}' in $convert with no onError value: the stand-in cannot convert it to ${target}`,
  );
}

function integerText(value: unknown, target: NumericTarget): bigint {
  if (typeof value === 'string') {
    if (!/^\s*[+-]?\d+\s*$/.test(value)) fail(value, target);
    return BigInt(value.trim());
  }
  const tag = bsontypeOf(value);
  if (tag === 'Long') return BigInt(String(value));
  if (tag === 'Decimal128') {
    const text = String(value);
    const number = Number(text);
    if (!Number.isFinite(number)) fail(value, target);
    return /^-?\d+$/.test(text) ? BigInt(text) : BigInt(Math.trunc(number));
  }
  if (value instanceof Date) return BigInt(value.getTime());
  if (typeof value === 'boolean') return value ? 1n : 0n;
  const number = toJsNumber(value);
  if (!Number.isFinite(number)) fail(value, target);
  return BigInt(Math.trunc(number));
}

/** Converts `value` (stored or view) to a BSON number of `target`; null stays null. */
export function convertNumber(value: unknown, target: NumericTarget): unknown {
  if (value === null || value === undefined) return null;
  switch (target) {
    case 'int': {
      const integer = integerText(value, target);
      if (integer < -(2n ** 31n) || integer >= 2n ** 31n) fail(value, target);
      return new Int32(Number(integer));
    }
    case 'long': {
      const integer = integerText(value, target);
      if (integer < -(2n ** 63n) || integer >= 2n ** 63n) fail(value, target);
      return Long.fromBigInt(integer);
    }
    case 'double': {
      if (value instanceof Date) return new Double(value.getTime());
      if (typeof value === 'boolean') return new Double(value ? 1 : 0);
      const number = typeof value === 'string' ? Number(value.trim()) : toJsNumber(value);
      if (Number.isNaN(number) && !(typeof value === 'string' && /^\s*[+-]?nan\s*$/i.test(value))) {
        fail(value, target);
      }
      return new Double(number);
    }
    case 'decimal': {
      const tag = bsontypeOf(value);
      if (tag === 'Decimal128') return value;
      if (tag === 'Long' || tag === 'Int32') return Decimal128.fromString(String(toTextNumber(value)));
      if (value instanceof Date) return Decimal128.fromString(String(value.getTime()));
      if (typeof value === 'boolean') return Decimal128.fromString(value ? '1' : '0');
      const text = typeof value === 'string' ? value.trim() : String(toJsNumber(value));
      try {
        return Decimal128.fromStringWithRounding(text);
      } catch {
        return fail(value, target);
      }
    }
  }
}

function toTextNumber(value: unknown): string {
  return bsontypeOf(value) === 'Long' ? String(value) : String(toJsNumber(value));
}
