import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChainResult } from '../chain/chain-result.ts';
import { loadMigrators } from '../chain/load-migrators.ts';
import type { Migrator } from '../chain/migrator.ts';
import { runChain } from '../chain/run-chain.ts';
import { stampBaseline } from '../chain/schema-history.ts';
import { buildChecks } from '../checks/build-checks.ts';
import type { CheckResult } from '../checks/check.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { StoreFingerprint } from '../engines/engine.ts';
import { embeddedProvider } from '../environment/embedded-provider.ts';
import type {
  EnvironmentProvider,
  ProviderName,
  Snapshot,
  SnapshotCache,
  StartedEnvironment,
} from '../environment/environment-provider.ts';
import { fileSnapshotCache } from '../environment/file-snapshot-cache.ts';
import { HarnessError, toHarnessError } from '../errors/harness-error.ts';
import type { DataReport, EnvironmentReport, ErrorReport, PhaseName, PhaseResult, PilotReport } from '../report/pilot-report.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { compileDataset, SEED_FORMAT_VERSION, seedDataset, type CompiledDataset } from '../seed/seed-dataset.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { contentHash } from '../util/content-hash.ts';
import { formatDuration } from '../util/duration.ts';
import { packageVersion } from '../util/package-version.ts';
import { createRedactor } from '../util/redact.ts';
import { applyStage } from './apply-stage.ts';
import { decideVerdict } from './verdict.ts';

