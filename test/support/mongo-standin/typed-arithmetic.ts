/**
 * `$inc` and `$mul` with MongoDB's numeric type rules: the result has the wider operand type
 * (int < long < double < decimal), an int result that overflows 32 bits becomes a long, and
 * decimal arithmetic is exact (BigInt on the decimal digits), never routed through a double.
 */
import { Decimal128, Double, Int32, Long } from 'bson';
import { bsontypeOf, toJsNumber } from './bson-values.ts';
import { CommandError } from './command-error.ts';

type Kind = 'int' | 'long' | 'double' | 'decimal';
const RANK: Record<Kind, number> = { int: 0, long: 1, double: 2, decimal: 3 };

export function numericKind(value: unknown): Kind | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
  switch (bsontypeOf(value)) {
    case 'Int32':
      return 'int';
    case 'Long':
      return 'long';
    case 'Double':
      return 'double';
    case 'Decimal128':
      return 'decimal';
  }
  return undefined;
}

interface Decimal {
  coefficient: bigint;
  exponent: number;
}

function parseDecimal(text: string): Decimal | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const magnitude = BigInt(whole + fraction);
  return { coefficient: sign === '-' ? -magnitude : magnitude, exponent: Number(exponent) - fraction.length };
}

function decimalText(value: unknown): string {
  return bsontypeOf(value) === 'Long' || bsontypeOf(value) === 'Decimal128' ? String(value) : String(toJsNumber(value));
}

function decimalResult(decimal: Decimal): Decimal128 {
  return Decimal128.fromStringWithRounding(`${decimal.coefficient}E${decimal.exponent}`);
}

function decimalOperation(a: unknown, b: unknown, operation: 'add' | 'mul'): Decimal128 {
  const left = parseDecimal(decimalText(a));
  const right = parseDecimal(decimalText(b));
  if (left === undefined || right === undefined) {
    // NaN or Infinity on either side: IEEE semantics are what MongoDB gives too.
    const result = operation === 'add' ? toJsNumber(a) + toJsNumber(b) : toJsNumber(a) * toJsNumber(b);
    return Decimal128.fromString(String(result));
  }
  if (operation === 'mul') {
    return decimalResult({
      coefficient: left.coefficient * right.coefficient,
      exponent: left.exponent + right.exponent,
    });
  }
  const exponent = Math.min(left.exponent, right.exponent);
  const scale = (decimal: Decimal) => decimal.coefficient * 10n ** BigInt(decimal.exponent - exponent);
  return decimalResult({ coefficient: scale(left) + scale(right), exponent });
}

function integer(value: unknown): bigint {
  return bsontypeOf(value) === 'Long' ? BigInt(String(value)) : BigInt(toJsNumber(value));
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** `a + b` or `a * b` for two numeric values; throws a TypeMismatch for anything else. */
export function arithmetic(a: unknown, b: unknown, operation: 'add' | 'mul'): unknown {
  const left = numericKind(a);
  const right = numericKind(b);
  if (left === undefined || right === undefined) {
    throw new CommandError('TypeMismatch', `Cannot ${operation === 'add' ? 'increment' : 'multiply'} with non-numeric argument`);
  }
  const kind = RANK[left] >= RANK[right] ? left : right;
  if (kind === 'decimal') return decimalOperation(a, b, operation);
  if (kind === 'double') {
    const x = toJsNumber(a);
    const y = toJsNumber(b);
    return new Double(operation === 'add' ? x + y : x * y);
  }
  const result = operation === 'add' ? integer(a) + integer(b) : integer(a) * integer(b);
  if (kind === 'int' && result >= -(2n ** 31n) && result < 2n ** 31n) return new Int32(Number(result));
  if (result < INT64_MIN || result > INT64_MAX) {
    throw new CommandError('BadValue', `Integer overflow: the result ${result} does not fit a 64-bit long`);
  }
  return Long.fromBigInt(result);
}

/** Zero of the type `$mul` gives a missing field: the multiplier's type. */
export function zeroLike(value: unknown): unknown {
  switch (numericKind(value)) {
    case 'long':
      return Long.fromNumber(0);
    case 'double':
      return new Double(0);
    case 'decimal':
      return Decimal128.fromString('0');
  }
  return new Int32(0);
}
