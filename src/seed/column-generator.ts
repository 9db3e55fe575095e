import type { ColumnGenerator } from '../scenario/scenario-schema.ts';
import type { CompiledColumn, CompiledTable } from './compiled-dataset.ts';
import { COPY_NULL, copyField } from './copy-text.ts';
import { formatDate, formatTimestamp, parseDateDays, parseTimestampSeconds } from './date-text.ts';
import {
  boundedTextEdgeCases,
  dateEdgeCases,
  decimalUnitEdgeCases,
  intEdgeCases,
  textEdgeCases,
  timestampEdgeCases,
} from './edge-cases.ts';
import { fillerCorpus } from './filler-text.ts';
import { fmix32, hash32, uniformIndex, unit32 } from './seed-hash.ts';
import { continuousZipf, cumulativeSampler, skewSampler } from './skewed-index.ts';

/** One column's value for a row, as a COPY text field (`\N` for NULL). */
export type CellGenerator = (row: number) => string;

/** Independent decisions for one cell, as hash draws. Changing them changes the bytes: bump SEED_FORMAT_VERSION. */
const DRAW_NULL = 1;
const DRAW_EDGE = 2;
const DRAW_EDGE_PICK = 3;
const DRAW_VALUE = 4;
const DRAW_VALUE_2 = 5;
const DRAW_VALUE_3 = 6;
const TWO_32 = 4_294_967_296;

/** What a `ref` needs of the referenced table: its row count and its column's values. */
export interface DatasetLookup {
  rows(table: string): number;
  /** The value generator (no NULLs, no edge cases) of a column. */
  value(table: string, column: string): CellGenerator;
}

/**
 * Builds the generator of one column: its values, with NULLs and edge cases mixed in by
 * their ratios (NULL decided first, so it applies on top of edge cases).
 */
export function columnGenerator(table: CompiledTable, column: CompiledColumn, lookup: DatasetLookup): CellGenerator {
  const value = valueGenerator(table, column, lookup);
  const { key, generator } = column;
  const nullCut = (generator.nullRatio ?? 0) * TWO_32;
  const edges = (generator.edgeCases ?? 0) > 0 ? edgeCases(generator, column.maxLength).map(copyField) : [];
  const edgeCut = edges.length > 0 ? generator.edgeCases! * TWO_32 : 0;
  if (nullCut === 0 && edgeCut === 0) return value;
  return (row) => {
    if (nullCut !== 0 && hash32(key, row, DRAW_NULL) < nullCut) return COPY_NULL;
    if (edgeCut !== 0 && hash32(key, row, DRAW_EDGE) < edgeCut) return edges[uniformIndex(edges.length, key, row, DRAW_EDGE_PICK)]!;
    return value(row);
  };
}

