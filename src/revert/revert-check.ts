import type { ChainResult } from '../chain/chain-result.ts';
import type { MigrationDatabase, Migrator } from '../chain/migrator.ts';
import type { Check } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';
import type { Engine } from '../engines/engine.ts';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { quoteIdent } from '../engines/postgres/postgres-session.ts';
import type { RevertSpec } from '../scenario/stage-schema.ts';
import { firstLine } from '../util/first-line.ts';
import { captureState, type DatabaseState, stateDifferences } from './database-state.ts';

const CHECK_ID = 'revert';

/** The database as a fresh connection sees it, and how to let it go. */
export interface ReopenedDatabase {
  engine: Engine;
  /** How it was reached: `a new connection`, `a new environment started from a snapshot of it`. */
  how: string;
  close(): Promise<void>;
}

export interface RevertRehearsalOptions {
  /** The migrated target's raw session (downs and history rows go through it). */
  session: PostgresSession;
  target: Engine;
  migrators: readonly Migrator[];
  historyTable: string;
  /** The state before the chain (after the tasks): what the revert must restore. */
  baseline: () => DatabaseState | undefined;
  /** `down`: the state before each step, by the step's index in the chain. */
  beforeStep: () => ReadonlyMap<number, DatabaseState>;
  /** The reverted target (`down`) or the restored backup (`backup`), on a fresh connection. */
  reopen: () => Promise<ReopenedDatabase>;
  clock?: () => number;
}

/** One step's down, as the rehearsal ran it. */
export interface RevertStepResult {
  id: string;
  file: string;
  status: 'restored' | 'not-restored' | 'no-down' | 'error' | 'not-executed';
  durationMs: number;
  differences?: string[];
  error?: string;
}

/**
 * The revert rehearsal (source document 003: "be able to revert"), after every other check,
 * as a check. `down` runs the applied steps' down migrators newest first, each in its own
 * transaction with its history row removed, and compares the database after each with the
 * state before that step: the first step whose down does not restore it is named
 * (`revert.step-not-restored`, `revert.no-down`, `revert.down-failed`) and the rest are not run.
 * `backup` starts a fresh environment from the backup taken before the chain. Either way the
 * end result is read on a fresh connection and must equal the state before the chain
 * (`revert.not-restored`): rows (count and content hash of every table) and schema.
 */
export function revertCheck(spec: RevertSpec, chain: () => ChainResult | undefined, options: RevertRehearsalOptions): Check {
  return {
    id: CHECK_ID,
    kind: 'revert',
    description:
      spec.method === 'down'
        ? 'The down migrators undo the chain step by step, back to the state before it, on a fresh connection.'
        : 'The backup taken before the chain restores the state before it, on a fresh connection.',
    async run({ note }) {
      const clock = options.clock ?? (() => performance.now());
      const findings: Finding[] = [];
      const baseline = options.baseline();
      const ran = chain()?.steps.filter((s) => s.status === 'success') ?? [];
      if (!baseline || ran.length === 0) return [];
      const steps: RevertStepResult[] = [];
      if (spec.method === 'down') {
        const states = options.beforeStep();
        const applied = chain()!.steps.map((s, index) => ({ step: s, index })).filter(({ step }) => step.status === 'success');
        let stopped = false;
        for (const { step, index } of applied.reverse()) {
          const result: RevertStepResult = { id: step.id, file: step.file, status: 'not-executed', durationMs: 0 };
          steps.push(result);
          if (stopped) continue;
          const migrator = options.migrators.find((m) => m.to === step.to && m.from === step.from && m.relativeFile === step.file);
          const path = `revert ${step.id}`;
          if (!migrator?.down) {
            result.status = 'no-down';
            findings.push({ check: CHECK_ID, code: 'revert.no-down', severity: 'error', path, message: `Step ${step.from} → ${step.to} (${step.file}) has no down migrator, so the chain cannot be reverted past it.` });
            stopped = true;
            continue;
          }
          const started = clock();
          try {
            await runDown(options.session, migrator, options.historyTable);
          } catch (error) {
            result.status = 'error';
            result.durationMs = clock() - started;
            result.error = firstLine(error);
            findings.push({ check: CHECK_ID, code: 'revert.down-failed', severity: 'error', path, message: `The down of step ${step.from} → ${step.to} (${step.file}) failed: ${firstLine(error)}` });
            stopped = true;
            continue;
          }
          result.durationMs = clock() - started;
          const expected = states.get(index);
          const differences = expected ? stateDifferences(expected, await captureState(options.target, [options.historyTable])) : [];
          if (differences.length > 0) {
            result.status = 'not-restored';
            result.differences = differences;
            findings.push({
              check: CHECK_ID,
              code: 'revert.step-not-restored',
              severity: 'error',
              path,
              message: `The down of step ${step.from} → ${step.to} (${step.file}) does not restore the state before that step: ${differences.join('; ')}.`,
              details: differences.map((d) => ({ note: d })),
            });
            stopped = true;
            continue;
          }
          result.status = 'restored';
        }
        if (stopped) {
          note?.({ method: spec.method, steps });
          return findings;
        }
      }
      const reopened = await options.reopen();
      try {
        const differences = stateDifferences(baseline, await captureState(reopened.engine, [options.historyTable]));
        note?.({ method: spec.method, steps, provedOn: reopened.how, ...(differences.length ? { differences } : {}) });
        if (differences.length > 0) {
          findings.push({
            check: CHECK_ID,
            code: 'revert.not-restored',
            severity: 'error',
            path: 'revert',
            message: `After the revert (${spec.method}), ${reopened.how} does not see the state before the chain: ${differences.join('; ')}.`,
            details: differences.map((d) => ({ note: d })),
          });
        }
      } finally {
        await reopened.close();
      }
      return findings;
    },
  };
}

async function runDown(session: PostgresSession, migrator: Migrator, historyTable: string): Promise<void> {
  const db: MigrationDatabase = { query: session.query.bind(session), exec: session.exec.bind(session) };
  const forget = () =>
    session.query(
      `delete from ${quoteIdent(historyTable)} where installed_rank = (select max(installed_rank) from ${quoteIdent(historyTable)} where version = $1 and success)`,
      [migrator.to],
    );
  if (!migrator.transaction) {
    await migrator.down!(db);
    await forget();
    return;
  }
  await session.exec('BEGIN');
  try {
    await migrator.down!(db);
    await forget();
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
