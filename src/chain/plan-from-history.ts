import type { ChainRefusal, ChainResult, StepResult } from './chain-result.ts';
import type { Migrator } from './migrator.ts';
import { planChain } from './plan-chain.ts';
import { currentVersion, type NewSchemaHistoryEntry, type SchemaHistoryEntry } from './schema-history.ts';
import { validateHistory } from './validate-history.ts';

/** What the chain runners need of a migrator besides running it: its identity and file. */
export type MigratorRecord = Pick<Migrator, 'from' | 'to' | 'description' | 'relativeFile' | 'kind' | 'checksum' | 'transaction'>;

/**
 * The start of every chain run, whatever the engine: the stored version from the history,
 * the history checked against the loaded migrators, and the plan to the target, as a
 * `ChainResult` with every planned step `not-executed`. `where` names the history (table or
 * collection) in the refusal when there is no stored version.
 */
export function planFromHistory<M extends MigratorRecord>(
  history: readonly SchemaHistoryEntry[],
  migrators: readonly M[],
  options: { targetVersion: string; mandatory: readonly string[]; where: string },
): { plan: M[]; result: ChainResult } {
  const fromVersion = currentVersion(history);
  const { refusal, warnings } = validateHistory(history, migrators);
  let plan: M[] = [];
  if (fromVersion === undefined) {
    refusal.unshift(noStoredVersion(options.where, history.length));
  } else {
    const planned = planChain(migrators, { from: fromVersion, to: options.targetVersion, mandatory: options.mandatory });
    if (planned.ok) plan = planned.steps;
    else refusal.push(...planned.refusal);
  }
  const result: ChainResult = {
    fromVersion,
    targetVersion: options.targetVersion,
    reachedVersion: fromVersion,
    steps: plan.map(notExecuted),
    refusal,
    ...(warnings.length > 0 ? { warnings } : {}),
    durationMs: 0,
  };
  return { plan, result };
}

/** A planned step's record before it runs. */
export function notExecuted(migrator: MigratorRecord): StepResult {
  return {
    id: migrator.to,
    from: migrator.from,
    to: migrator.to,
    description: migrator.description,
    file: migrator.relativeFile,
    kind: migrator.kind,
    checksum: migrator.checksum,
    transaction: migrator.transaction,
    status: 'not-executed',
    durationMs: 0,
  };
}

/** The history entry of a migrator that ran (or failed part-way, `success: false`). */
export function historyEntry(migrator: MigratorRecord, executionMs: number, success: boolean): NewSchemaHistoryEntry {
  return {
    version: migrator.to,
    fromVersion: migrator.from,
    description: migrator.description,
    kind: migrator.kind,
    script: migrator.relativeFile,
    checksum: migrator.checksum,
    executionMs,
    success,
  };
}

function noStoredVersion(where: string, entries: number): ChainRefusal {
  return {
    code: 'chain.no-stored-version',
    message:
      `The target has no stored version: ${JSON.stringify(where)} ${entries === 0 ? 'does not exist or is empty' : 'holds no successful entry'}, ` +
      'so the chain does not know where to start. Stamp the source app version first (stampBaseline, or the baselineVersion option of runChain), ' +
      'or restore a dump that carries its history.',
    files: [],
  };
}
