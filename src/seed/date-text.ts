/*
 * Dates and timestamps as PostgreSQL input text, from day and second counts since
 * 1970-01-01, in integer arithmetic (Hinnant's civil_from_days): no Date objects per row.
 */

const SECONDS_PER_DAY = 86_400;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** `19723` → `"2024-01-01"`. Years 1 to 9999. */
export function formatDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** `0` → `"1970-01-01 00:00:00+00"`: UTC, whole seconds, accepted by timestamp and timestamptz. */
export function formatTimestamp(seconds: number): string {
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  let rest = seconds - days * SECONDS_PER_DAY;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  return `${formatDate(days)} ${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[rest - minutes * 60]}+00`;
}

/** `"2024-01-01"` → days since 1970-01-01. */
export function parseDateDays(text: string): number {
  return Math.round(Date.parse(`${text}T00:00:00Z`) / 1000 / SECONDS_PER_DAY);
}

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * ISO 8601 timestamp text → seconds since 1970-01-01 UTC, with the fraction; `NaN` for
 * anything else. Without a zone it is UTC, never the machine's local time, so the same spec
 * gives the same data on every machine.
 */
export function parseTimestampSeconds(text: string): number {
  const match = ISO_TIMESTAMP.exec(text.trim());
  if (!match) return Number.NaN;
  const [, date, time = '00:00', zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  return Date.parse(`${date}T${time}${offset}`) / 1000;
}

/** Whether `text` is a real calendar date between 0001-01-01 and 9999-12-31 (not 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const days = parseDateDays(text);
  return Number.isFinite(days) && !text.startsWith('0000') && formatDate(days) === text;
}
