/** The first line of a message (or of an error's message): driver errors append detail and SQL excerpts below it. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}
