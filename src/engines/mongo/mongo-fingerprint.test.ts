import { describe, expect, it } from 'vitest';
import { withoutNestedPaths } from './mongo-fingerprint.ts';

describe('withoutNestedPaths', () => {
  it('keeps a parent and drops its children, which a real server refuses beside it ("Path collision")', () => {
    expect(withoutNestedPaths(['_id', 'profile', 'profile.address.zip', 'profileName', 'tags', 'profile'])).toEqual(['_id', 'profile', 'profileName', 'tags']);
  });
});
