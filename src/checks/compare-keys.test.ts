import { describe, expect, it } from 'vitest';
import { compareKeys } from './compare-keys.ts';

describe('compareKeys', () => {
  it('orders digit runs by value and the rest by code unit', () => {
    expect(['10', '9', '(1,10)', '(1,9)', 'T-2', 'T-10', 'b', 'a', '007', '7'].sort(compareKeys)).toEqual([
      '(1,9)',
      '(1,10)',
      '007',
      '7',
      '9',
      '10',
      'T-2',
      'T-10',
      'a',
      'b',
    ]);
  });
});
