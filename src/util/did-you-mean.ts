import { distance } from 'fastest-levenshtein';

/**
 * The candidate a typo most likely meant, or `undefined` when none is close enough. Case,
 * `_`, `-` and spaces are ignored first, so `null_ratio` finds `nullRatio`; then one edit is
 * allowed for names of up to three characters, else two or a third of the letters, whichever
 * is more (`provdier` → `provider`, `emial` → `email`, `dir_usr` → `dir_user`).
 *
 * @example
 * didYouMean('provdier', ['version', 'provider', 'schema']); // 'provider'
 * didYouMean('colour', ['version', 'provider']); // undefined
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const d = distance(wanted, normalise(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= allowed && bestDistance < wanted.length ? best : undefined;
}

/** `Did you mean "x"?`, or `''` when nothing is close. */
export function didYouMeanHint(input: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(input, candidates);
  return suggestion === undefined ? '' : `Did you mean ${JSON.stringify(suggestion)}?`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[_\-\s]/g, '');
}
