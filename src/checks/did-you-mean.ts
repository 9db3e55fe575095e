import { distance } from 'fastest-levenshtein';

/**
 * The closest of `candidates` to a misspelt `name`, when one is close enough to be a
 * likely typo (case is ignored; two edits, or a third of the letters for long names).
 *
 * @example
 * didYouMean('emial', ['id', 'email']); // 'email'
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
