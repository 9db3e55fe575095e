import type { Db } from 'mongodb';
import type { ChainResult } from '../chain/chain-result.ts';
import { historyEntry, notExecuted, planFromHistory } from '../chain/plan-from-history.ts';
import { firstLine } from '../util/first-line.ts';
import { acquireMigrationLock, type MigrationLockOptions } from './migration-lock.ts';
import { appendMongoHistory, baselineEntry, DEFAULT_HISTORY_COLLECTION, readMongoHistory } from './mongo-history.ts';
import type { MongoMigrator } from './mongo-migrator.ts';

export interface RunMongoChainOptions {
  targetVersion: string;
  mandatory: readonly string[];
  /** Default `pilot_schema_history`. */
  historyCollection?: string;
  /** Stamped when the database has no history (a restored dump of an app at this version). */
  baselineVersion?: string;
  /** The lock every run takes first; `holder` names this pilot to a second one. */
  lock: MigrationLockOptions;
  /** Monotonic milliseconds, for durations. */
  clock?: () => number;
  now?: () => Date;
}

/**
 * Runs Mongo migrators from the database's stored version to the target, with the same
 * planner (semver from/to, mandatory versions), history validation (edited or unknown
 * applied migrators) and result shape as the PostgreSQL chain. It never throws an
 * outcome, except when the lock is held by another pilot: that `HarnessError` names the
 * holder before anything is read or written.
 *
 * No step is atomic: MongoDB cannot put index and collection changes in a transaction
 * (and multi-document transactions need a replica set), so a failing step's message ends
 * with what it leaves behind (the migrator's `onFailure`), the history records the failure,
 * and the next run refuses the chain (`chain.failed-applied`) until the database is repaired.
 *
 * @example
 * const result = await runMongoChain(db, await loadMongoMigrators(['migrations'], dir), {
 *   targetVersion: '3.0.0', mandatory: ['2.0.0'], baselineVersion: '1.0.0', lock: { holder: 'pilot ci-42' },
 * });
 */
export async function runMongoChain(db: Db, migrators: readonly MongoMigrator[], options: RunMongoChainOptions): Promise<ChainResult> {
  const clock = options.clock ?? (() => performance.now());
  const now = options.now ?? (() => new Date());
  const started = clock();
  const collection = options.historyCollection ?? DEFAULT_HISTORY_COLLECTION;
  await using _lock = await acquireMigrationLock(db, { now, ...options.lock });

  let history = await readMongoHistory(db, collection);
  if (history.length === 0 && options.baselineVersion !== undefined) {
    await appendMongoHistory(db, collection, baselineEntry(options.baselineVersion), now());
    history = await readMongoHistory(db, collection);
  }
  const { plan, result } = planFromHistory(history, migrators, { targetVersion: options.targetVersion, mandatory: options.mandatory, where: collection });
  if (result.refusal.length === 0) {
    for (const [index, migrator] of plan.entries()) {
      const stepStarted = clock();
      try {
        await migrator.up(db);
      } catch (error) {
        const executionMs = clock() - stepStarted;
        const recorded = await appendMongoHistory(db, collection, historyEntry(migrator, executionMs, false), now()).then(
          (rank) => `The history records the failure (rank ${rank}); the next run refuses the chain until the database is repaired.`,
          (historyError: unknown) => `Recording the failure in the history failed too: ${firstLine(historyError)}`,
        );
        result.steps[index] = {
          ...notExecuted(migrator),
          status: 'error',
          durationMs: executionMs,
          error: { code: 'MIGRATOR_THREW', message: [error instanceof Error ? error.message : String(error), `Left behind: ${migrator.onFailure}`, recorded].join('\n') },
        };
        break;
      }
      const executionMs = clock() - stepStarted;
      try {
        await appendMongoHistory(db, collection, historyEntry(migrator, executionMs, true), now());
      } catch (error) {
        result.steps[index] = {
          ...notExecuted(migrator),
          status: 'error',
          durationMs: executionMs,
          error: { code: 'HISTORY_WRITE', message: `The migrator ran to the end, but recording it in ${JSON.stringify(collection)} failed: ${firstLine(error)}` },
        };
        break;
      }
      result.steps[index] = { ...notExecuted(migrator), status: 'success', durationMs: executionMs };
      result.reachedVersion = migrator.to;
    }
  }
  result.durationMs = clock() - started;
  return result;
}
