import type { FindingDetail } from '../finding.ts';

/*
 * What differs in one field of one instance, said in words: the open activities and the
 * variables are compared as jsonb text, which tells that they differ but not how.
 */

interface Entry {
  activity: string | null;
  [field: string]: string | null;
}

/**
 * A finding detail for one diverged field of one instance: both values (parsed when they
 * are JSON), and a note saying what differs.
 *
 * @example
 * explainDivergence('LR-000007', 'activities', '[{"activity": "approve", "assignee": "u1"}]', '[{"activity": "submit", "assignee": "u1"}]');
 * // { key: 'LR-000007', column: 'activities', …, note: 'open in the source only: approve (u1); open in the target only: submit (u1)' }
 */
export function explainDivergence(key: string, field: string, expected: string | null, actual: string | null): FindingDetail {
  const base = { key, column: field };
  if (field === 'activities' || field === 'audit') {
    const [before, after] = [parse<Entry[]>(expected) ?? [], parse<Entry[]>(actual) ?? []];
    return { ...base, expected: before, actual: after, note: field === 'activities' ? explainActivities(before, after) : explainAudit(before, after) };
  }
  if (field === 'variables') {
    const [before, after] = [parse<Record<string, string | null>>(expected) ?? {}, parse<Record<string, string | null>>(actual) ?? {}];
    return { ...base, expected: before, actual: after, note: explainVariables(before, after) };
  }
  return { ...base, expected, actual };
}

function explainActivities(before: Entry[], after: Entry[]): string {
  const label = (e: Entry) => `${e.activity ?? '(null)'} (${e.assignee ?? 'unassigned'})`;
  const { onlyBefore, onlyAfter } = multisetDifference(before, after, label);
  const notes: string[] = [];
  // The same activity on both sides but with other assignees reads better as a reassignment.
  for (const activity of new Set(onlyBefore.map((e) => e.activity))) {
    const was = onlyBefore.filter((e) => e.activity === activity);
    const now = onlyAfter.filter((e) => e.activity === activity);
    if (now.length === 0 || was.length !== now.length) continue;
    notes.push(`${activity} assigned to ${now.map((e) => e.assignee ?? 'nobody').join(', ')} instead of ${was.map((e) => e.assignee ?? 'nobody').join(', ')}`);
    for (const e of was) onlyBefore.splice(onlyBefore.indexOf(e), 1);
    for (const e of now) onlyAfter.splice(onlyAfter.indexOf(e), 1);
  }
  if (onlyBefore.length > 0) notes.push(`open in the source only: ${onlyBefore.map(label).join(', ')}`);
  if (onlyAfter.length > 0) notes.push(`open in the target only: ${onlyAfter.map(label).join(', ')}`);
  if (before.length === 0 && after.length > 0) notes.push('(the source instance has no open activity)');
  return notes.join('; ') || 'the open activities differ in form';
}

function explainAudit(before: Entry[], after: Entry[]): string {
  const label = (e: Entry) => `${e.at ?? '?'} ${e.action ?? '?'} ${e.activity ?? ''} by ${e.actor ?? 'nobody'}`.replace(/\s+/g, ' ');
  const { onlyBefore, onlyAfter } = multisetDifference(before, after, label);
  const notes: string[] = [];
  if (onlyBefore.length > 0) notes.push(`${onlyBefore.length} audit entr${onlyBefore.length === 1 ? 'y' : 'ies'} of the source not in the target (${onlyBefore.slice(0, 3).map(label).join('; ')}${onlyBefore.length > 3 ? '; …' : ''})`);
  if (onlyAfter.length > 0) notes.push(`${onlyAfter.length} audit entr${onlyAfter.length === 1 ? 'y' : 'ies'} of the target not in the source (${onlyAfter.slice(0, 3).map(label).join('; ')}${onlyAfter.length > 3 ? '; …' : ''})`);
  return notes.join('; ') || 'the audit trails differ in form';
}

function explainVariables(before: Record<string, string | null>, after: Record<string, string | null>): string {
  const missing = Object.keys(before).filter((name) => !(name in after));
  const added = Object.keys(after).filter((name) => !(name in before));
  const changed = Object.keys(before).filter((name) => name in after && before[name] !== after[name]);
  const notes: string[] = [];
  if (missing.length > 0) notes.push(`missing in the target: ${missing.map((n) => `${n} (${JSON.stringify(before[n])})`).join(', ')}`);
  if (changed.length > 0) notes.push(`changed: ${changed.map((n) => `${n} ${JSON.stringify(before[n])} → ${JSON.stringify(after[n])}`).join(', ')}`);
  if (added.length > 0) notes.push(`only in the target: ${added.map((n) => `${n} (${JSON.stringify(after[n])})`).join(', ')}`);
  return notes.join('; ') || 'the variables differ in form';
}

function multisetDifference<T>(before: readonly T[], after: readonly T[], label: (value: T) => string): { onlyBefore: T[]; onlyAfter: T[] } {
  const remaining = new Map<string, T[]>();
  for (const value of after) {
    const key = label(value);
    remaining.set(key, [...(remaining.get(key) ?? []), value]);
  }
  const onlyBefore: T[] = [];
  for (const value of before) {
    const same = remaining.get(label(value));
    if (same && same.length > 0) same.pop();
    else onlyBefore.push(value);
  }
  return { onlyBefore, onlyAfter: [...remaining.values()].flat() };
}

function parse<T>(text: string | null): T | undefined {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
