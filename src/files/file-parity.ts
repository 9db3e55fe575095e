import type { Check } from '../checks/check.ts';
import { compareKeys } from '../checks/compare-keys.ts';
import { countOf } from '../checks/count-of.ts';
import { type Finding, type FindingDetail, MAX_KEYS_PER_FINDING } from '../checks/finding.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { FileParityRule } from '../scenario/process-schema.ts';
import { displayPath } from './path-segments.ts';
import { type PathPattern, pathPattern } from './path-pattern.ts';
import { fingerprintOf, type ScannedFile, scanTree } from './scan-tree.ts';

export interface FileParityOptions {
  /** The rule's index in `checks.files`, for configuration errors. */
  index?: number;
}

interface Keyed {
  file: ScannedFile;
  path: string;
  record?: string;
}

/**
 * The files of a tree must arrive: every source file is in the target under the same key
 * with the same size and sha256, and the target holds no file the source lacks. By
 * default a file's key is its path; with patterns (`source: app_formuploads/{form}/{record}/{file}`,
 * `target: uploads/{record}/{form}/{file}`) it is the placeholders' values, so a layout
 * the migration changed is followed file by file, mapped by record id. It also proves
 * the source tree unchanged since before the chain (copy, never move).
 *
 * Findings: `files.missing`, `files.extra`, `files.changed` (size or content), each with
 * the paths and the record ids concerned; `files.source-changed`; `files.unmatched`
 * (warning: files outside the pattern, not compared).
 *
 * @example
 * fileParity({ tree: 'uploads', source: 'app_formuploads/{form}/{record}/{file}', target: 'uploads/{record}/{form}/{file}' });
 */
export function fileParity(rule: FileParityRule, options: FileParityOptions = {}): Check {
  const id = `files:${rule.tree}`;
  const at = options.index === undefined ? ['checks', 'files'] : ['checks', 'files', options.index];
  const patterns = {
    source: rule.source ?? rule.pattern,
    target: rule.target ?? rule.pattern,
  };
  const source = patterns.source === undefined ? undefined : pathPattern(patterns.source);
  const target = patterns.target === undefined ? undefined : pathPattern(patterns.target);
  const recordName = rule.record ?? (source?.names.includes('record') ? 'record' : undefined);
  return {
    id,
    kind: 'files',
    description: `Files of tree ${JSON.stringify(rule.tree)} match between source and target${source ? `, mapped by ${source.names.map((n) => `{${n}}`).join(', ')}` : ' by path'}: no missing, extra or changed file.`,
    async run(context) {
      const trees = context.files;
      const before = trees?.source.get(rule.tree);
      const after = trees?.target.get(rule.tree);
      if (!trees || !before || !after) {
        throw new HarnessError('CONFIG_INVALID', `File parity: there is no file tree ${JSON.stringify(rule.tree)} in this run.`, {
          path: [...at, 'tree'],
          hint: 'Declare it under "files" in the scenario, with "seed" or "from".',
        });
      }
      const [sourceFiles, targetFiles] = await Promise.all([scanTree(before), scanTree(after)]);
      const base = { check: id, severity: 'error' as const, path: rule.tree };
      const findings: Finding[] = [];

      const was = trees.sourceFingerprints.get(rule.tree);
      const now = fingerprintOf(sourceFiles);
      context.note?.({ source: now, target: fingerprintOf(targetFiles) });
      if (was && was.hash !== now.hash) {
        findings.push({
          ...base,
          code: 'files.source-changed',
          message: `The source tree ${JSON.stringify(rule.tree)} changed during the run (${countOf(was.files, 'file')} before, ${countOf(now.files, 'file')} after). The source must stay intact: copy, never move.`,
          expected: was,
          actual: now,
        });
      }

      const sourceKeyed = keyed(sourceFiles, source, recordName);
      const targetKeyed = keyed(targetFiles, target, recordName);
      for (const [side, unmatched, pattern] of [
        ['source', sourceKeyed.unmatched, source],
        ['target', targetKeyed.unmatched, target],
      ] as const) {
        if (unmatched.length === 0) continue;
        const sorted = unmatched.sort(compareKeys);
        findings.push({
          ...base,
          severity: 'warning',
          code: 'files.unmatched',
          message: `${countOf(unmatched.length, `file of the ${side}`, `files of the ${side}`)} ${unmatched.length === 1 ? 'is' : 'are'} outside the pattern ${JSON.stringify(pattern!.text)} and ${unmatched.length === 1 ? 'was' : 'were'} not compared.`,
          ...keysOf(sorted),
        });
      }

      const missing: Keyed[] = [];
      const changed: Array<{ before: Keyed; after: Keyed }> = [];
      for (const [key, file] of sourceKeyed.byKey) {
        const other = targetKeyed.byKey.get(key);
        if (!other) missing.push(file);
        else if (other.file.size !== file.file.size || other.file.sha256 !== file.file.sha256) changed.push({ before: file, after: other });
      }
      const extra = [...targetKeyed.byKey].filter(([key]) => !sourceKeyed.byKey.has(key)).map(([, file]) => file);
      const total = sourceKeyed.byKey.size;

      if (missing.length > 0) {
        const sorted = missing.sort(byPath);
        findings.push({
          ...base,
          code: 'files.missing',
          message: `${missing.length} of ${countOf(total, 'source file')} ${missing.length === 1 ? 'is' : 'are'} missing in the target${recordsOf(sorted)}.`,
          expected: total,
          actual: targetKeyed.byKey.size,
          ...keysOf(sorted.map((f) => f.path)),
          details: sorted.slice(0, MAX_KEYS_PER_FINDING).map((f) => detail(f, `${f.file.size} bytes, sha256 ${f.file.sha256.slice(0, 12)}…`)),
        });
      }
      if (extra.length > 0) {
        const sorted = extra.sort(byPath);
        findings.push({
          ...base,
          code: 'files.extra',
          message: `${extra.length} of ${countOf(targetKeyed.byKey.size, 'target file')} ${extra.length === 1 ? 'is' : 'are'} not in the source${recordsOf(sorted)}.`,
          ...keysOf(sorted.map((f) => f.path)),
          details: sorted.slice(0, MAX_KEYS_PER_FINDING).map((f) => detail(f)),
        });
      }
      if (changed.length > 0) {
        const sorted = changed.sort((a, b) => byPath(a.before, b.before));
        findings.push({
          ...base,
          code: 'files.changed',
          message: `${changed.length} of ${countOf(total, 'source file')} ${changed.length === 1 ? 'differs' : 'differ'} in the target (size or content)${recordsOf(sorted.map((c) => c.before))}.`,
          ...keysOf(sorted.map((c) => c.before.path)),
          details: sorted.slice(0, MAX_KEYS_PER_FINDING).flatMap(({ before: b, after: a }) => [
            ...(b.file.size !== a.file.size ? [{ key: b.path, column: 'size', expected: b.file.size, actual: a.file.size }] : []),
            { key: b.path, column: 'sha256', expected: b.file.sha256, actual: a.file.sha256, note: `target path ${a.path}${b.record ? `, record ${b.record}` : ''}` },
          ]),
        });
      }
      return findings;
    },
  };
}

