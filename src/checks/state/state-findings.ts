import { countOf } from '../count-of.ts';
import type { Finding } from '../finding.ts';
import type { KeySample } from '../keyed-diff.ts';
import type { StateComparison } from './compare-states.ts';

export interface StateFindingsOptions {
  checkId: string;
  /** The rule's name: the findings' path (`name.column` for a diverged column). */
  name: string;
  /** What one row is, in messages ("state"). */
  noun: string;
}

/** The findings of a generic state comparison: `state.missing`, `state.extra`, `state.diverged` per column, `state.duplicate-key`. */
export function stateFindings(compared: StateComparison, options: StateFindingsOptions): Finding[] {
  const { diff } = compared;
  const base = { check: options.checkId, severity: 'error' as const, path: options.name };
  const source = `source ${options.noun}`;
  const findings: Finding[] = [];
  if (diff.missing.count > 0) {
    findings.push({
      ...base,
      code: 'state.missing',
      message: `${diff.missing.count} of ${countOf(diff.source.count, source)} ${diff.missing.count === 1 ? 'has' : 'have'} no counterpart in the target.`,
      expected: diff.source.count,
      actual: diff.target.count,
      ...keysOf(diff.missing),
    });
  }
  if (diff.extra.count > 0) {
    findings.push({
      ...base,
      code: 'state.extra',
      message: `${diff.extra.count} of ${countOf(diff.target.count, `target ${options.noun}`)} ${diff.extra.count === 1 ? 'has' : 'have'} no counterpart in the source.`,
      ...keysOf(diff.extra),
    });
  }
  for (const field of compared.fields) {
    findings.push({
      ...base,
      code: 'state.diverged',
      path: `${options.name}.${field.field}`,
      message: `${field.count} of ${countOf(diff.source.count, source)} diverged in ${JSON.stringify(field.field)}.`,
      keys: field.keys,
      ...(field.count > field.keys.length ? { truncated: field.count } : {}),
      details: field.keys.map((key) => ({ key, column: field.field, ...field.values.get(key) })),
    });
  }
  if (diff.duplicates.count > 0) {
    findings.push({
      ...base,
      code: 'state.duplicate-key',
      message: `${countOf(diff.duplicates.count, 'key')} ${diff.duplicates.count === 1 ? 'is' : 'are'} held by more than one ${options.noun} on a side, and the two sides differ; the key must identify one.`,
      keys: diff.duplicates.keys.map((d) => d.key),
      ...(diff.duplicates.count > diff.duplicates.keys.length ? { truncated: diff.duplicates.count } : {}),
      details: diff.duplicates.keys.map((d) => ({ key: d.key, expected: d.source, actual: d.target, note: `${options.noun}s with this key (source, target)` })),
    });
  }
  if (diff.unlocated) {
    findings.push({
      ...base,
      code: 'state.unlocated-difference',
      message: 'Source and target states differ, but no key could be singled out; check that the key identifies a state the same way on both sides.',
      expected: diff.source,
      actual: diff.target,
    });
  }
  return findings;
}

function keysOf(sample: KeySample): Pick<Finding, 'keys' | 'truncated'> {
  return { keys: sample.keys, ...(sample.keyCount > sample.keys.length ? { truncated: sample.keyCount } : {}) };
}
