import { distance } from 'fastest-levenshtein';

/**
 * The candidate a typo most likely meant, or `undefined` when none is close enough.
 * Case, `_` and `-` are ignored first, so `null_ratio` finds `nullRatio`; then up to one
 * edit per three characters is allowed (`provdier` → `provider`, `migrator` → `migrators`).
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
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= allowed && bestDistance < wanted.length ? best : undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[_\-\s]/g, '');
}
