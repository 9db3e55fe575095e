import { describe, expect, it } from 'vitest';
import type { ColumnGenerator } from '../scenario/scenario-schema.ts';
import { parseCopyText } from './copy-text.ts';
import { TEXT_EDGE_CASES, characterLength } from './edge-cases.ts';
import { compileDataset, generateCopyText } from './seed-dataset.ts';

/** Generates `rows` rows of one table with the given columns; returns each column's values. */
function generate<K extends string>(columns: Record<K, ColumnGenerator>, rows = 10_000, seed = 1): Record<K, (string | null)[]> {
  const dataset = compileDataset({ seed, scale: 1, tables: { t: { rows, columns } } });
  const parsed = parseCopyText(generateCopyText(dataset, 't', 0, rows));
  return Object.fromEntries(Object.keys(columns).map((name, i) => [name, parsed.map((row) => row[i]!)])) as Record<K, (string | null)[]>;
}

const share = (values: unknown[], predicate: (v: any) => boolean) => values.filter(predicate).length / values.length;

describe('column generators', () => {
  it('sequence counts from start by step', () => {
    const { a, b } = generate({ a: { sequence: true }, b: { sequence: { start: 100, step: -5 } } }, 4);
    expect(a).toEqual(['1', '2', '3', '4']);
    expect(b).toEqual(['100', '95', '90', '85']);
  });

  it('uuid gives unique version-4 UUIDs', () => {
    const { id } = generate({ id: { uuid: true } }, 50_000);
    expect(new Set(id).size).toBe(50_000);
    for (const value of id.slice(0, 1000)) expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('template puts the 1-based row number in, zero-padded on request, and escapes literal text', () => {
    const { a, b } = generate({ a: { template: 'REQ-{n:6}' }, b: { template: 'x\\{n}\t{n}' } }, 3);
    expect(a).toEqual(['REQ-000001', 'REQ-000002', 'REQ-000003']);
    expect(b).toEqual(['x\\1\t1', 'x\\2\t2', 'x\\3\t3']);
  });

  it('int stays within [min, max], reaches both ends, and skew favours min', () => {
    const { u, s } = generate({ u: { int: { min: -3, max: 3 } }, s: { int: { min: 10, max: 19, skew: 1 } } });
    const uniform = u.map(Number);
    expect(new Set(uniform)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
    for (let v = -3; v <= 3; v++) expect(share(uniform, (x) => x === v)).toBeCloseTo(1 / 7, 1);
    const skewed = s.map(Number);
    expect(Math.min(...skewed)).toBe(10);
    expect(Math.max(...skewed)).toBeLessThanOrEqual(19);
    // Zipf(10, 1): P(first) = 1 / H(10) ≈ 0.341
    expect(share(skewed, (x) => x === 10)).toBeCloseTo(0.341, 1);
  });

  it('decimal stays within range with exactly `scale` digits', () => {
    const { d, z } = generate({ d: { decimal: { min: -1.5, max: 2.25, scale: 2 } }, z: { decimal: { min: 0.1, max: 0.3, scale: 1 } } });
    for (const value of d) {
      expect(value).toMatch(/^-?\d+\.\d{2}$/);
      expect(Number(value)).toBeGreaterThanOrEqual(-1.5);
      expect(Number(value)).toBeLessThanOrEqual(2.25);
    }
    expect(new Set(z)).toEqual(new Set(['0.1', '0.2', '0.3']));
  });

  it('bool is true with probability p', () => {
    const { half, p } = generate({ half: { bool: true }, p: { bool: { p: 0.2 } } });
    expect(share(half, (v) => v === 't')).toBeCloseTo(0.5, 1);
    expect(share(p, (v) => v === 't')).toBeCloseTo(0.2, 1);
    expect(new Set([...half, ...p])).toEqual(new Set(['t', 'f']));
  });

  it('date and timestamp stay within the inclusive range, in UTC whole seconds', () => {
    const { d, ts } = generate({
      d: { date: { from: '2024-02-27', to: '2024-03-01' } },
      ts: { timestamp: { from: '2024-01-01T00:00:00Z', to: '2024-01-01T00:00:03Z' } },
    });
    expect(new Set(d)).toEqual(new Set(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']));
    expect(new Set(ts)).toEqual(new Set(['2024-01-01 00:00:00+00', '2024-01-01 00:00:01+00', '2024-01-01 00:00:02+00', '2024-01-01 00:00:03+00']));
  });

  it('choice picks uniformly, by weights, or skewed', () => {
    const { u, w, s } = generate({
      u: { choice: ['a', 'b'] },
      w: { choice: { values: ['x', 'y', 'z'], weights: [1, 0, 3] } },
      s: { choice: { values: [1, 2, 3, 4], skew: 2 } },
    });
    expect(share(u, (v) => v === 'a')).toBeCloseTo(0.5, 1);
    expect(share(w, (v) => v === 'x')).toBeCloseTo(0.25, 1);
    expect(w).not.toContain('y');
    // Zipf(4, 2): P(first) = 1 / (1 + 1/4 + 1/9 + 1/16) ≈ 0.702
    expect(share(s, (v) => v === '1')).toBeCloseTo(0.702, 1);
  });

  it('text is filler words between min and max characters, never ending in a space', () => {
    const { t } = generate({ t: { text: { min: 5, max: 40 } } });
    const lengths = t.map((v) => v!.length);
    expect(Math.min(...lengths)).toBe(5);
    expect(Math.max(...lengths)).toBe(40);
    for (const value of t) expect(value).toMatch(/^[a-z][a-z .]*[a-z.]$/);
    expect(new Set(t).size).toBeGreaterThan(9_000); // short slices of common words repeat, as in real text
  });

  it('value is constant, and escaped', () => {
    expect(generate({ v: { value: 'a\tb' }, n: { value: 42 }, b: { value: false } }, 2)).toEqual({ v: ['a\tb', 'a\tb'], n: ['42', '42'], b: ['false', 'false'] });
  });

  it('faker picks from a pool of distinct values drawn from faker', () => {
    const { name } = generate({ name: { faker: { fn: 'person.firstName', pool: 50 } } }, 5000);
    const distinct = new Set(name);
    expect(distinct.size).toBeLessThanOrEqual(50);
    expect(distinct.size).toBeGreaterThan(40);
  });

  it('nullRatio gives that share of NULLs, on top of edge cases', () => {
    const { a, b, c } = generate({ a: { int: { min: 1, max: 9 }, nullRatio: 0.3 }, b: { text: { min: 1, max: 5 }, nullRatio: 1 }, c: { sequence: true, nullRatio: 0 } });
    expect(share(a, (v) => v === null)).toBeCloseTo(0.3, 1);
    expect(b.every((v) => v === null)).toBe(true);
    expect(c.every((v) => v !== null)).toBe(true);
  });

  it('edge cases: boundary numbers and dates stay inside the declared range', () => {
    const { i, d, day, ts } = generate(
      {
        i: { int: { min: -40_000, max: 2_147_483_647 }, edgeCases: 0.5 },
        d: { decimal: { min: -5, max: 5, scale: 2 }, edgeCases: 0.5 },
        day: { date: { from: '1999-01-01', to: '2040-12-31' }, edgeCases: 0.5 },
        ts: { timestamp: { from: '1960-01-01T00:00:00Z', to: '2038-06-01T00:00:00Z' }, edgeCases: 0.5 },
      },
      4000,
    );
    for (const edge of ['-40000', '2147483647', '0', '-1', '1', '-32768', '32767']) expect(i).toContain(edge);
    expect(i).not.toContain('-2147483648');
    for (const edge of ['-5.00', '5.00', '0.00', '0.01', '-0.01', '1.00', '-1.00']) expect(d).toContain(edge);
    for (const edge of ['1999-01-01', '2040-12-31', '1999-12-31', '2000-01-01', '2000-02-29', '2024-02-29', '2038-01-19']) expect(day).toContain(edge);
    expect(day).not.toContain('1970-01-01');
    for (const edge of ['1970-01-01 00:00:00+00', '2038-01-19 03:14:07+00', '2038-01-19 03:14:08+00', '1960-01-01 00:00:00+00']) expect(ts).toContain(edge);
    expect(ts).not.toContain('9999-12-31 23:59:59+00');
    expect(share(i, (v) => Number(v) > 100_000 && v !== '2147483647' && v !== '2147483648')).toBeGreaterThan(0.4);
  });

  it('edge cases: text gets unicode, quotes, escapes and long text within its bounds; faker gets all of them', () => {
    const { bounded, free } = generate({ bounded: { text: { min: 0, max: 20 }, edgeCases: 1 }, free: { faker: 'person.lastName', edgeCases: 1 } }, 3000);
    expect(bounded.every((v) => characterLength(v!) <= 20)).toBe(true);
    expect(bounded).toEqual(expect.arrayContaining(['', 'שלום עולם', "O'Brien", '\\N', 'tab\tseparated\tvalue', 'line one\nline two\n']));
    expect(bounded.some((v) => characterLength(v!) === 20)).toBe(true);
    for (const edge of TEXT_EDGE_CASES) expect(free).toContain(edge);
    expect(free.some((v) => characterLength(v!) === 10_000)).toBe(true);
  });

  it('ref takes values of the referenced unique column, skewed on request, without building the parent', () => {
    const dataset = compileDataset({
      seed: 3,
      scale: 1,
      tables: {
        child: { rows: 20_000, columns: { parent: { ref: 'parent.code' }, hot: { ref: { table: 'parent', column: 'code', skew: 1.2 } } } },
        parent: { rows: 100, columns: { code: { template: 'P{n:3}' } } },
      },
    });
    expect(dataset.tables.map((t) => t.name)).toEqual(['parent', 'child']);
    const parents = new Set(parseCopyText(generateCopyText(dataset, 'parent', 0, 100)).map((r) => r[0]));
    const rows = parseCopyText(generateCopyText(dataset, 'child', 0, 20_000));
    expect(rows.every((r) => parents.has(r[0]!) && parents.has(r[1]!))).toBe(true);
    expect(new Set(rows.map((r) => r[0])).size).toBe(100);
    expect(share(rows, (r) => r[0] === 'P001')).toBeLessThan(0.03);
    expect(share(rows, (r) => r[1] === 'P001')).toBeGreaterThan(0.15);
  });

  it('a self reference points at this row or an earlier one', () => {
    const { id, boss } = generate({ id: { sequence: true }, boss: { ref: 't.id' } }, 2000);
    id.forEach((value, row) => expect(Number(boss[row])).toBeLessThanOrEqual(Number(value)));
    expect(boss[0]).toBe('1');
  });
});
