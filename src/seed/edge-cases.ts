/*
 * Edge-case values by kind, raw (not yet COPY-escaped). Numbers and dates stay inside the
 * declared range: the range is the column's contract (a CHECK constraint, the application's
 * validation), and a value outside it would fail the seed or test data the application never
 * holds. Widen the range to get 1900-01-01 or 9999-12-31.
 */
import { formatDate, formatTimestamp, parseDateDays, parseTimestampSeconds } from './date-text.ts';

/**
 * Text that breaks naive code: accents, CJK, emoji (with ZWJ and flags), right-to-left scripts,
 * combining marks, bidi controls, quotes, backslashes, tab, newline, CR, COPY's own markers,
 * SQL, an empty string. PostgreSQL text cannot hold NUL, so none has it.
 */
export const TEXT_EDGE_CASES: readonly string[] = [
  '',
  'Zoë Ångström-Çelik',
  'São Paulo, Kraków, Øresund, İstanbul',
  '北京市朝阳区建国路88号',
  '東京都渋谷区 神南1-2-3',
  '한국어 텍스트',
  '👩‍💻 🚀 ✅ 🇫🇷 👍🏽',
  'שלום עולם',
  'مرحبا بالعالم',
  'Cafe\u0301 n\u0303 A\u030a Z\u0335\u0321a\u0336lgo',
  'mixed \u202eRTL override\u202c text',
  "O'Brien",
  'She said "hello" and \u201csmart\u201d \u2018quotes\u2019',
  'C:\\temp\\new\\table.txt',
  '\\N',
  '\\.',
  'tab\tseparated\tvalue',
  'line one\nline two\n',
  'windows\r\nline end',
  '  padded both sides  ',
  "'); DROP TABLE students; --",
  '100% _wild_ [chars] {"json": true} <b>&amp;</b>',
  '\u00a0non-breaking\u00a0space',
  'zero\u200bwidth\u200djoiner\ufeff',
];

/** Length of the long text edge case, in characters. */
export const LONG_TEXT_LENGTH = 10_000;

const MIXED_CODE_POINTS = [...'Zoë 北京 😀 שלום e\u0301 \\ "q" \'s\t\n\r, '];

/** Exactly `length` characters (code points) cycling through accents, CJK, emoji, RTL and escapes. */
export function mixedText(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += MIXED_CODE_POINTS[i % MIXED_CODE_POINTS.length];
  return out;
}

/** Length in characters as PostgreSQL counts them (code points), not UTF-16 units. */
export function characterLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Text edge cases for an unbounded text value (faker): the list plus a 10,000-character text. */
export function textEdgeCases(): string[] {
  return [...TEXT_EDGE_CASES, mixedText(LONG_TEXT_LENGTH)];
}

/** Text edge cases between `min` and `max` characters: the ones that fit, plus mixed text at both bounds and the long one. */
export function boundedTextEdgeCases(min: number, max: number): string[] {
  const fitting = TEXT_EDGE_CASES.filter((text) => {
    const length = characterLength(text);
    return length >= min && length <= max;
  });
  return unique([...fitting, mixedText(min), mixedText(max), mixedText(Math.min(max, LONG_TEXT_LENGTH))]);
}

const INT_CANDIDATES = [0, -1, 1, -32_768, 32_767, -2_147_483_648, 2_147_483_647, 2_147_483_648];

/** Integer edge cases within [min, max]: the bounds, 0, ±1 and the int2/int4 limits. */
export function intEdgeCases(min: number, max: number): number[] {
  return unique([min, max, ...INT_CANDIDATES].filter((v) => v >= min && v <= max));
}

/** Decimal edge cases in units of 10^-scale within [low, high]: the bounds, 0, ±1 and ± the smallest step. */
export function decimalUnitEdgeCases(low: number, high: number, scale: number): number[] {
  const one = 10 ** scale;
  return unique([low, high, 0, -1, 1, one, -one].filter((v) => v >= low && v <= high));
}

const DATE_CANDIDATES = ['1900-01-01', '1970-01-01', '1999-12-31', '2000-01-01', '2000-02-29', '2024-02-29', '2038-01-19', '9999-12-31'];

/** Boundary dates within [fromDays, toDays] as date text, the range's own ends included. */
export function dateEdgeCases(fromDays: number, toDays: number): string[] {
  const days = [fromDays, toDays, ...DATE_CANDIDATES.map(parseDateDays)].filter((d) => d >= fromDays && d <= toDays);
  return unique(days).map(formatDate);
}

const TIMESTAMP_CANDIDATES = [
  '1900-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '1999-12-31T23:59:59Z',
  '2000-01-01T00:00:00Z',
  '2000-02-29T12:00:00Z',
  '2038-01-19T03:14:07Z', // the last second a signed 32-bit time_t holds
  '2038-01-19T03:14:08Z',
  '9999-12-31T23:59:59Z',
];

/** Boundary timestamps within [fromSeconds, toSeconds] as timestamp text, the range's own ends included. */
export function timestampEdgeCases(fromSeconds: number, toSeconds: number): string[] {
  const seconds = [fromSeconds, toSeconds, ...TIMESTAMP_CANDIDATES.map(parseTimestampSeconds)].filter(
    (s) => s >= fromSeconds && s <= toSeconds,
  );
  return unique(seconds).map(formatTimestamp);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
