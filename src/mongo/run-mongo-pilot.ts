import { hostname } from 'node:os';
import type { Db, MongoClient } from 'mongodb';
import type { ChainResult } from '../chain/chain-result.ts';
import type { Check, CheckResult } from '../checks/check.ts';
import { runChecks } from '../checks/run-checks.ts';
import { sourceUnchanged } from '../checks/source-unchanged.ts';
import { mongoEngine } from '../engines/mongo/mongo-engine.ts';
import { type HarnessError, toHarnessError } from '../errors/harness-error.ts';
import type { DataReport, ExitCode, PhaseResult, Verdict } from '../report/pilot-report.ts';
import { phaseRecorder } from '../run/phase-recorder.ts';
import { decideVerdict } from '../run/verdict.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { createRedactor } from '../util/redact.ts';
import { documentParity, type DocumentParityRule } from './document-parity.ts';
import { loadMongoMigrators } from './load-mongo-migrators.ts';
import type { MongoScenario } from './mongo-scenario.ts';
import { runMongoChain } from './run-mongo-chain.ts';
import { seedMongoSource } from './seed-mongo-source.ts';
import { transferDatabases, type TransferReport } from './transfer-databases.ts';

export interface MongoPilotOptions {
  /** The old server and the new one (two servers, or one server with `prefix`es keeping them apart). */
  source: { client: MongoClient; url?: string; prefix?: string };
  target: { client: MongoClient; url?: string; prefix?: string };
  /** Folder the scenario's migrator paths are relative to. */
  dir: string;
  /**
   * Seed the old server first (default `true`). `false` for an external source: its
   * databases are used as they are, never written, and proven unchanged by the checks.
   */
  seedSource?: boolean;
  /** Names this pilot to another one that finds the lock taken. */
  holder?: string;
  clock?: Clock;
  log?: (line: string) => void;
}

export interface MongoPilotReport {
  scenario: string;
  verdict: Verdict;
  exitCode: ExitCode;
  reasons: string[];
  phases: PhaseResult[];
  transfer: TransferReport | undefined;
  /** What was seeded into the old server; `undefined` when it was used as it is. */
  data: DataReport | undefined;
  /** The chain of each app database, by environment name. */
  chains: Record<string, ChainResult>;
  checks: CheckResult[];
  error: { code: string; message: string; hint?: string } | undefined;
}

/**
 * Rehearses a Mongo scenario end to end: seed the old server (global database and every
 * environment's app database, in the source version's shape), move them to the new server
 * (dump/restore, passwords reset when asked), run the chain on each app database there,
 * then check the old server is unchanged and every rule's document parity. Never throws
 * an outcome: the report carries the verdict, with the same phases, verdict rules and check
 * results as a PostgreSQL pilot.
 *
 * Copy mode only: the old server's databases are the "before" side of every comparison,
 * as the move in source document 002 leaves the old server intact.
 */
