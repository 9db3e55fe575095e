import path from 'node:path';
import type { ChainResult } from '../chain/chain-result.ts';
import { loadMigrators } from '../chain/load-migrators.ts';
import { runChain, type RunChainOptions } from '../chain/run-chain.ts';
import { buildChecks } from '../checks/build-checks.ts';
import type { CheckResult } from '../checks/check.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { StoreFingerprint } from '../engines/engine.ts';
import { copyDatabase } from '../engines/postgres/copy-database.ts';
import { chooseProvider, type ProviderChoice, type ProviderWish } from '../environment/choose-provider.ts';
import type { EnvironmentProvider, EnvironmentRequest, ProviderName, Snapshot, StartedEnvironment } from '../environment/environment-provider.ts';
import { type ProviderRegistry, providerRegistry } from '../environment/providers.ts';
import { HarnessError, toHarnessError } from '../errors/harness-error.ts';
import type { DataReport, EnvironmentReport, PilotReport, TransferReport } from '../report/pilot-report.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { compileDataset } from '../seed/seed-dataset.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { packageVersion } from '../util/package-version.ts';
import { createRedactor } from '../util/redact.ts';
import { applyStage } from './apply-stage.ts';
import { environmentRequest, providerWish } from './environment-request.ts';
import { errorReport, problemLocation } from './error-location.ts';
import { phaseRecorder } from './phase-recorder.ts';
import { prepareSource } from './prepare-source.ts';
import { enginesHash } from '../ledger/run-content.ts';
import { type LadderLoad, type LadderRehearsal, loadLadder, rehearseAroundChain } from '../stages/ladder-rehearsal.ts';
import { logChain, logChecks } from './run-log.ts';
import { decideVerdict } from './verdict.ts';
import { type MigrationWarning, runMigrationContext, withMigrationContext } from '../chain/migration-context.ts';
import { prepareRunFiles, type RunFiles } from '../files/run-files.ts';
import { productionWindow } from '../estimate/production-window.ts';

export interface RunPilotOptions {
  /** A stage declared in the scenario; its scale, seed and budgets apply. */
  stage?: string;
  /** Overrides the scenario's provider of every environment that is not `external` (`--provider`). */
  provider?: ProviderWish;
  /**
   * Where providers keep seeded snapshots between runs. Default: `$PILOT_CACHE_DIR`, or
   * `.pilot/cache` in the current directory; `false` seeds afresh every time and keeps nothing.
   */
  cacheDir?: string | false;
  /** The providers by name (default: `providerRegistry` with `cacheDir`); for tests and embedding. */
  providers?: (name: ProviderName) => EnvironmentProvider;
  clock?: Clock;
  /** Progress lines, already redacted. */
  log?: (line: string) => void;
  /** Aborting stops the run at the next phase boundary; environments are still torn down. */
  signal?: AbortSignal;
  /** Wraps the database each migrator gets (`runChain`'s `wrapDatabase`), e.g. an estimate's `statementRecorder`. */
  wrapMigrationDatabase?: RunChainOptions['wrapDatabase'];
}

/**
 * Rehearses one migration end to end and returns its record. It never throws for an
 * outcome: a refused chain, a failing step, a failing check, a configuration error or a
 * harness failure all come back as a report with a verdict and an exit code.
 *
 * @example
 * const report = await runPilot('scenarios/workflow-app.yaml', { stage: 'dev', log: console.log });
 * await writeReports(report, '.pilot/runs/latest');
 * process.exitCode = report.exitCode;
 */
