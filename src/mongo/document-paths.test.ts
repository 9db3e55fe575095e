import { Int32, ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { differingPaths, readPath, removePath, writePath } from './document-paths.ts';

describe('document paths', () => {
  it('reads dotted paths, array indexes, and nothing through an array without an index', () => {
    const document = { a: { b: [{ c: 1 }, { c: 2 }] }, id: new ObjectId('65a1b2c3d4e5f60718293a4b') };
    expect(readPath(document, 'a.b.1.c')).toBe(2);
    expect(readPath(document, 'a.b.c')).toBeUndefined();
    expect(readPath(document, 'a.x.y')).toBeUndefined();
    expect(readPath(document, 'id.toHexString')).toBeUndefined();
  });

  it('writes through missing sub-documents and removes emptied parents', () => {
    const document: Record<string, unknown> = { keep: 1 };
    writePath(document, 'address.city', 'Oslo');
    expect(document).toEqual({ keep: 1, address: { city: 'Oslo' } });
    removePath(document, 'address.city');
    expect(document).toEqual({ keep: 1 });
  });

  it('names the exact paths that differ: nested fields, array elements, lengths, types', () => {
    const before = { _id: 1, profile: { address: { zip: '0150', city: 'Oslo' } }, tags: ['a', 'b'], n: new Int32(3), items: [{ sku: 'x', qty: 1 }] };
    const after = { _id: 1, profile: { address: { city: 'Oslo' } }, tags: ['a', 'b', 'c'], n: 3.0, items: [{ qty: 2, sku: 'x' }] };
    expect(differingPaths(before, after)).toEqual(['items.0.qty', 'profile.address.zip', 'tags.2']);
    expect(differingPaths({ a: { b: 1 } }, { a: 'flat' })).toEqual(['a']);
    expect(differingPaths({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
