/** What every benchmark returns: figures for the notes, lines for the terminal. */
export interface BenchResult {
  name: string;
  figures: Record<string, number>;
  lines: string[];
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