export async function runPilot(scenario: string | LoadedScenario, options: RunPilotOptions = {}): Promise<PilotReport> {
  const clock = options.clock ?? systemClock;
  const redactor = createRedactor();
  const log = (line: string) => options.log?.(redactor.redact(line));
  const startedAt = clock.date();
  const started = clock.now();

  const phases = phaseRecorder(clock, options.signal);
  const environments: EnvironmentReport[] = [];
  const running: StartedEnvironment[] = [];
  let loaded: LoadedScenario | undefined;
  let spec: ScenarioSpec | undefined;
  let data: DataReport | undefined;
  let transfer: TransferReport | undefined;
  let chain: ChainResult | undefined;
  // The stage ladder's parts: content hashes, the dump, config files, tasks, tests, health, revert.
  let ladder: LadderLoad | undefined;
  let rehearsal: LadderRehearsal | undefined;
  let dump: PilotReport['dump'];
  let checks: CheckResult[] = [];
  let error: HarnessError | undefined;
  let ownRegistry: ProviderRegistry | undefined;
  // The file trees (uploads) and what migrators warned about (files/run-files.ts, chain/migration-context.ts).
  let files: RunFiles | undefined;
  const migrationWarnings: MigrationWarning[] = [];

  const start = async (choice: ProviderChoice, request: EnvironmentRequest, reportAs: EnvironmentReport['role'], restore?: Snapshot) => {
    const env = await choice.provider.start({ ...request, ...(restore ? { restore } : {}) });
    running.push(env);
    environments.push({
      role: reportAs,
      provider: env.provider,
      description: env.description,
      identity: choice.identity,
      selection: choice.reason,
      serverVersion: env.engine.serverVersion,
      serverSettings: env.serverSettings,
    });
    log(`${reportAs}: ${env.description} (${choice.reason})`);
    return env;
  };

  try {
    const cacheDir = options.cacheDir === false ? undefined : path.resolve(options.cacheDir ?? process.env.PILOT_CACHE_DIR ?? '.pilot/cache');
    const registry = options.providers ? undefined : providerRegistry({ cacheDir, warn: (warning) => log(`warning: ${warning}`) });
    ownRegistry = registry;
    const providerNamed = options.providers ?? registry!;
    const prepared = await phases.run('load', async () => {
      loaded = typeof scenario === 'string' ? await loadScenario(scenario) : scenario;
      spec = applyStage(loaded.spec, options.stage);
      const dataset = spec.data ? compileDataset(spec.data) : undefined;
      const migrators = await loadMigrators(spec.chain.migrators, loaded.dir);
      ladder = await loadLadder(loaded, spec, options.stage, migrators);
      const sourceRequest = environmentRequest('source', spec.source, spec.name, redactor);
      const targetRequest = environmentRequest('target', spec.target, spec.name, redactor);
      // Probed before anything starts, so a missing Docker or binary is known at once.
      const sourceChoice = await chooseProvider(providerWish(spec.source, options.provider, 'source'), sourceRequest, providerNamed);
      const targetChoice = await chooseProvider(providerWish(spec.target, options.provider, 'target'), targetRequest, providerNamed);
      return { scenario: loaded, spec, dataset, migrators, sourceRequest, targetRequest, sourceChoice, targetChoice };
    });
    const { spec: effective, sourceRequest, targetRequest, sourceChoice, targetChoice } = prepared;
    log(`scenario ${effective.name}: ${effective.source.version} → ${effective.target.version} (${effective.mode})`);

    const seeded = await prepareSource({
      ...prepared,
      provider: sourceChoice.provider,
      identity: sourceChoice.identity,
      phases,
      start: (_provider, restore) => start(sourceChoice, sourceRequest, 'source', restore),
      log,
      clock,
      ...(ladder ? { dumpPath: ladder.dumpPath } : {}),
    });
    data = seeded.data;
    dump = seeded.dump;
    const historyTable = effective.chain.historyTable;

    let sourceFingerprint: StoreFingerprint | undefined;
    let before: StartedEnvironment;
    let migrated: StartedEnvironment;
    if (effective.mode === 'copy') {
      before = seeded.source;
      if (effective.checks.sourceUnchanged) sourceFingerprint = await before.engine.fingerprintAll();
      const plan = transferPlan(effective.target.copy, sourceChoice, targetChoice, seeded.snapshot);
      const method = plan.method;
      if (method === 'snapshot') {
        migrated = await phases.run('start-target', () => start(targetChoice, targetRequest, 'target', seeded.snapshot));
        transfer = { method: 'snapshot', reason: plan.reason, durationMs: 0 };
      } else {
        migrated = await phases.run('start-target', () => start(targetChoice, targetRequest, 'target'));
        const copied = await phases.run('copy', () =>
          copyDatabase(before.engine, migrated.engine, {
            method,
            ...(before.connection ? { fromUrl: before.connection.url } : {}),
            ...(migrated.connection ? { toUrl: migrated.connection.url } : {}),
          }),
        );
        transfer = { method, reason: plan.reason, durationMs: copied.durationMs, tables: copied.tables };
        log(`copied the source to the target (${method}): ${copied.tables.reduce((n, t) => n + t.rows, 0).toLocaleString('en-US')} rows`);
      }
    } else {
      migrated = seeded.source;
      before = await phases.run('start-target', () => start(sourceChoice, sourceRequest, 'before', seeded.snapshot));
    }

    const trees = effective.files;
    if (trees) {
      files = await phases.run('files', () =>
        prepareRunFiles({ files: trees, resolve: prepared.scenario.resolve, engine: before.engine, seed: effective.data?.seed ?? 1, now: () => clock.now(), log }),
      );
    }

    // Config files first, then the tasks on the copy; revert and health watch set up (stages/ladder-rehearsal.ts).
    const migratedBy = effective.mode === 'copy' ? { choice: targetChoice, request: targetRequest } : { choice: sourceChoice, request: sourceRequest };
    rehearsal = await rehearseAroundChain({
      loaded: prepared.scenario,
      spec: effective,
      stage: options.stage,
      load: ladder!,
      migrated,
      migrators: prepared.migrators,
      historyTable,
      phases,
      log,
      redactor,
      startFromSnapshot: (snapshot) => migratedBy.choice.provider.start({ ...migratedBy.request, restore: snapshot }),
    });
    if (rehearsal.blocked) phases.skip('chain', `not run: ${rehearsal.blocked}`);
    else chain = await phases.run(
      'chain',
      () =>
        withMigrationContext(runMigrationContext({ files: files?.target, warnings: migrationWarnings, log }), () => runChain(migrated.engine.session, prepared.migrators, {
          targetVersion: effective.target.version,
          mandatory: effective.chain.mandatory,
          historyTable,
          // An external source without a history table has the version the scenario says.
          baselineVersion: effective.source.version,
          clock: () => clock.now(),
          ...(options.wrapMigrationDatabase ? { wrapDatabase: options.wrapMigrationDatabase } : {}),
          ...(rehearsal?.beforeStep ? { beforeStep: rehearsal.beforeStep } : {}),
        })),
      (result) => `${result.fromVersion ?? '?'} → ${result.reachedVersion ?? '?'}`,
    );
    if (chain) logChain(chain, log);
    await rehearsal.afterChain();

    const completed = chain !== undefined && chain.refusal.length === 0 && chain.steps.every((s) => s.status === 'success');
    // budgets.production: this run's times extrapolated with the kept measurements of `pilot estimate`.
    const production =
      completed && effective.budgets?.production
        ? await productionWindow({
            scenario: prepared.scenario,
            spec: effective,
            stage: options.stage,
            migrators: prepared.migrators,
            identities: [sourceChoice.identity, targetChoice.identity],
            targetProvider: targetChoice.provider.name,
            cacheDir,
            runRows: data && Object.fromEntries(data.tables.map((t) => [t.table, t.rows])),
          })
        : undefined;
    const planned = buildChecks(effective.checks, effective.budgets, production).filter(
      (check) =>
        // In place, the source is the migrated environment: there is nothing to prove unchanged.
        (check.kind !== 'source-unchanged' || effective.mode === 'copy') &&
        // On a chain that did not complete, only the source's integrity is still worth checking.
        (completed || check.kind === 'source-unchanged'),
    );
    const ran = () => chain;
    planned.push(...rehearsal.checks(ran, completed));
    const results = await phases.run('checks', () =>
      runChecks(
        planned,
        {
          source: before.engine,
          target: migrated.engine,
          run: { chain: chain ?? notRun(effective), harnessTables: [historyTable], ...(sourceFingerprint ? { sourceFingerprint } : {}) },
          ...(files ? { files } : {}),
        },
        { now: () => clock.now() },
      ),
    );
    checks = results.map((check) => locateCheckError(check, loaded));
    logChecks(checks, log);
  } catch (caught) {
    error = toHarnessError(caught, 'INTERNAL', 'Unexpected failure');
  } finally {
    const begin = clock.now();
    const failures: unknown[] = [];
    await rehearsal?.dispose().catch((disposeError: unknown) => failures.push(disposeError));
    await files?.dispose().catch((disposeError: unknown) => failures.push(disposeError));
    for (const env of running.reverse()) {
      try {
        await env.stop();
      } catch (stopError) {
        failures.push(stopError);
      }
    }
    // What the providers still hold for this run (snapshot images no cache kept).
    await ownRegistry?.dispose().catch((disposeError: unknown) => failures.push(disposeError));
    phases.phases.push({
      phase: 'teardown',
      status: failures.length === 0 ? 'success' : 'error',
      durationMs: clock.now() - begin,
      ...(failures.length ? { note: failures.map(String).join('; ') } : {}),
    });
  }

  const { verdict, exitCode, reasons } = decideVerdict({ error, chain, checks });
  const report: PilotReport = {
    reportVersion: 1,
    tool: { name: 'migration-pilot', version: packageVersion('migration-pilot') },
    scenario: {
      name: spec?.name ?? loaded?.spec.name ?? path.basename(typeof scenario === 'string' ? scenario : scenario.file),
      file: displayFile(typeof scenario === 'string' ? path.resolve(scenario) : scenario.file),
      stage: options.stage,
      mode: spec?.mode ?? 'copy',
      sourceVersion: spec?.source.version ?? '',
      targetVersion: spec?.target.version ?? '',
    },
    verdict,
    exitCode,
    reasons,
    startedAt: startedAt.toISOString(),
    finishedAt: clock.date().toISOString(),
    durationMs: clock.now() - started,
    environments,
    data,
    transfer,
    chain,
    checks,
    phases: phases.phases,
    error: error && errorReport(error, loaded),
    ...(ladder ? { content: { ...ladder.content, engines: enginesHash(environments) } } : {}),
    ...(dump ? { dump } : {}),
    ...(rehearsal?.config ? { config: withoutDir(rehearsal.config) } : {}),
    ...(rehearsal?.tasks ? { tasks: rehearsal.tasks } : {}),
    ...(files ? { files: files.report } : {}),
    ...(migrationWarnings.length > 0 ? { warnings: migrationWarnings } : {}),
  };
  return redactor.redactValue(report);
}

