import { describe, expect, it } from 'vitest';
import { tableLoadOrder } from './table-order.ts';

describe('tableLoadOrder', () => {
  it('loads referenced tables first and keeps the given order otherwise', () => {
    expect(
      tableLoadOrder(
        ['leave', 'audit', 'user', 'group'],
        [
          { from: 'leave', column: 'user_id', to: 'user' },
          { from: 'user', column: 'group_id', to: 'group' },
          { from: 'user', column: 'boss', to: 'user' },
        ],
      ),
    ).toEqual(['audit', 'group', 'user', 'leave']);
  });

  it('names the cycle it finds', () => {
    expect(() =>
      tableLoadOrder(
        ['x', 'a', 'b'],
        [
          { from: 'a', column: 'b_id', to: 'b' },
          { from: 'b', column: 'a_id', to: 'a' },
        ],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[HarnessError: The data references form a cycle: "a"."b_id" → "b"."a_id" → "a", so no table can load first.]`);
  });
});