/** The column's values without NULLs or edge cases; what a `ref` to it reads. */
export function valueGenerator(table: CompiledTable, column: CompiledColumn, lookup: DatasetLookup): CellGenerator {
  const { key, generator: g } = column;
  if (g.sequence !== undefined) {
    const { start, step } = g.sequence === true ? { start: 1, step: 1 } : { start: g.sequence.start ?? 1, step: g.sequence.step ?? 1 };
    return (row) => String(start + row * step);
  }
  if (g.uuid !== undefined) return uuidGenerator(key);
  if (g.template !== undefined) return templateGenerator(g.template);
  if (g.faker !== undefined) {
    const pool = column.pool;
    if (!pool || pool.length === 0) throw new Error('the faker pool is empty');
    return (row) => pool[uniformIndex(pool.length, key, row, DRAW_VALUE)]!;
  }
  if (g.int !== undefined) {
    const { min, max, skew = 0 } = g.int;
    const pick = indexPicker(max - min + 1, skew, key);
    return (row) => String(min + pick(row));
  }
  if (g.decimal !== undefined) {
    const { low, high, scale } = decimalUnits(g.decimal);
    const pick = indexPicker(high - low + 1, g.decimal.skew ?? 0, key);
    return (row) => formatUnits(low + pick(row), scale);
  }
  if (g.bool !== undefined) {
    const cut = (g.bool === true ? 0.5 : g.bool.p) * TWO_32;
    return (row) => (hash32(key, row, DRAW_VALUE) < cut ? 't' : 'f');
  }
  if (g.date !== undefined) {
    const from = parseDateDays(g.date.from);
    const days = parseDateDays(g.date.to) - from + 1;
    const pick = indexPicker(days, 0, key);
    const dayText = dayTexts(from, days);
    return (row) => dayText(pick(row));
  }
  if (g.timestamp !== undefined) {
    const { from, to } = timestampSeconds(g.timestamp);
    const pick = indexPicker(to - from + 1, 0, key);
    const firstDay = Math.floor(from / SECONDS_PER_DAY);
    const dayText = dayTexts(firstDay, Math.floor(to / SECONDS_PER_DAY) - firstDay + 1);
    return (row) => {
      const seconds = from + pick(row);
      const day = Math.floor(seconds / SECONDS_PER_DAY);
      const second = seconds - day * SECONDS_PER_DAY;
      return dayText(day - firstDay) + (TIME_OF_DAY[second] ??= formatTimestamp(second).slice(10));
    };
  }
  if (g.choice !== undefined) return choiceGenerator(g.choice, key);
  if (g.text !== undefined) return textGenerator(g.text.min, g.text.max, key);
  if (g.ref !== undefined) {
    const ref = column.ref;
    if (!ref) throw new Error('the reference is not resolved');
    const parent = lookup.value(ref.table, ref.column);
    if (ref.table === table.name) {
      // A self reference points at this row or an earlier one, so the referenced row is in
      // the same COPY statement or an earlier one and the foreign key holds chunk by chunk.
      return ref.skew > 0
        ? (row) => parent(continuousZipf(row + 1, ref.skew, unit32(key, row, DRAW_VALUE)))
        : (row) => parent(Math.floor(unit32(key, row, DRAW_VALUE) * (row + 1)));
    }
    const pick = indexPicker(lookup.rows(ref.table), ref.skew, key);
    return (row) => parent(pick(row));
  }
  if (g.value !== undefined) {
    const text = copyField(String(g.value));
    return () => text;
  }
  throw new Error(`no generator given (expected one of sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value)`);
}

/** A pick in [0, n) per row: uniform, or Zipf-skewed towards 0. */
function indexPicker(n: number, skew: number, key: number): (row: number) => number {
  if (skew > 0) {
    const sample = skewSampler(n, skew);
    return (row) => sample(unit32(key, row, DRAW_VALUE));
  }
  return (row) => uniformIndex(n, key, row, DRAW_VALUE);
}

function uuidGenerator(key: number): CellGenerator {
  // One array of char codes, one string made from it: building 36 characters by concatenation costs 3× as much.
  const codes = new Array<number>(36).fill(DASH);
  return (row) => {
    // The first 32 bits are a bijection of the row number, so values never repeat (below 2^32 rows).
    putHex(codes, 0, fmix32((row ^ key) >>> 0), 8);
    const b = hash32(key, row, DRAW_VALUE);
    putHex(codes, 9, b >>> 16, 4);
    putHex(codes, 14, (b & 0x0fff) | 0x4000, 4); // version 4
    const c = hash32(key, row, DRAW_VALUE_2);
    putHex(codes, 19, ((c >>> 16) & 0x3fff) | 0x8000, 4); // variant 10
    putHex(codes, 24, c & 0xffff, 4);
    putHex(codes, 28, hash32(key, row, DRAW_VALUE_3), 8);
    return String.fromCharCode.apply(null, codes);
  };
}

const DASH = 45;
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

function putHex(codes: number[], at: number, value: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    codes[at + i] = HEX_CODES[value & 15]!;
    value >>>= 4;
  }
}

function templateGenerator(template: string): CellGenerator {
  const literals: string[] = [];
  const widths: number[] = [];
  const pattern = /\{n(?::(\d+))?\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    literals.push(copyField(template.slice(last, match.index)));
    widths.push(match[1] === undefined ? 0 : Number(match[1]));
    last = match.index + match[0].length;
  }
  const tail = copyField(template.slice(last));
  if (widths.length === 0) return () => tail;
  return (row) => {
    const n = String(row + 1);
    let out = '';
    for (let i = 0; i < widths.length; i++) out += literals[i]! + (widths[i]! > n.length ? n.padStart(widths[i]!, '0') : n);
    return out + tail;
  };
}

function choiceGenerator(choice: NonNullable<ColumnGenerator['choice']>, key: number): CellGenerator {
  const values = (Array.isArray(choice) ? choice : choice.values).map((v) => copyField(String(v)));
  const spec: { weights?: number[]; skew?: number } = Array.isArray(choice) ? {} : choice;
  const sample = spec.weights ? cumulativeSampler(spec.weights) : skewSampler(values.length, spec.skew ?? 0);
  return (row) => values[sample(unit32(key, row, DRAW_VALUE))]!;
}

