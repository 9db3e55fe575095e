import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConfigMigrator } from '../chain/config-migrator.ts';
import { configCheck } from '../chain/config-check.ts';
import { loadConfigMigrators } from '../chain/load-config-migrators.ts';
import type { Migrator } from '../chain/migrator.ts';
import { type ConfigChainResult, runConfigChain } from '../chain/run-config-chain.ts';
import type { ChainResult } from '../chain/chain-result.ts';
import type { Check } from '../checks/check.ts';
import { connectPostgres } from '../engines/postgres/connect-postgres.ts';
import { postgresEngine } from '../engines/postgres/postgres-engine.ts';
import type { Snapshot, StartedEnvironment } from '../environment/environment-provider.ts';
import { testcontainersDocker } from '../environment/testcontainers/docker-api.ts';
import { functionalCheck } from '../functional/functional-check.ts';
import { healthCheck } from '../health/health-check.ts';
import type { HealthReport } from '../health/health-report.ts';
import type { DockerStatsApi } from '../health/resource-probe.ts';
import { type HealthWatch, watchHealth } from '../health/watch-health.ts';
import { type RunContent, runContent } from '../ledger/run-content.ts';
import { captureState, type DatabaseState } from '../revert/database-state.ts';
import { type ReopenedDatabase, revertCheck } from '../revert/revert-check.ts';
import type { PhaseRecorder } from '../run/phase-recorder.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { runTasks, type TaskResult } from '../tasks/run-tasks.ts';
import { tasksCheck } from '../tasks/tasks-check.ts';
import type { Redactor } from '../util/redact.ts';
import { stageFieldPath } from './stage-field-path.ts';

/** What the ladder adds to a run's load phase: the config migrators and the run's content hashes. */
export interface LadderLoad {
  configMigrators: ConfigMigrator[];
  content: RunContent;
  /** Where the effective dump is written in the scenario, for errors. */
  dumpPath: (string | number)[];
}

/** Loads the config migrators (if any) and hashes what the run stands on, before anything starts. */
export async function loadLadder(loaded: LoadedScenario, spec: ScenarioSpec, stage: string | undefined, migrators: readonly Migrator[]): Promise<LadderLoad> {
  const configMigrators = spec.config ? await loadConfigMigrators(spec.config.migrators, loaded.dir) : [];
  return {
    configMigrators,
    content: await runContent(loaded, spec, migrators, configMigrators),
    dumpPath: stageFieldPath(loaded.spec, stage, 'dump'),
  };
}

export interface LadderRehearsalOptions {
  loaded: LoadedScenario;
  spec: ScenarioSpec;
  stage: string | undefined;
  load: LadderLoad;
  /** The environment the chain migrates: the copy (copy mode), never the untouched source. */
  migrated: StartedEnvironment;
  migrators: readonly Migrator[];
  historyTable: string;
  phases: PhaseRecorder;
  log: (line: string) => void;
  redactor: Redactor;
  /** Starts a fresh environment of the migrated one's provider from a snapshot (revert rehearsal). */
  startFromSnapshot: (snapshot: Snapshot) => Promise<StartedEnvironment>;
}

/** The ladder's part of a run around the chain; see `rehearseAroundChain`. */
export interface LadderRehearsal {
  /** Why the chain must not run (a config migrator or a task failed), else `undefined`. */
  blocked: string | undefined;
  /** For `runChain`'s `beforeStep`: the state before each step, for the revert rehearsal. */
  beforeStep: ((migrator: Migrator, index: number) => Promise<void>) | undefined;
  /** Call when the chain is done: stops the health watch. */
  afterChain(): Promise<void>;
  /** The checks the ladder adds: config and tasks always, functional tests, health and revert after a chain that ran. */
  checks(chain: () => ChainResult | undefined, completed: boolean): Check[];
  config: ConfigChainResult | undefined;
  tasks: TaskResult[] | undefined;
  /** Removes the migrated config copies and anything else the rehearsal started. */
  dispose(): Promise<void>;
}

/**
 * What the stage ladder does around the chain, in the order source documents 003 and 004
 * give: migrate the config files first (a copy of them), then run the pre-migration tasks on
 * the copy of the data, then prepare the revert rehearsal (the state before the chain, and a
 * backup when it restores one) and start watching the database's health; after the chain,
 * the user's functional tests, the health thresholds and the revert rehearsal run as checks.
 */