export interface RunPilotOptions {
  /** A stage declared in the scenario; its scale, seed and budgets apply. */
  stage?: string;
  /**
   * Seeded snapshots kept between runs. Default: files under `.pilot/cache` in the current
   * directory; `false` seeds afresh every time and keeps nothing.
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

  const phases: PhaseResult[] = [];
  const environments: EnvironmentReport[] = [];
  const running: StartedEnvironment[] = [];
  let loaded: LoadedScenario | undefined;
  let spec: ScenarioSpec | undefined;
  let data: DataReport | undefined;
  let chain: ChainResult | undefined;
  let checks: CheckResult[] = [];
  let error: HarnessError | undefined;

  const phase = async <T>(name: PhaseName, work: () => Promise<T>, note?: (result: T) => string): Promise<T> => {
    if (options.signal?.aborted) throw new HarnessError('INTERRUPTED', `The run was interrupted before the ${name} phase.`);
    const begin = clock.now();
    try {
      const result = await work();
      phases.push({ phase: name, status: 'success', durationMs: clock.now() - begin, ...(note ? { note: note(result) } : {}) });
      return result;
    } catch (caught) {
      phases.push({ phase: name, status: 'error', durationMs: clock.now() - begin });
      throw caught;
    }
  };
  const start = async (provider: EnvironmentProvider, role: 'source' | 'target', reportAs: EnvironmentReport['role'], restore?: Snapshot) => {
    const env = await provider.start({ role, engine: 'postgres', ...(restore ? { restore } : {}) });
    running.push(env);
    environments.push({ role: reportAs, provider: env.provider, description: env.description });
    log(`${reportAs}: ${env.description}`);
    return env;
  };

  try {
    const prepared = await phase('load', async () => {
      loaded = typeof scenario === 'string' ? await loadScenario(scenario) : scenario;
      spec = applyStage(loaded.spec, options.stage);
      const dataset = spec.data ? compileDataset(spec.data) : undefined;
      const migrators = await loadMigrators(spec.chain.migrators, loaded.dir);
      return { scenario: loaded, spec, dataset, migrators };
    });
    log(`scenario ${prepared.spec.name}: ${prepared.spec.source.version} → ${prepared.spec.target.version} (${prepared.spec.mode})`);

    const cache = options.cache === false ? undefined : (options.cache ?? fileSnapshotCache(path.resolve('.pilot/cache')));
    const provider = (name: ProviderName) => options.providers?.[name] ?? defaultProvider(name, cache);
    const sourceProvider = provider(prepared.spec.source.provider);
    const targetProvider = provider(prepared.spec.target.provider);

    const seeded = await prepareSource(prepared, sourceProvider, cache, { phase, start, log, clock });
    data = seeded.data;
    const historyTable = prepared.spec.chain.historyTable;

    let sourceFingerprint: StoreFingerprint | undefined;
    let before: StartedEnvironment;
    let migrated: StartedEnvironment;
    if (prepared.spec.mode === 'copy') {
      before = seeded.source;
      if (prepared.spec.checks.sourceUnchanged) sourceFingerprint = await before.engine.fingerprintAll();
      migrated = await phase('start-target', () => start(targetProvider, 'target', 'target', seeded.snapshot));
    } else {
      migrated = seeded.source;
      before = await phase('start-target', () => start(sourceProvider, 'source', 'before', seeded.snapshot));
    }

    chain = await phase(
      'chain',
      () =>
        runChain(migrated.engine.session, prepared.migrators, {
          targetVersion: prepared.spec.target.version,
          mandatory: prepared.spec.chain.mandatory,
          historyTable,
          clock: () => clock.now(),
        }),
      (result) => `${result.fromVersion ?? '?'} → ${result.reachedVersion ?? '?'}`,
    );
    logChain(chain, log);

    const completed = chain.refusal.length === 0 && chain.steps.every((s) => s.status === 'success');
    // On a chain that did not complete, only the source's integrity is still worth checking.
    const planned = buildChecks(prepared.spec.checks, prepared.spec.budgets).filter(
      (check) => completed || check.kind === 'source-unchanged',
    );
    checks = await phase('checks', () =>
      runChecks(planned, {
        source: before.engine,
        target: migrated.engine,
        run: { chain: chain!, harnessTables: [historyTable], ...(sourceFingerprint ? { sourceFingerprint } : {}) },
      }),
    );
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
    phases.push({
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
    phases,
    error: error && errorReport(error, loaded),
  };
  return redactor.redactValue(report);
}

interface PhaseTools {
  phase: <T>(name: PhaseName, work: () => Promise<T>, note?: (result: T) => string) => Promise<T>;
  start: (provider: EnvironmentProvider, role: 'source' | 'target', reportAs: EnvironmentReport['role'], restore?: Snapshot) => Promise<StartedEnvironment>;
  log: (line: string) => void;
  clock: Clock;
}

interface Prepared {
  scenario: LoadedScenario;
  spec: ScenarioSpec;
  dataset: CompiledDataset | undefined;
  migrators: Migrator[];
}

/**
 * Starts the source seeded: from the snapshot cache when the same schema, data spec and
 * engine seeded it before, else by applying the schema files, stamping the baseline
 * version and generating the data (then caching the result).
 */
async function prepareSource(
  prepared: Prepared,
  provider: EnvironmentProvider,
  cache: SnapshotCache | undefined,
  { phase, start, log, clock }: PhaseTools,
): Promise<{ source: StartedEnvironment; snapshot: Snapshot; data: DataReport | undefined }> {
  const { spec, scenario, dataset } = prepared;
  const schemaFiles = await Promise.all(
    spec.source.schema.map(async (file) => {
      const absolute = scenario.resolve(file);
      try {
        return { file, absolute, sql: await readFile(absolute, 'utf8') };
      } catch (cause) {
        throw new HarnessError('CONFIG_NOT_FOUND', `Schema file ${JSON.stringify(file)} could not be read (looked at ${absolute}).`, {
          path: ['source', 'schema'],
          hint: 'Schema files are resolved relative to the scenario file.',
          cause,
        });
      }
    }),
  );
  const key = contentHash([
    'seeded-source-v1',
    `${provider.name}@${provider.version}`,
    spec.source.version,
    spec.chain.historyTable,
    `seed-format-${SEED_FORMAT_VERSION}`,
    JSON.stringify(spec.data ?? null),
    ...schemaFiles.map((f) => f.sql),
  ]);

  const cached = await cache?.get(key);
  if (cached) {
    const source = await phase('start-source', () => start(provider, 'source', 'source', cached), () => 'from the seeded-snapshot cache');
    const note = 'reused a cached snapshot of the same schema, data spec and engine';
    await phase('seed', async () => undefined, () => note);
    await phase('snapshot', async () => undefined, () => note);
    log(`data: reused the seeded snapshot from the cache (${(cached.bytes / 1e6).toFixed(1)} MB)`);
    const rows = spec.data ? await countRows(source, Object.keys(spec.data.tables)) : [];
    return { source, snapshot: cached, data: spec.data && dataReport(spec, rows, true, 0) };
  }

  const source = await phase('start-source', () => start(provider, 'source', 'source'));
  const seeded = await phase('seed', async () => {
    const begin = clock.now();
    for (const { file, absolute, sql } of schemaFiles) {
      try {
        await source.engine.session.exec(sql);
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        throw new HarnessError('SCHEMA_APPLY', `Applying the source schema ${file} failed: ${detail}`, {
          file: absolute,
          path: ['source', 'schema'],
          hint: 'Fix the schema file; it runs as one script on an empty database before seeding.',
          cause,
        });
      }
    }
    await stampBaseline(source.engine.session, spec.chain.historyTable, spec.source.version);
    const result = dataset ? await seedDataset(source.engine, dataset) : undefined;
    return { result, durationMs: clock.now() - begin };
  });
  if (seeded.result) log(`data: seeded ${seeded.result.rows.toLocaleString('en-US')} rows in ${formatDuration(seeded.durationMs)}`);
  const snapshot = await phase('snapshot', async () => {
    const taken = await source.snapshot();
    await cache?.put(key, taken);
    return taken;
  });
  return {
    source,
    snapshot,
    data: spec.data && dataReport(spec, seeded.result?.tables ?? [], false, seeded.durationMs),
  };
}

async function countRows(env: StartedEnvironment, tables: string[]): Promise<{ table: string; rows: number; durationMs: number }[]> {
  const counted = [];
  for (const table of tables) counted.push({ table, rows: await env.engine.count(table), durationMs: 0 });
  return counted;
}

function dataReport(
  spec: ScenarioSpec,
  tables: { table: string; rows: number; durationMs: number }[],
  fromCache: boolean,
  durationMs: number,
): DataReport {
  return {
    seed: spec.data!.seed,
    scale: spec.data!.scale,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    tables,
    fromCache,
    durationMs,
  };
}

function defaultProvider(name: ProviderName, cache: SnapshotCache | undefined): EnvironmentProvider {
  if (name === 'embedded') return embeddedProvider(cache ? { cache } : {});
  throw new HarnessError('CONFIG_INVALID', `The ${JSON.stringify(name)} provider is not available in this version.`, {
    hint: 'Use provider: embedded.',
  });
}

function logChain(chain: ChainResult, log: (line: string) => void): void {
  for (const refusal of chain.refusal) log(`✗ chain refused: ${refusal.message}`);
  for (const step of chain.steps) {
    const mark = { success: '✓', error: '✗', 'not-executed': '·' }[step.status];
    const time = step.status === 'not-executed' ? 'not executed' : formatDuration(step.durationMs);
    log(`${mark} ${step.from} → ${step.to}  ${step.description}  (${time})`);
    if (step.error) log(`    ${step.error.message.split('\n').join('\n    ')}`);
  }
}

function logChecks(checks: readonly CheckResult[], log: (line: string) => void): void {
  for (const check of checks) {
    log(`${check.status === 'passed' ? '✓' : '✗'} ${check.id}  (${formatDuration(check.durationMs)})`);
    if (check.error) log(`    could not run: ${check.error.message.split('\n', 1)[0]}`);
    for (const finding of check.findings.slice(0, 5)) log(`    ${finding.severity} ${finding.code}: ${finding.message}`);
    if (check.findings.length > 5) log(`    … ${check.findings.length - 5} more findings in the report`);
  }
}

function errorReport(error: HarnessError, loaded: LoadedScenario | undefined): ErrorReport {
  const location =
    error.path && loaded
      ? (() => {
          const at = loaded.locate(error.path);
          return at ? `${displayFile(loaded.file)}:${at.line}:${at.column}` : displayFile(loaded.file);
        })()
      : error.file
        ? displayFile(error.file)
        : undefined;
  return {
    code: error.code,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(location ? { location } : {}),
    ...(error.path ? { path: error.path.join('.') } : {}),
  };
}

