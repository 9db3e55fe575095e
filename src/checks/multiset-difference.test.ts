import { describe, expect, it } from 'vitest';
import { multisetDifference } from './multiset-difference.ts';

describe('multisetDifference', () => {
  it('counts repeats on each side and ignores order', () => {
    expect(multisetDifference([['a'], ['a'], ['b'], ['a']], [['b'], ['a'], ['c']], (row) => row)).toEqual({
      onlyLeft: { count: 2, rows: [['a'], ['a']] },
      onlyRight: { count: 1, rows: [['c']] },
    });
    expect(multisetDifference([['x'], ['y']], [['y'], ['x']], (row) => row)).toEqual({
      onlyLeft: { count: 0, rows: [] },
      onlyRight: { count: 0, rows: [] },
    });
  });

  it('matches rows through each side\'s key, and keeps the first rows only', () => {
    const left = [[1.5], [2], [2], [3]];
    const right = [['1.50'], ['4'], ['5'], ['6']];
    const difference = multisetDifference(left, right, (row) => row.map(Number), (row) => row.map(Number), 2);
    expect(difference).toEqual({ onlyLeft: { count: 3, rows: [[2], [2]] }, onlyRight: { count: 3, rows: [['4'], ['5']] } });
  });
});
