import { describe, expect, it } from 'vitest';
import { applyMapping, splitPipeline, withoutPaths } from './field-mapping.ts';

describe('field mappings', () => {
  it('renames a field and moves one into a sub-document, leaving the source untouched', () => {
    const source = { _id: 'u1', fullName: 'Ada', city: 'Oslo', address: { zip: '0150' }, lastLogin: 5 };
    const mapped = applyMapping(source, { fields: { fullName: 'name', city: 'address.city' }, ignore: ['lastLogin'] });
    expect(mapped).toEqual({ _id: 'u1', name: 'Ada', address: { zip: '0150', city: 'Oslo' } });
    expect(source.fullName).toBe('Ada');
  });

  it('moves a field out of a sub-document, swaps fields, and keeps an absent field absent', () => {
    expect(applyMapping({ a: { b: 1 } }, { fields: { 'a.b': 'b' } })).toEqual({ b: 1 });
    expect(applyMapping({ x: 1, y: 2 }, { fields: { x: 'y', y: 'x' } })).toEqual({ x: 2, y: 1 });
    expect(applyMapping({ _id: 1 }, { fields: { fullName: 'name' } })).toEqual({ _id: 1 });
  });

  it('splits an embedded array with a server-side unwind that carries the parent _id', () => {
    expect(splitPipeline({ array: 'items', parentKey: 'orderId', key: 'sku' })).toEqual([
      { $unwind: '$items' },
      { $replaceWith: { $mergeObjects: ['$items', { orderId: '$_id' }] } },
    ]);
    expect(withoutPaths({ _id: 'x', a: { b: 1, c: 2 } }, ['_id', 'a.c'])).toEqual({ a: { b: 1 } });
  });
});