function textGenerator(min: number, max: number, key: number): CellGenerator {
  const { text, starts } = fillerCorpus(max);
  const mask = starts.length - 1; // a power of two
  return (row) => {
    const length = min + uniformIndex(max - min + 1, key, row, DRAW_VALUE);
    if (length === 0) return '';
    const start = starts[hash32(key, row, DRAW_VALUE_2) & mask]!;
    const slice = text.slice(start, start + length);
    return slice.charCodeAt(length - 1) === 32 ? `${slice.slice(0, -1)}.` : slice;
  };
}

/** A decimal range in integer units of 10^-scale, so values are exact and print without float noise. */
export function decimalUnits(decimal: NonNullable<ColumnGenerator['decimal']>): { low: number; high: number; scale: number } {
  const scale = decimal.scale ?? 2;
  const factor = 10 ** scale;
  return { low: Math.ceil(snap(decimal.min * factor)), high: Math.floor(snap(decimal.max * factor)), scale };
}

/** Removes binary float noise: 0.1 × 100 is 10.000000000000002, meant as 10. */
function snap(x: number): number {
  const rounded = Math.round(x);
  return Math.abs(x - rounded) < 1e-6 ? rounded : x;
}

/** `-1234, 2` → `"-12.34"`. */
export function formatUnits(units: number, scale: number): string {
  if (scale === 0) return String(units);
  const factor = 10 ** scale;
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / factor);
  const fraction = magnitude - whole * factor;
  const fractionText = scale <= 3 ? FRACTIONS[scale]![fraction]! : `.${String(fraction).padStart(scale, '0')}`;
  return (units < 0 ? '-' : '') + whole + fractionText;
}

/** `.0` … `.999` by scale (1 to 3): formatting a decimal is then two concatenations. */
const FRACTIONS = [1, 2, 3].reduce<string[][]>(
  (tables, scale) => {
    tables[scale] = Array.from({ length: 10 ** scale }, (_, i) => `.${String(i).padStart(scale, '0')}`);
    return tables;
  },
  [],
);

/** Ranges up to this many days cache their date texts. */
const DAY_TEXT_LIMIT = 200_000;
const SECONDS_PER_DAY = 86_400;

/** Date text by day offset, cached as first used (no start-up cost, no per-row formatting after). */
function dayTexts(firstDay: number, days: number): (offset: number) => string {
  if (days > DAY_TEXT_LIMIT) return (offset) => formatDate(firstDay + offset);
  const cache = new Array<string | undefined>(days);
  return (offset) => (cache[offset] ??= formatDate(firstDay + offset));
}

/** `" 00:00:00+00"` … `" 23:59:59+00"` by second of the day, filled as used. */
const TIME_OF_DAY = new Array<string | undefined>(SECONDS_PER_DAY);

/** A timestamp range in whole seconds, inside the declared range. */
export function timestampSeconds(timestamp: { from: string; to: string }): { from: number; to: number } {
  return { from: Math.ceil(parseTimestampSeconds(timestamp.from)), to: Math.floor(parseTimestampSeconds(timestamp.to)) };
}

/**
 * Raw edge cases for a generator's kind; empty for kinds without any. Text edge cases are
 * bounded by `maxLength` (a `varchar(n)` column) when given.
 */
export function edgeCases(g: ColumnGenerator, maxLength?: number): string[] {
  if (g.text !== undefined) return boundedTextEdgeCases(g.text.min, Math.min(g.text.max, maxLength ?? Infinity));
  if (g.faker !== undefined) return maxLength === undefined ? textEdgeCases() : boundedTextEdgeCases(0, maxLength);
  if (g.int !== undefined) return intEdgeCases(g.int.min, g.int.max).map(String);
  if (g.decimal !== undefined) {
    const { low, high, scale } = decimalUnits(g.decimal);
    return decimalUnitEdgeCases(low, high, scale).map((units) => formatUnits(units, scale));
  }
  if (g.date !== undefined) return dateEdgeCases(parseDateDays(g.date.from), parseDateDays(g.date.to));
  if (g.timestamp !== undefined) {
    const { from, to } = timestampSeconds(g.timestamp);
    return timestampEdgeCases(from, to);
  }
  return [];
}
