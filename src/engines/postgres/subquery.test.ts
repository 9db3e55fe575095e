import { describe, expect, it } from 'vitest';
import { stripTrailingSemicolon, subquery } from './subquery.ts';

describe('subquery', () => {
  it('puts the SQL on lines of its own, without a final semicolon or trailing comment', () => {
    expect(subquery('select 1 -- one')).toBe('(\nselect 1 -- one\n)');
    expect(stripTrailingSemicolon('select 1;')).toBe('select 1');
    expect(stripTrailingSemicolon('select 1; -- note\n')).toBe('select 1');
    expect(stripTrailingSemicolon("select ';' as s")).toBe("select ';' as s");
  });
});
