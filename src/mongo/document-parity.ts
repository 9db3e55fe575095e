import { BSON, type Db, type Document } from 'mongodb';
import type { KeyedRowSet } from '../engines/engine.ts';
import { mongoFingerprinter, WHOLE_DOCUMENT } from '../engines/mongo/mongo-fingerprint.ts';
import type { Finding, FindingDetail } from '../checks/finding.ts';
import { keyedDiff, type KeyedDiffOptions } from '../checks/keyed-diff.ts';
import { parityFindings } from '../checks/parity-findings.ts';
import { countOf } from '../checks/count-of.ts';
import { canonicalText } from './canonical-value.ts';
import { differingPaths, readPath } from './document-paths.ts';
import { applyMapping, type ArraySplit, type DocumentMapping, splitPipeline, withoutPaths } from './field-mapping.ts';

/**
 * One document parity rule: a source collection against its target, with the mapping the
 * migration applied.
 *
 * @example
 * { collection: 'users', fields: { fullName: 'name', city: 'address.city' } }
 * { collection: 'orders', target: 'order_items', split: { array: 'items', parentKey: 'orderId', key: 'sku' } }
 */
export interface DocumentParityRule extends DocumentMapping {
  /** Reported as; defaults to the collection (`orders → order_items` for a split). */
  name?: string;
  /** The source collection. */
  collection: string;
  /** The target collection; defaults to `collection`. */
  target?: string;
  /** Key paths; default `['_id']`. */
  key?: readonly string[];
  /** The source's embedded array became the target collection. */
  split?: ArraySplit;
}

export interface DocumentParityOptions extends KeyedDiffOptions {
  /** Check id in the findings (default `parity:<name>`). */
  checkId?: string;
  /** How many changed documents get their differing paths listed (default 5). */
  detailDocuments?: number;
}

/**
 * Documents must match by key: the same keys on both sides, and for each key the same
 * document (canonical over field order and int/long/double, see `canonical-value.ts`)
 * once the source is put in the target's shape by the rule's mapping. Findings use the
 * row-parity codes (`parity.missing-rows`, `parity.extra-rows`, `parity.changed-rows`,
 * `parity.duplicate-keys`) so dashboards read both engines alike; a changed document's
 * details name each differing path (`profile.address.zip`) with both values.
 */
export async function documentParity(source: Db, target: Db, rule: DocumentParityRule, options: DocumentParityOptions = {}): Promise<Finding[]> {
  const targetCollection = rule.target ?? rule.collection;
  const name = rule.name ?? (targetCollection === rule.collection ? rule.collection : `${rule.collection} → ${targetCollection}`);
  const checkId = options.checkId ?? `parity:${name}`;
  const key = [...(rule.key ?? (rule.split ? [rule.split.parentKey, rule.split.key] : ['_id']))];
  const sourceSet: KeyedRowSet = rule.split
    ? { from: { query: BSON.EJSON.stringify({ aggregate: rule.collection, pipeline: splitPipeline(rule.split) }) }, key, values: [WHOLE_DOCUMENT] }
    : { from: { table: rule.collection }, key, values: [WHOLE_DOCUMENT] };
  const targetSet: KeyedRowSet = { from: { table: targetCollection }, key, values: [WHOLE_DOCUMENT] };
  // The split collection's own `_id` is minted by the migration: not part of the comparison.
  const targetIgnore = [...(rule.ignore ?? []), ...(rule.split ? ['_id'] : [])];
  const touchesKey = (path: string) => key.some((k) => path === k || path.startsWith(`${k}.`) || k.startsWith(`${path}.`));
  const sourceKeepsKeys = !Object.entries(rule.fields ?? {}).some(([from, to]) => touchesKey(from) || touchesKey(to)) && !targetIgnore.some(touchesKey);
  const stores = {
    source: mongoFingerprinter(source, { reshape: (document) => applyMapping(document, { ...rule, ignore: targetIgnore }), reshapeKeepsKeys: sourceKeepsKeys }),
    target: mongoFingerprinter(target, { reshape: (document) => withoutPaths(document, targetIgnore), reshapeKeepsKeys: !targetIgnore.some(touchesKey) }),
  };
  const diff = await keyedDiff({ store: stores.source, set: sourceSet }, { store: stores.target, set: targetSet }, options);
  if (diff.equal) return [];

  const plan = { name, source: sourceSet, target: targetSet, keyNames: key, valueNames: ['(document)'] };
  const unchanged = { ...diff, changed: { count: 0, keyCount: 0, keys: [] } };
  const findings = await parityFindings(unchanged, plan, stores, { checkId });
  if (diff.changed.count === 0) return findings;

  const inspected = diff.changed.keys.slice(0, options.detailDocuments ?? 5);
  const [before, after] = await Promise.all([stores.source.documentsByKey(sourceSet, inspected), stores.target.documentsByKey(targetSet, inspected)]);
  const details: FindingDetail[] = inspected.flatMap((documentKey) => pathDetails(documentKey, before.get(documentKey), after.get(documentKey)));
  const paths = [...new Set(details.flatMap((d) => (d.column === undefined ? [] : [d.column])))];
  findings.push({
    check: checkId,
    code: 'parity.changed-rows',
    severity: 'error',
    path: name,
    message:
      `${diff.changed.count} of ${countOf(diff.source.count, 'source document')} ${diff.changed.count === 1 ? 'differs' : 'differ'} in the target` +
      (paths.length > 0 ? ` at ${paths.map((p) => JSON.stringify(p)).join(', ')}${diff.changed.count > inspected.length ? ` (in the first ${inspected.length})` : ''}.` : '.'),
    keys: diff.changed.keys,
    ...(diff.changed.keyCount > diff.changed.keys.length ? { truncated: diff.changed.keyCount } : {}),
    details,
  });
  return findings;
}

/** One detail per differing path of a changed document, with both sides' canonical values (absent: `null` and a note). */
function pathDetails(key: string, expected: Document | undefined, actual: Document | undefined): FindingDetail[] {
  if (!expected || !actual) return [{ key, note: 'the document changed while it was compared' }];
  return differingPaths(expected, actual).map((path) => {
    const [left, right] = [readPath(expected, path), readPath(actual, path)];
    return {
      key,
      column: path,
      expected: left === undefined ? null : canonicalText(left),
      actual: right === undefined ? null : canonicalText(right),
      ...(left === undefined ? { note: 'absent in the source' } : right === undefined ? { note: 'absent in the target' } : {}),
    };
  });
}