export async function runMongoPilot(scenario: MongoScenario, options: MongoPilotOptions): Promise<MongoPilotReport> {
  const clock = options.clock ?? systemClock;
  // The reset password is a secret: never in a log line or the report.
  const redactor = createRedactor(scenario.transfer.resetPasswords ? [scenario.transfer.resetPasswords.value] : []);
  const log = (line: string) => options.log?.(redactor.redact(line));
  const phases = phaseRecorder(clock);
  const sourceName = (database: string) => `${options.source.prefix ?? ''}${database}`;
  const targetName = (database: string) => `${options.target.prefix ?? ''}${database}`;
  const databases = [scenario.globalDatabase, ...scenario.environments.map((env) => env.database)];
  const chains: Record<string, ChainResult> = {};
  const checks: CheckResult[] = [];
  let transfer: TransferReport | undefined;
  let data: DataReport | undefined;
  let error: HarnessError | undefined;

  try {
    const migrators = await phases.run('load', () => loadMongoMigrators(scenario.chain.migrators, options.dir));
    if (options.seedSource === false) phases.skip('seed', 'an external source is used as it is');
    else {
      data = await phases.run(
        'seed',
        () => seedMongoSource(scenario, options.source.client, { ...(options.source.prefix ? { prefix: options.source.prefix } : {}), clock }),
        (seeded) => `${seeded.rows} documents in ${seeded.tables.length} collections`,
      );
    }
    const before = Object.fromEntries(
      await Promise.all(databases.map(async (database) => [database, await (await mongoEngine({ client: options.source.client, db: options.source.client.db(sourceName(database)) })).fingerprintAll()] as const)),
    );
    transfer = await phases.run(
      'copy',
      () =>
        transferDatabases(options.source.client, options.target.client, {
          databases: databases.map(sourceName),
          rename: Object.fromEntries(databases.map((database) => [sourceName(database), targetName(database)])),
          ...scenario.transfer,
          ...(scenario.transfer.resetPasswords
            ? { resetPasswords: { ...scenario.transfer.resetPasswords, database: targetName(scenario.transfer.resetPasswords.database) } }
            : {}),
          ...(options.source.url ? { sourceUrl: options.source.url } : {}),
          ...(options.target.url ? { targetUrl: options.target.url } : {}),
        }),
      (report) => `${report.method}: ${report.databases.length} databases${report.passwordsReset !== undefined ? `, ${report.passwordsReset} passwords reset` : ''}`,
    );
    await phases.run('chain', async () => {
      for (const env of scenario.environments) {
        const chain = await runMongoChain(options.target.client.db(targetName(env.database)), migrators, {
          targetVersion: scenario.target.version,
          mandatory: scenario.chain.mandatory,
          baselineVersion: scenario.source.version,
          ...(scenario.chain.historyCollection ? { historyCollection: scenario.chain.historyCollection } : {}),
          lock: { holder: options.holder ?? `migration-pilot on ${hostname()} pid ${process.pid} (${scenario.name})` },
          clock: () => clock.now(),
          now: () => clock.date(),
        });
        chains[env.name] = chain;
        log(`${env.name} (${env.database}): ${chain.fromVersion ?? '?'} → ${chain.reachedVersion ?? '?'}`);
      }
    });
    const historyCollection = scenario.chain.historyCollection ?? 'pilot_schema_history';
    await phases.run('checks', async () => {
      const groups = [
        { label: scenario.globalDatabase, database: scenario.globalDatabase, rules: scenario.checks.global },
        ...scenario.environments.map((env) => ({ label: env.name, database: env.database, rules: scenario.checks.app })),
      ];
      for (const group of groups) {
        const source = await mongoEngine({ client: options.source.client, db: options.source.client.db(sourceName(group.database)) });
        const target = await mongoEngine({ client: options.target.client, db: options.target.client.db(targetName(group.database)) });
        const planned: Check[] = [sourceUnchanged(), ...group.rules.map((rule) => parityCheck(group.label, rule, source.session.db, target.session.db))];
        const chain = chains[group.label] ?? { fromVersion: undefined, targetVersion: scenario.target.version, reachedVersion: undefined, steps: [], refusal: [], durationMs: 0 };
        const results = await runChecks(planned, { source, target, run: { chain, harnessTables: [historyCollection], sourceFingerprint: before[group.database]! } }, { now: () => clock.now() });
        checks.push(...results.map((result) => (result.kind === 'source-unchanged' ? { ...result, id: `source-unchanged:${group.label}` } : result)));
      }
    });
  } catch (caught) {
    error = toHarnessError(caught, 'INTERNAL', 'Unexpected failure');
  }

  const verdicts = [decideVerdict({ error, chain: undefined, checks }), ...Object.entries(chains).map(([env, chain]) => labelled(env, decideVerdict({ error: undefined, chain, checks: [] })))];
  const exitCode = verdicts.map((v) => v.exitCode).reduce((worst, code) => (RANK[code] > RANK[worst] ? code : worst), 0 as ExitCode);
  return redactor.redactValue({
    scenario: scenario.name,
    verdict: exitCode === 0 ? 'promote' : 'hold',
    exitCode,
    reasons: verdicts.flatMap((v) => v.reasons),
    phases: phases.phases,
    transfer,
    data,
    chains,
    checks,
    error: error && { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
  });
}

const RANK: Record<ExitCode, number> = { 0: 0, 1: 1, 2: 2, 64: 3 };

function labelled(env: string, verdict: ReturnType<typeof decideVerdict>) {
  return { ...verdict, reasons: verdict.reasons.map((reason) => `${env}: ${reason}`) };
}

/** A document parity rule as a check, over one database pair. */
function parityCheck(label: string, rule: DocumentParityRule, source: Db, target: Db): Check {
  const name = rule.name ?? (rule.target && rule.target !== rule.collection ? `${rule.collection} → ${rule.target}` : rule.collection);
  const id = `parity:${label}/${name}`;
  return {
    id,
    kind: 'parity',
    description: `Documents of ${name} in ${label} match by key after migration`,
    run: () => documentParity(source, target, { ...rule, name }, { checkId: id }),
  };
}
