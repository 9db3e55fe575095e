import { describe, expect, it } from 'vitest';
import { copyField, parseCopyText } from './copy-text.ts';
import { textEdgeCases } from './edge-cases.ts';

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return; NULL is \\N', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField(null)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('plain "quoted" \'text\'')).toBe('plain "quoted" \'text\'');
  });

  it('round-trips every text edge case, including the markers \\N and \\.', () => {
    const values = [...textEdgeCases(), null];
    const text = `${values.map(copyField).join('\t')}\n${values.map(copyField).reverse().join('\t')}\n`;
    expect(text.split('\n')).toHaveLength(3); // newlines inside values are escaped
    expect(text).not.toMatch(/\r/); // PostgreSQL would take a raw CR for a line end
    expect(parseCopyText(text)).toEqual([values, [...values].reverse()]);
  });
});