/**
 * How the source's data reaches the target. A snapshot needs the same provider and the same
 * engine on both sides (`copy: auto` then prefers it: it is a file copy); anything else is
 * copied table by table.
 */
function transferPlan(
  wanted: ScenarioSpec['target']['copy'],
  source: ProviderChoice,
  target: ProviderChoice,
  snapshot: Snapshot | undefined,
): { method: 'snapshot' | 'logical' | 'pg_dump'; reason: string } {
  const same = snapshot !== undefined && source.provider.name === target.provider.name && source.identity === target.identity;
  if (wanted === 'auto') {
    return same
      ? { method: 'snapshot', reason: 'copy: auto, and both sides run the same engine on the same provider' }
      : { method: 'logical', reason: `copy: auto, and the target (${target.identity}) cannot start from a snapshot of the source (${source.identity})` };
  }
  if (wanted === 'snapshot' && !same) {
    throw new HarnessError(
      'CONFIG_INVALID',
      `copy: snapshot needs the same provider and engine on both sides, but the source is ${source.identity} (${source.provider.name}) and the target ${target.identity} (${target.provider.name}).`,
      { path: ['target', 'copy'], hint: 'Use copy: logical (or pg_dump), or the same provider and postgres version for both.' },
    );
  }
  return { method: wanted, reason: `copy: ${wanted}, as asked` };
}

function locateCheckError(check: CheckResult, loaded: LoadedScenario | undefined): CheckResult {
  if (!check.error?.path) return check;
  const location = problemLocation({ path: check.error.path }, loaded);
  return location ? { ...check, error: { ...check.error, location } } : check;
}

/** A chain that did not run (a config migrator or a pre-migration task failed first), for the checks' context. */
function notRun(spec: ScenarioSpec): ChainResult {
  return { fromVersion: undefined, targetVersion: spec.target.version, reachedVersion: undefined, steps: [], refusal: [], durationMs: 0 };
}

function withoutDir<T extends { dir: string }>(value: T): Omit<T, 'dir'> {
  const { dir: _dir, ...rest } = value;
  return rest;
}
