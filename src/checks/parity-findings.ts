import type { KeyedFingerprinter } from '../engines/engine.ts';
import { countOf } from './count-of.ts';
import { type Finding, type FindingDetail } from './finding.ts';
import type { KeyedDiff, KeySample } from './keyed-diff.ts';
import type { ParityPlan } from './resolve-parity-rule.ts';

/** Where the two sides' rows are read from. */
export interface ParityStores {
  source: KeyedFingerprinter;
  target: KeyedFingerprinter;
}

export interface ParityFindingsOptions {
  checkId: string;
  /** How many changed rows get their differing columns listed (default 5). */
  detailRows?: number;
}

/**
 * Turns a keyed diff into findings: missing, extra and changed rows, and duplicate keys,
 * each with its keys; for the first few changed rows it fetches both sides' values and
 * lists the columns that differ.
 */
export async function parityFindings(diff: KeyedDiff, plan: ParityPlan, stores: ParityStores, options: ParityFindingsOptions): Promise<Finding[]> {
  const base = { check: options.checkId, severity: 'error' as const, path: plan.name };
  const counts = { expected: diff.source.count, actual: diff.target.count };
  const findings: Finding[] = [];
  if (diff.missing.count > 0) {
    findings.push({
      ...base,
      code: 'parity.missing-rows',
      message: `${diff.missing.count} of ${countOf(diff.source.count, 'source row')} ${isAre(diff.missing.count)} missing in the target.`,
      ...counts,
      ...keysOf(diff.missing),
    });
  }
  if (diff.extra.count > 0) {
    findings.push({
      ...base,
      code: 'parity.extra-rows',
      message: `${diff.extra.count} of ${countOf(diff.target.count, 'target row')} ${isAre(diff.extra.count)} not in the source.`,
      ...counts,
      ...keysOf(diff.extra),
    });
  }
  if (diff.changed.count > 0) {
    const details = await changedDetails(diff.changed.keys.slice(0, options.detailRows ?? 5), plan, stores);
    const columns = [...new Set(details.flatMap((d) => (d.column === undefined ? [] : [JSON.stringify(d.column)])))];
    const inspected = diff.changed.count > (options.detailRows ?? 5) ? ` in the first ${options.detailRows ?? 5}` : '';
    findings.push({
      ...base,
      code: 'parity.changed-rows',
      message:
        `${diff.changed.count} of ${countOf(diff.source.count, 'source row')} ${diff.changed.count === 1 ? 'differs' : 'differ'} in the target` +
        (columns.length > 0 ? `: ${columns.join(', ')} changed${inspected}.` : '.'),
      ...keysOf(diff.changed),
      details,
    });
  }
  if (diff.duplicates.count > 0) {
    const sides = [diff.duplicates.keys.some((d) => d.source > 1) && 'the source', diff.duplicates.keys.some((d) => d.target > 1) && 'the target'].filter(Boolean);
    findings.push({
      ...base,
      code: 'parity.duplicate-keys',
      message: `${countOf(diff.duplicates.count, 'key')} ${diff.duplicates.count === 1 ? 'is' : 'are'} held by more than one row in ${sides.join(' and ') || 'a side'}; the key must identify one row.`,
      keys: diff.duplicates.keys.map((d) => d.key),
      ...(diff.duplicates.count > diff.duplicates.keys.length ? { truncated: diff.duplicates.count } : {}),
      details: diff.duplicates.keys.map((d) => ({ key: d.key, expected: d.source, actual: d.target, note: 'rows with this key (source, target)' })),
    });
  }
  if (diff.unlocated) {
    findings.push({
      ...base,
      code: 'parity.unlocated-difference',
      message:
        `Source and target rows differ (${countOf(diff.source.count, 'source row')}, ${countOf(diff.target.count, 'target row')}), ` +
        'but no key could be singled out; check that the key identifies rows the same way on both sides.',
      expected: diff.source,
      actual: diff.target,
    });
  }
  return findings;
}

async function changedDetails(keys: string[], plan: ParityPlan, stores: ParityStores): Promise<FindingDetail[]> {
  if (keys.length === 0) return [];
  const [before, after] = await Promise.all([stores.source.rowValues(plan.source, keys), stores.target.rowValues(plan.target, keys)]);
  const details: FindingDetail[] = [];
  for (const key of keys) {
    const [expected, actual] = [before.get(key), after.get(key)];
    if (!expected || !actual) continue;
    const differing = plan.valueNames.flatMap((column, i) =>
      expected[i] === actual[i] ? [] : [{ key, column, expected: abbreviate(expected[i] ?? null), actual: abbreviate(actual[i] ?? null) }],
    );
    // Equal value texts with different row hashes: the key's own text form differs.
    details.push(...(differing.length > 0 ? differing : [{ key, note: 'the values agree as text; the key columns differ in form' }]));
  }
  return details;
}

function keysOf(sample: KeySample): Pick<Finding, 'keys' | 'truncated'> {
  return { keys: sample.keys, ...(sample.keyCount > sample.keys.length ? { truncated: sample.keyCount } : {}) };
}

function isAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

const MAX_VALUE_CHARS = 200;

/** Keeps reports bounded: long values show their start and their length. */
function abbreviate(value: string | null): string | null {
  return value !== null && value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}… (${value.length} chars)` : value;
}
