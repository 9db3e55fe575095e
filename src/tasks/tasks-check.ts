import type { Check } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';
import { formatDuration } from '../util/duration.ts';
import type { TaskResult } from './run-tasks.ts';

const CHECK_ID = 'tasks';

/**
 * The pre-migration tasks as a gate: a task that failed (the chain then did not run) or took
 * longer than its budget is a finding. Findings: `task.failed`, `task.over-budget`.
 */
export function tasksCheck(results: readonly TaskResult[]): Check {
  return {
    id: CHECK_ID,
    kind: 'task',
    description: `Pre-migration tasks on the copy: ${results.map((r) => r.name).join(', ')}.`,
    async run({ note }) {
      note?.({ tasks: results });
      const findings: Finding[] = [];
      for (const result of results) {
        if (result.status === 'error') {
          findings.push({
            check: CHECK_ID,
            code: 'task.failed',
            severity: 'error',
            path: `task ${result.name}`,
            message: `Task ${JSON.stringify(result.name)} failed, so the chain did not run: ${result.error!.message.split('\n')[0]}`,
          });
        } else if (result.status === 'success' && result.budgetMs !== undefined && result.durationMs > result.budgetMs) {
          findings.push({
            check: CHECK_ID,
            code: 'task.over-budget',
            severity: 'error',
            path: `task ${result.name}`,
            message: `Task ${JSON.stringify(result.name)} took ${formatDuration(result.durationMs)}, over its budget of ${formatDuration(result.budgetMs)}.`,
            expected: result.budgetMs,
            actual: result.durationMs,
          });
        }
      }
      return findings;
    },
  };
}
