import path from 'node:path';
import type { ChainResult } from '../chain/chain-result.ts';
import { loadMigrators } from '../chain/load-migrators.ts';
import { runChain } from '../chain/run-chain.ts';
import { buildChecks } from '../checks/build-checks.ts';
import type { CheckResult } from '../checks/check.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { StoreFingerprint } from '../engines/engine.ts';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import type { EnvironmentProvider, ProviderName, Snapshot, SnapshotCache, StartedEnvironment } from '../environment/environment-provider.ts';
import { fileSnapshotCache } from '../environment/embedded/file-snapshot-cache.ts';
import { HarnessError, toHarnessError } from '../errors/harness-error.ts';
import type { DataReport, EnvironmentReport, PilotReport } from '../report/pilot-report.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { compileDataset } from '../seed/seed-dataset.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { packageVersion } from '../util/package-version.ts';
import { createRedactor } from '../util/redact.ts';
import { applyStage } from './apply-stage.ts';
import { bestEffortCache } from './best-effort-cache.ts';
import { errorReport, problemLocation } from './error-location.ts';
import { phaseRecorder } from './phase-recorder.ts';
import { prepareSource } from './prepare-source.ts';
import { logChain, logChecks } from './run-log.ts';
import { decideVerdict } from './verdict.ts';

export interface RunPilotOptions {
  /** A stage declared in the scenario; its scale, seed and budgets apply. */
  stage?: string;
  /**
   * Seeded snapshots kept between runs. Default: files under `$PILOT_CACHE_DIR`, or
   * `.pilot/cache` in the current directory; `false` seeds afresh every time and keeps nothing.
   */
  cache?: SnapshotCache | false;
  /** Providers by name; the defaults are used for the rest. */
  providers?: Partial<Record<ProviderName, EnvironmentProvider>>;
  clock?: Clock;
  /** Progress lines, already redacted. */
  log?: (line: string) => void;
  /** Aborting stops the run at the next phase boundary; environments are still torn down. */
  signal?: AbortSignal;
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
  let chain: ChainResult | undefined;
  let checks: CheckResult[] = [];
  let error: HarnessError | undefined;

  const start = async (provider: EnvironmentProvider, role: 'source' | 'target', reportAs: EnvironmentReport['role'], restore?: Snapshot) => {
    const env = await provider.start({ role, engine: 'postgres', ...(restore ? { restore } : {}) });
    running.push(env);
    environments.push({ role: reportAs, provider: env.provider, description: env.description });
    log(`${reportAs}: ${env.description}`);
    return env;
  };

  try {
    const prepared = await phases.run('load', async () => {
      loaded = typeof scenario === 'string' ? await loadScenario(scenario) : scenario;
      spec = applyStage(loaded.spec, options.stage);
      const dataset = spec.data ? compileDataset(spec.data) : undefined;
      const migrators = await loadMigrators(spec.chain.migrators, loaded.dir);
      return { scenario: loaded, spec, dataset, migrators };
    });
    const { spec: effective } = prepared;
    log(`scenario ${effective.name}: ${effective.source.version} → ${effective.target.version} (${effective.mode})`);

    const cache = options.cache === false ? undefined : bestEffortCache(options.cache ?? defaultCache(), (warning) => log(`warning: ${warning}`));
    const provider = (name: ProviderName) => options.providers?.[name] ?? defaultProvider(name, cache);
    const sourceProvider = provider(effective.source.provider);
    const targetProvider = provider(effective.target.provider);

    const seeded = await prepareSource({
      ...prepared,
      provider: sourceProvider,
      cache,
      phases,
      start: (p, restore) => start(p, 'source', 'source', restore),
      log,
      clock,
    });
    data = seeded.data;
    const historyTable = effective.chain.historyTable;

    let sourceFingerprint: StoreFingerprint | undefined;
    let before: StartedEnvironment;
    let migrated: StartedEnvironment;
    if (effective.mode === 'copy') {
      before = seeded.source;
      if (effective.checks.sourceUnchanged) sourceFingerprint = await before.engine.fingerprintAll();
      migrated = await phases.run('start-target', () => start(targetProvider, 'target', 'target', seeded.snapshot));
    } else {
      migrated = seeded.source;
      before = await phases.run('start-target', () => start(sourceProvider, 'source', 'before', seeded.snapshot));
    }

    chain = await phases.run(
      'chain',
      () =>
        runChain(migrated.engine.session, prepared.migrators, {
          targetVersion: effective.target.version,
          mandatory: effective.chain.mandatory,
          historyTable,
          clock: () => clock.now(),
        }),
      (result) => `${result.fromVersion ?? '?'} → ${result.reachedVersion ?? '?'}`,
    );
    logChain(chain, log);

    const completed = chain.refusal.length === 0 && chain.steps.every((s) => s.status === 'success');
    const planned = buildChecks(effective.checks, effective.budgets).filter(
      (check) =>
        // In place, the source is the migrated environment: there is nothing to prove unchanged.
        (check.kind !== 'source-unchanged' || effective.mode === 'copy') &&
        // On a chain that did not complete, only the source's integrity is still worth checking.
        (completed || check.kind === 'source-unchanged'),
    );
    const results = await phases.run('checks', () =>
      runChecks(
        planned,
        {
          source: before.engine,
          target: migrated.engine,
          run: { chain: chain!, harnessTables: [historyTable], ...(sourceFingerprint ? { sourceFingerprint } : {}) },
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
    for (const env of running.reverse()) {
      try {
        await env.stop();
      } catch (stopError) {
        failures.push(stopError);
      }
    }
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
    chain,
    checks,
    phases: phases.phases,
    error: error && errorReport(error, loaded),
  };
  return redactor.redactValue(report);
}

/** Where seeded snapshots live unless told: `$PILOT_CACHE_DIR`, else `.pilot/cache` here. */
export function defaultCache(): SnapshotCache {
  return fileSnapshotCache(path.resolve(process.env.PILOT_CACHE_DIR ?? '.pilot/cache'));
}

function defaultProvider(name: ProviderName, cache: SnapshotCache | undefined): EnvironmentProvider {
  if (name === 'embedded') return embeddedProvider(cache ? { cache } : {});
  throw new HarnessError('CONFIG_INVALID', `The ${JSON.stringify(name)} provider is not available in this version.`, {
    hint: 'Use provider: embedded.',
  });
}

function locateCheckError(check: CheckResult, loaded: LoadedScenario | undefined): CheckResult {
  if (!check.error?.path) return check;
  const location = problemLocation({ path: check.error.path }, loaded);
  return location ? { ...check, error: { ...check.error, location } } : check;
}
