import { describe, expect, it } from 'vitest';
import { fakerMethodNames, fakerPool } from './faker-pool.ts';

const context = { label: '"t"."c"', path: ['data', 'tables', 't', 'columns', 'c'] };

describe('fakerPool', () => {
  it('draws distinct values, the same for the same key whatever ran before', () => {
    const pool = fakerPool('person.fullName', 7, context);
    expect(pool).toHaveLength(1000);
    expect(new Set(pool).size).toBe(1000);
    fakerPool('internet.email', 8, context);
    expect(fakerPool('person.fullName', 7, context)).toEqual(pool);
    expect(fakerPool('person.fullName', 9, context)).not.toEqual(pool);
  });

  it('honours pool and args, and stops at the values a method has', () => {
    expect(fakerPool({ fn: 'person.firstName', pool: 5 }, 1, context)).toHaveLength(5);
    const ints = fakerPool({ fn: 'number.int', args: [{ min: 1, max: 3 }] }, 1, context);
    expect(ints.sort()).toEqual(['1', '2', '3']);
  });

  it('turns dates, objects and escapes into COPY text, and does not follow the clock', () => {
    const [date] = fakerPool({ fn: 'date.past', pool: 1 }, 1, context);
    expect(date).toMatch(/^202[45]-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(date! < '2025-01-01').toBe(true);
    const [coordinates] = fakerPool({ fn: 'location.nearbyGPSCoordinate', pool: 1 }, 1, context);
    expect(JSON.parse(coordinates!)).toHaveLength(2);
    expect(fakerPool({ fn: 'helpers.arrayElement', args: [['a\tb']], pool: 1 }, 1, context)).toEqual(['a\\tb']);
  });

  it('lists faker methods as module.method', () => {
    const names = fakerMethodNames();
    expect(names).toContain('person.fullName');
    expect(names).toContain('date.past'); // inherited from SimpleDateModule
    expect(names.some((n) => n.startsWith('fakerCore.') || n.includes('._'))).toBe(false);
  });
});
