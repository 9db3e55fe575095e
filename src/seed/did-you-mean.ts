import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` (ignoring case), when it is close enough to be a typo.
 *
 * @example
 * didYouMean('dir_usr', ['dir_user', 'dir_group']); // 'dir_user'
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** `' Did you mean "x"?'`, or `''` when nothing is close. */
export function didYouMeanHint(word: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(word, candidates);
  return suggestion === undefined ? '' : `Did you mean ${JSON.stringify(suggestion)}?`;
}
