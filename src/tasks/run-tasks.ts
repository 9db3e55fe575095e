import { readFile } from 'node:fs/promises';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { TaskSpec } from '../scenario/stage-schema.ts';
import { firstLine } from '../util/first-line.ts';

/** One pre-migration task's outcome: timed like a chain step, never thrown. */
export interface TaskResult {
  name: string;
  /** The SQL file, when the task names one (as written in the scenario). */
  file?: string;
  status: 'success' | 'error' | 'not-executed';
  durationMs: number;
  /** The task's budget, when it has one. */
  budgetMs?: number;
  /** Rows each table holds after the task minus before it, for the tables it changed. */
  rowsChanged?: Record<string, number>;
  error?: { code: string; message: string; sqlState?: string };
}

export interface RunTasksOptions {
  /** Makes a task's `file` absolute (relative to the scenario file). */
  resolve: (file: string) => string;
  /** Where the tasks are in the scenario (`['tasks']` or `['stages', 'pre-prod', 'tasks']`). */
  path?: readonly (string | number)[];
  /** Row counts of the user tables, to report what each task removed or added. */
  countRows?: () => Promise<Record<string, number>>;
  clock?: () => number;
}

/**
 * Runs the pre-migration tasks (source document 003: "run the token and session cleanup
 * scripts before starting the migration") in order, on the session given, which the
 * runner makes the copy's: never the source's. Each task runs in its own transaction unless
 * it says `transaction: false`, and is timed. After a failing task the rest are
 * `not-executed`, and the chain must not run.
 *
 * @example
 * const results = await runTasks(target.engine.session, spec.tasks, { resolve: loaded.resolve });
 *
 * @throws HarnessError `CONFIG_NOT_FOUND` when a task's file cannot be read (before any task runs).
 */
export async function runTasks(session: PostgresSession, tasks: readonly TaskSpec[], options: RunTasksOptions): Promise<TaskResult[]> {
  const clock = options.clock ?? (() => performance.now());
  const path = options.path ?? ['tasks'];
  const scripts = await Promise.all(
    tasks.map(async (task, index) => {
      if (task.sql !== undefined) return task.sql;
      const absolute = options.resolve(task.file!);
      try {
        return await readFile(absolute, 'utf8');
      } catch (cause) {
        throw new HarnessError('CONFIG_NOT_FOUND', `The file of task ${JSON.stringify(task.name)} could not be read (looked at ${absolute}).`, {
          file: absolute,
          path: [...path, index, 'file'],
          cause,
          hint: 'Task files are relative to the scenario file.',
        });
      }
    }),
  );
  const results: TaskResult[] = tasks.map((task) => ({
    name: task.name,
    ...(task.file !== undefined ? { file: task.file } : {}),
    status: 'not-executed',
    durationMs: 0,
    ...(task.budget !== undefined ? { budgetMs: task.budget } : {}),
  }));
  for (const [index, task] of tasks.entries()) {
    let before: Record<string, number> | undefined;
    let after: Record<string, number> | undefined;
    let durationMs = 0;
    const started = clock();
    try {
      before = options.countRows ? await options.countRows() : undefined;
      if (task.transaction) {
        await session.exec('BEGIN');
        try {
          await session.exec(scripts[index]!);
          await session.exec('COMMIT');
        } catch (error) {
          await session.exec('ROLLBACK').catch(() => undefined);
          throw error;
        }
      } else {
        await session.exec(scripts[index]!);
      }
      durationMs = clock() - started;
      after = options.countRows ? await options.countRows() : undefined;
    } catch (error) {
      const sqlState = (error as { sqlState?: string }).sqlState;
      results[index] = {
        ...results[index]!,
        status: 'error',
        durationMs: clock() - started,
        error: {
          code: 'TASK_FAILED',
          message: `${error instanceof Error ? error.message : String(error)}\n${task.transaction ? 'The task ran in a transaction and was rolled back.' : 'The task ran outside a transaction: what it did before the error stays on the copy.'}`,
          ...(sqlState ? { sqlState } : {}),
        },
      };
      break;
    }
    const rowsChanged = before && after ? changedCounts(before, after) : undefined;
    results[index] = { ...results[index]!, status: 'success', durationMs, ...(rowsChanged && Object.keys(rowsChanged).length > 0 ? { rowsChanged } : {}) };
  }
  return results;
}

function changedCounts(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[table] ?? 0) - (before[table] ?? 0);
    if (delta !== 0) changed[table] = delta;
  }
  return changed;
}

/** The first line of why a task failed, for verdict reasons. */
export function taskFailure(result: TaskResult): string {
  return firstLine(result.error?.message ?? 'failed');
}