export async function rehearseAroundChain(options: LadderRehearsalOptions): Promise<LadderRehearsal> {
  const { spec, migrated, phases, log, historyTable } = options;
  const cleanup: (() => Promise<void>)[] = [];
  let blocked: string | undefined;
  let config: ConfigChainResult | undefined;
  let tasks: TaskResult[] | undefined;
  let configDir: string | undefined;
  const url = migrated.connection?.url;
  if (url) registerPassword(url, options.redactor);

  let baseline: DatabaseState | undefined;
  const stepStates = new Map<number, DatabaseState>();
  let backup: Snapshot | undefined;
  let watch: HealthWatch | undefined;
  let health: HealthReport | undefined;
  try {
    if (spec.config) {
      const dir = await mkdtemp(path.join(tmpdir(), 'pilot-config-'));
      configDir = dir;
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      config = await phases.run(
        'config',
        () =>
          runConfigChain(options.load.configMigrators, {
            files: spec.config!.files.map((file) => options.loaded.resolve(file)),
            dir,
            from: spec.source.version,
            to: spec.target.version,
            mandatory: spec.chain.mandatory,
          }),
        (result) => `${result.fromVersion} → ${result.reachedVersion}`,
      );
      for (const step of config.steps) log(`${{ success: '✓', error: '✗', 'not-executed': '·' }[step.status]} config ${step.from} → ${step.to}  ${step.target}: ${step.description}`);
      for (const refusal of config.refusal) log(`✗ config chain refused: ${refusal}`);
      if (config.refusal.length > 0 || config.steps.some((s) => s.status === 'error')) blocked = 'the config files did not migrate';
    }

    if (spec.tasks.length > 0) {
      if (blocked) phases.skip('tasks', `not run: ${blocked}`);
      else {
        tasks = await phases.run('tasks', () =>
          runTasks(migrated.engine.session, spec.tasks, {
            resolve: options.loaded.resolve,
            path: stageFieldPath(options.loaded.spec, options.stage, 'tasks'),
            countRows: () => countRows(migrated, historyTable),
          }),
        );
        for (const task of tasks) {
          const changed = Object.entries(task.rowsChanged ?? {}).map(([table, delta]) => `${table} ${delta > 0 ? '+' : ''}${delta.toLocaleString('en-US')}`);
          log(`${task.status === 'success' ? '✓' : task.status === 'error' ? '✗' : '·'} task ${task.name}${changed.length ? `  (${changed.join(', ')})` : ''}`);
          if (task.error) log(`    ${task.error.message.split('\n').join('\n    ')}`);
        }
        if (tasks.some((t) => t.status === 'error')) blocked = 'a pre-migration task failed';
      }
    }

    if (spec.revert && !blocked) {
      baseline = await captureState(migrated.engine, [historyTable]);
      if (spec.revert.method === 'backup') backup = await migrated.snapshot();
    }

    if (spec.health && !blocked) watch = await watchHealth(migrated, spec.health, testcontainersDocker as unknown as () => Promise<DockerStatsApi>);
  } catch (error) {
    // The caller gets no rehearsal to dispose of: remove the config copies here.
    await watch?.stop().catch(() => undefined);
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    throw error;
  }

  const reopen = async (): Promise<ReopenedDatabase> => {
    if (spec.revert!.method === 'backup') {
      const env = await options.startFromSnapshot(backup!);
      return { engine: env.engine, how: 'a new environment started from the backup taken before the chain', close: async () => void (await env.stop()) };
    }
    if (url) {
      const session = await connectPostgres({ url, applicationName: 'migration-pilot revert check' });
      return { engine: await postgresEngine(session), how: 'a new connection to the reverted target', close: () => session.close() };
    }
    // An embedded database takes one connection: a new environment from a snapshot of it sees what was committed.
    const env = await options.startFromSnapshot(await migrated.snapshot());
    return { engine: env.engine, how: 'a new environment started from a snapshot of the reverted target', close: async () => void (await env.stop()) };
  };

  return {
    blocked,
    beforeStep:
      spec.revert?.method === 'down' && !blocked
        ? async (_migrator, index) => void stepStates.set(index, await captureState(migrated.engine, [historyTable]))
        : undefined,
    async afterChain() {
      health = await watch?.stop();
    },
    checks(chain, completed) {
      const checks: Check[] = [];
      if (config) checks.push(configCheck(() => config));
      if (tasks) checks.push(tasksCheck(tasks));
      if (!completed) return checks;
      const env: Record<string, string> = {
        PILOT_SCENARIO: spec.name,
        ...(options.stage ? { PILOT_STAGE: options.stage } : {}),
        PILOT_SOURCE_VERSION: spec.source.version,
        PILOT_TARGET_VERSION: spec.target.version,
        ...(configDir ? { PILOT_CONFIG_DIR: configDir } : {}),
      };
      const functionalPath = stageFieldPath(options.loaded.spec, options.stage, 'functional');
      const own = options.loaded.spec.functional.length;
      spec.functional.forEach((test, index) =>
        checks.push(
          functionalCheck(test, {
            target: { session: migrated.engine.session, url },
            resolve: options.loaded.resolve,
            dir: options.loaded.dir,
            // The scenario's own tests come first, then the stage's.
            path: index < own ? ['functional', index] : [...functionalPath, index - own],
            env,
            redactor: options.redactor,
          }),
        ),
      );
      if (spec.health) checks.push(healthCheck(spec.health, () => health));
      if (spec.revert) {
        checks.push(
          revertCheck(spec.revert, chain, {
            session: migrated.engine.session,
            target: migrated.engine,
            migrators: options.migrators,
            historyTable,
            baseline: () => baseline,
            beforeStep: () => stepStates,
            reopen,
          }),
        );
      }
      return checks;
    },
    config,
    tasks,
    async dispose() {
      await watch?.stop().catch(() => undefined);
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
    },
  };
}

async function countRows(env: StartedEnvironment, historyTable: string): Promise<Record<string, number>> {
  const { tables } = await env.engine.introspect();
  const counts: Record<string, number> = {};
  for (const table of tables) if (table.name !== historyTable) counts[table.name] = await env.engine.count(table.name);
  return counts;
}

function registerPassword(url: string, redactor: Redactor): void {
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) redactor.addSecret(password);
  } catch {
    // Not a WHATWG URL: the redactor's patterns still apply.
  }
}
