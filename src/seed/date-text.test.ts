import { describe, expect, it } from 'vitest';
import { formatDate, formatTimestamp, isCalendarDate, parseDateDays, parseTimestampSeconds } from './date-text.ts';

describe('date text', () => {
  it('formats days and seconds like Date does, across centuries and leap days', () => {
    for (let days = -700_000; days < 2_900_000; days += 997) {
      expect(formatDate(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    }
    expect(formatDate(parseDateDays('2000-02-29'))).toBe('2000-02-29');
    expect(formatTimestamp(2_147_483_647)).toBe('2038-01-19 03:14:07+00');
    expect(formatTimestamp(-1)).toBe('1969-12-31 23:59:59+00');
  });

  it('reads ISO timestamps without a zone as UTC, not local time', () => {
    expect(parseTimestampSeconds('2024-01-01 10:00')).toBe(parseTimestampSeconds('2024-01-01T10:00:00Z'));
    expect(parseTimestampSeconds('2024-01-01T10:00:00+05')).toBe(parseTimestampSeconds('2024-01-01T05:00:00Z'));
    expect(parseTimestampSeconds('Jan 1 2024')).toBeNaN();
  });

  it('knows calendar dates', () => {
    expect(['2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31'].map(isCalendarDate)).toEqual([true, false, false, true]);
  });
});