function keyed(files: readonly ScannedFile[], pattern: PathPattern | undefined, recordName: string | undefined) {
  const byKey = new Map<string, Keyed>();
  const unmatched: string[] = [];
  for (const file of files) {
    const path = displayPath(file.segments);
    if (!pattern) {
      byKey.set(JSON.stringify(file.segments), { file, path });
      continue;
    }
    const values = pattern.match(file.segments);
    if (!values) {
      unmatched.push(path);
      continue;
    }
    // The placeholders in name order: the same key whatever order each side's layout puts them in.
    const key = JSON.stringify(Object.keys(values).sort().map((name) => values[name]));
    byKey.set(key, { file, path, ...(recordName ? { record: values[recordName]! } : {}) });
  }
  return { byKey, unmatched };
}

function byPath(a: Keyed, b: Keyed): number {
  return compareKeys(a.path, b.path);
}

function keysOf(paths: readonly string[]): Pick<Finding, 'keys' | 'truncated'> {
  return { keys: paths.slice(0, MAX_KEYS_PER_FINDING), ...(paths.length > MAX_KEYS_PER_FINDING ? { truncated: paths.length } : {}) };
}

function detail(file: Keyed, note?: string): FindingDetail {
  return { key: file.path, ...(file.record ? { column: 'record', actual: file.record } : {}), ...(note ? { note } : {}) };
}

/** ", of records A, B and 3 more" when the pattern names the record. */
function recordsOf(files: readonly Keyed[]): string {
  const records = [...new Set(files.flatMap((f) => (f.record === undefined ? [] : [f.record])))].sort(compareKeys);
  if (records.length === 0) return '';
  const shown = records.slice(0, 10).map((r) => JSON.stringify(r));
  return `, of ${countOf(records.length, 'record')}: ${shown.join(', ')}${records.length > shown.length ? ` and ${records.length - shown.length} more` : ''}`;
}
