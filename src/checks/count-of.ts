/** `1 row`, `3 rows`, `2000 rows`: a count with its noun, for finding messages. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
