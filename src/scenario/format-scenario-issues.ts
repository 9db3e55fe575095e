import path from 'node:path';
import type { ScenarioIssue } from './scenario-issue.ts';

export interface FormatOptions {
  /** Files are shown relative to this directory; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Renders issues as a compiler would: one block per issue, in file order, each headed by
 * `file:line:column  field.path`, then the message and the hint.
 *
 * @example
 * formatScenarioIssues(error.issues);
 * // scenarios/workflow-app.yaml:14:5  source.provdier
 * //   unknown key "provdier" (did you mean "provider"?)
 * //   allowed here: version, provider, schema
 */
export function formatScenarioIssues(issues: readonly ScenarioIssue[], options: FormatOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  return sortScenarioIssues(issues)
    .map((issue) => {
      const where = [displayFile(issue.file, cwd), issue.line, issue.column].filter((part) => part !== undefined).join(':');
      const lines = [issue.path === '' ? where : `${where}  ${issue.path}`, `  ${issue.message}`];
      if (issue.excerpt !== undefined) lines.push(...issue.excerpt.split('\n').map((line) => `  ${line}`));
      if (issue.hint !== undefined) lines.push(...issue.hint.split('\n').map((line) => `  ${line}`));
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Issues by file, then line and column; issues without a place keep their order, first. */
export function sortScenarioIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        a.issue.file.localeCompare(b.issue.file) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

/** A file relative to `cwd` when it lies inside it, else absolute. */
export function displayFile(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
