import type { HarnessError } from '../errors/harness-error.ts';
import type { RunContent } from '../ledger/run-content.ts';
import type { EnvironmentReport, PhaseResult, PilotReport, TransferReport } from '../report/pilot-report.ts';
import { decideVerdict } from '../run/verdict.ts';
import { packageVersion } from '../util/package-version.ts';
import type { MongoScenario } from './mongo-scenario.ts';
import type { MongoPilotReport } from './run-mongo-pilot.ts';
import type { TransferReport as MongoTransfer } from './transfer-databases.ts';

export interface MongoRunContext {
  scenario: MongoScenario;
  /** As given on the command line. */
  file: string;
  stage: string | undefined;
  startedAt: Date;
  finishedAt: Date;
  environments: EnvironmentReport[];
  content: RunContent | undefined;
  /** Phases run before (`start-source`, `start-target`) and after (`teardown`) the pilot itself. */
  phasesBefore: PhaseResult[];
  phasesAfter: PhaseResult[];
  /** Set when the servers could not be chosen or started, so the pilot never ran. */
  setupError?: HarnessError;
}

/**
 * A Mongo run as the one report shape every run has (`PilotReport`), so report.json,
 * report.md, junit.xml and the ledger read the same as for PostgreSQL: one chain per app
 * database under `chains`, documents per `database.collection` under `transfer.tables`.
 */
export function toPilotReport(run: MongoPilotReport | undefined, context: MongoRunContext): PilotReport {
  const { scenario } = context;
  const setup = context.setupError ? decideVerdict({ error: context.setupError, chain: undefined, checks: [] }) : undefined;
  const error = context.setupError ? { code: context.setupError.code, message: context.setupError.message, ...(context.setupError.hint ? { hint: context.setupError.hint } : {}) } : run?.error;
  return {
    reportVersion: 1,
    tool: { name: 'migration-pilot', version: packageVersion('migration-pilot') },
    scenario: {
      name: scenario.name,
      file: context.file,
      stage: context.stage,
      mode: 'copy',
      sourceVersion: scenario.source.version,
      targetVersion: scenario.target.version,
    },
    verdict: setup?.verdict ?? run?.verdict ?? 'hold',
    exitCode: setup?.exitCode ?? run?.exitCode ?? 2,
    reasons: setup?.reasons ?? run?.reasons ?? [],
    startedAt: context.startedAt.toISOString(),
    finishedAt: context.finishedAt.toISOString(),
    durationMs: context.finishedAt.getTime() - context.startedAt.getTime(),
    environments: context.environments,
    data: run?.data,
    transfer: run?.transfer && transferReport(run.transfer, scenario),
    chain: undefined,
    chains: run?.chains ?? {},
    checks: run?.checks ?? [],
    phases: [...context.phasesBefore, ...(run?.phases ?? []), ...context.phasesAfter],
    error,
    ...(context.content ? { content: context.content } : {}),
  };
}

function transferReport(transfer: MongoTransfer, scenario: MongoScenario): TransferReport {
  const asked = scenario.transfer.method ? `${transfer.method}, as the scenario asks` : `${transfer.method}, the default (no external tools needed)`;
  const reset = scenario.transfer.resetPasswords;
  const passwords = reset && transfer.passwordsReset !== undefined ? `; ${transfer.passwordsReset} passwords reset on import in ${reset.database}.${reset.collection}` : '';
  return {
    method: transfer.method === 'driver' ? 'mongo-driver' : 'mongodump',
    reason: `${asked}${passwords}`,
    durationMs: transfer.durationMs,
    tables: transfer.databases.flatMap((database) => database.collections.map((c) => ({ table: `${database.to}.${c.name}`, rows: c.documents }))),
  };
}
