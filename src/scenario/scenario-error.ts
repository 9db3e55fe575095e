import { HarnessError } from '../errors/harness-error.ts';
import { displayFile, formatScenarioIssues, sortScenarioIssues } from './format-scenario-issues.ts';
import type { ScenarioIssue } from './scenario-issue.ts';

/**
 * A scenario file that cannot be used as written. Carries every problem found, sorted by
 * position; `message` already holds them rendered by `formatScenarioIssues`.
 *
 * @example
 * try {
 *   await loadScenario('scenarios/workflow-app.yaml');
 * } catch (error) {
 *   if (error instanceof ScenarioError) console.error(error.message); // file:line:col per issue
 * }
 */
export class ScenarioError extends HarnessError {
  readonly issues: readonly ScenarioIssue[];

  constructor(file: string, issues: readonly ScenarioIssue[], options: { hint?: string; cause?: unknown; cwd?: string } = {}) {
    const sorted = sortScenarioIssues(issues);
    const count = sorted.length === 1 ? 'a problem' : `${sorted.length} problems`;
    super(
      'CONFIG_INVALID',
      `Scenario ${displayFile(file, options.cwd)} has ${count}:\n\n${formatScenarioIssues(sorted, { cwd: options.cwd })}`,
      {
        file,
        ...(sorted.length === 1 ? { path: sorted[0]!.segments } : {}),
        ...(options.hint === undefined ? {} : { hint: options.hint }),
        ...(options.cause === undefined ? {} : { cause: options.cause }),
      },
    );
    this.issues = sorted;
  }
}

export function isScenarioError(error: unknown): error is ScenarioError {
  return error instanceof ScenarioError;
}
