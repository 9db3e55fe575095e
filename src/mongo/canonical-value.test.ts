import { Binary, Decimal128, Double, Int32, Long, ObjectId, Timestamp } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { canonicalText, keyTextOf, normalizeDecimal } from './canonical-value.ts';

const same = (a: unknown, b: unknown) => expect(canonicalText(a)).toBe(canonicalText(b));
const differ = (a: unknown, b: unknown) => expect(canonicalText(a)).not.toBe(canonicalText(b));

describe('canonicalText', () => {
  it('ignores field order at every depth, but not array order', () => {
    same({ a: 1, b: { c: 'x', d: [1, 2] } }, { b: { d: [1, 2], c: 'x' }, a: 1 });
    differ({ d: [1, 2] }, { d: [2, 1] });
    expect(canonicalText({ b: 1, a: { z: true, y: null } })).toBe('{"a":{"y":null,"z":true},"b":1}');
  });

  it('treats int, long and double as one numeric family compared by exact value', () => {
    same(new Int32(1), 1);
    same(Long.fromNumber(1), new Double(1.0));
    same(new Double(-0), 0);
    differ(new Int32(1), 1.5);
    differ('1', 1);
    // 2^53 + 1 as a Long keeps its last digit; as a double it cannot.
    expect(canonicalText(Long.fromString('9007199254740993'))).toBe('9007199254740993');
    differ(Long.fromString('9007199254740993'), 9007199254740992);
    expect(canonicalText(1e21)).toBe('1000000000000000000000');
    expect(canonicalText(0.1)).toBe('0.1');
    expect([NaN, Infinity, -Infinity].map(canonicalText)).toEqual(['NaN', 'Infinity', '-Infinity']);
  });

  it('compares Decimal128 by value but never equal to a double of the same digits', () => {
    same(Decimal128.fromString('1.50'), Decimal128.fromString('1.5'));
    same(Decimal128.fromString('1.5E+3'), Decimal128.fromString('1500'));
    differ(Decimal128.fromString('0.1'), 0.1);
    expect(canonicalText(Decimal128.fromString('12.340'))).toBe('Decimal(12.34)');
    expect(['-0.00', '0.000123', '100', '-7.0E-2', '1E+50'].map(normalizeDecimal)).toEqual(['0', '0.000123', '100', '-0.07', '1E+50']);
  });

  it('writes dates by instant, ObjectIds by hex, and keeps other BSON types apart', () => {
    expect(canonicalText(new Date('2026-01-02T03:04:05.006Z'))).toBe('Date("2026-01-02T03:04:05.006Z")');
    same(new Date(Date.UTC(2026, 0, 2)), new Date('2026-01-02T00:00:00Z'));
    differ(new Date('2026-01-02T00:00:00Z'), '2026-01-02T00:00:00.000Z');
    const id = new ObjectId('65a1b2c3d4e5f60718293a4b');
    expect(canonicalText(id)).toBe('ObjectId("65a1b2c3d4e5f60718293a4b")');
    differ(id, '65a1b2c3d4e5f60718293a4b');
    expect(canonicalText(new Binary(Buffer.from('hi'), 4))).toBe('Binary(4,"aGk=")');
    expect(canonicalText(new Timestamp({ t: 5, i: 2 }))).toBe('Timestamp(5,2)');
    expect(canonicalText(/a.c/im)).toBe('/a.c/im');
  });

  it('reads nested arrays element by element with the same numeric rules', () => {
    same([[new Int32(1), { b: 2, a: 1 }], []], [[1.0, { a: 1, b: Long.fromNumber(2) }], []]);
    differ([[1, 2]], [[1], [2]]);
    differ([null], []);
  });

  it('drops fields holding undefined but keeps null', () => {
    same({ a: 1, b: undefined }, { a: 1 });
    differ({ a: 1, b: null }, { a: 1 });
  });
});

describe('keyTextOf', () => {
  it('shows string keys as they are, others canonically, composite _id over field order', () => {
    expect(keyTextOf(['app-1'])).toBe('app-1');
    expect(keyTextOf([new ObjectId('65a1b2c3d4e5f60718293a4b')])).toBe('ObjectId("65a1b2c3d4e5f60718293a4b")');
    expect(keyTextOf([new Int32(7)])).toBe('7');
    expect(keyTextOf([{ tenant: 'acme', n: Long.fromNumber(3) }])).toBe(keyTextOf([{ n: 3, tenant: 'acme' }]));
    expect(keyTextOf([{ tenant: 'acme', n: 3 }])).toBe('{"n":3,"tenant":"acme"}');
    expect(keyTextOf(['o-1', 'sku-9'])).toBe('["o-1","sku-9"]');
    expect(keyTextOf([undefined])).toBe('MISSING');
  });
});
