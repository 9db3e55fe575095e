import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadMigrators } from '../chain/load-migrators.ts';
import { chooseProvider, type ProviderWish } from '../environment/choose-provider.ts';
import type { EnvironmentProvider, ProviderName } from '../environment/environment-provider.ts';
import { providerRegistry } from '../environment/providers.ts';
import { HarnessError, type HarnessErrorCode } from '../errors/harness-error.ts';
import { applyStage } from '../run/apply-stage.ts';
import { environmentRequest, providerWish } from '../run/environment-request.ts';
import { runPilot } from '../run/run-pilot.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { type LoadedScenario, loadScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { createRedactor } from '../util/redact.ts';
import { collectGarbage } from './collect-garbage.ts';
import { formatMs } from './fit-step-cost.ts';
import { machineInfo, measurementKey } from './measurement-key.ts';
import { measurementStore } from './measurement-store.ts';
import { type ScalePlanOverrides, scalePlan } from './scale-plan.ts';
import { defaultTimeBase, type MeasuredRun, type ScaleMeasurements, type TimeBase } from './scale-measurements.ts';
import { threadCpuClock } from './cpu-clock.ts';
import { statementRecorder } from './statement-recorder.ts';

export interface MeasureScalesOptions extends ScalePlanOverrides {
  /** A stage declared in the scenario: its seed and settings apply (the scales are the estimate's). */
  stage?: string;
  /** Overrides the scenario's providers, as `pilot run --provider` does. */
  provider?: ProviderWish;
  /**
   * Seeded snapshots (one per scale) and measurement records live here, as for `runPilot`.
   * `false`: a temporary cache for this estimate only, and nothing reused or kept.
   */
  cacheDir?: string | false;
  /** The providers by name; for tests and embedding (default: a registry over `cacheDir`). */
  providers?: (name: ProviderName) => EnvironmentProvider;
  /**
   * What a step's time is: `cpu`, this thread's CPU time (the default for the embedded
   * provider, whose database runs in this thread), or `wall` (the default for servers).
   */
  timeBase?: TimeBase;
  /** Reuse stored measurements with the same key (default `true`); `false` measures again and replaces them. */
  reuse?: boolean;
  clock?: Clock;
  /** Progress, a line per run, redacted. */
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface MeasuredScales {
  measurements: ScaleMeasurements;
  /** The measurements came from the store instead of new runs. */
  reused: boolean;
  /** Where the record is kept, when it is. */
  stored: string | undefined;
  /** The scenario as measured (its stage applied). */
  scenario: LoadedScenario;
  spec: ScenarioSpec;
}

/**
 * Runs the pilot of a scenario at several data scales, interleaved (see `scalePlan`), and
 * records each chain step's time at each scale with the statements it ran and their plans.
 * Each run is a `runPilot` of the scenario with `data.scale` set, its checks and budgets
 * left out (only the chain is measured), and a `statementRecorder` around the migrators'
 * database. Seeded snapshots are cached per scale by the providers, so each scale is
 * seeded once; the measurements are stored under a key of everything that made them, and
 * reused next time unless `reuse` is `false`.
 *
 * A run that does not complete its chain ends the measuring: the record keeps it, with its
 * reasons, and the estimate says the step could not be measured. A harness or
 * configuration error is thrown.
 *
 * @example
 * const { measurements } = await measureScales('scenarios/workflow-app.yaml', { scales: [0.25, 0.5, 1, 2] });
 * const estimate = estimateProduction(measurements, profile);
 */
export async function measureScales(scenario: string | LoadedScenario, options: MeasureScalesOptions = {}): Promise<MeasuredScales> {
  const clock = options.clock ?? systemClock;
  const redactor = createRedactor();
  const log = (line: string) => options.log?.(redactor.redact(line));
  const loaded = typeof scenario === 'string' ? await loadScenario(scenario) : scenario;
  const spec = applyStage(loaded.spec, options.stage);
  const plan = scalePlan(spec, options);

  const temporary = options.cacheDir === false ? await mkdtemp(path.join(os.tmpdir(), 'pilot-estimate-')) : undefined;
  const cacheDir = temporary ?? path.resolve(options.cacheDir || process.env.PILOT_CACHE_DIR || '.pilot/cache');
  const ownRegistry = options.providers ? undefined : providerRegistry({ cacheDir, warn: (warning) => log(`warning: ${warning}`) });
  const providers = options.providers ?? ownRegistry!;
  const store = temporary ? undefined : measurementStore(path.join(cacheDir, 'estimates'));
  try {
    const migrators = await loadMigrators(spec.chain.migrators, loaded.dir);
    const identities = [];
    let targetProvider: ProviderName | undefined;
    for (const role of ['source', 'target'] as const) {
      const request = environmentRequest(role, spec[role], spec.name, redactor);
      const choice = await chooseProvider(providerWish(spec[role], options.provider, role), request, providers);
      identities.push(choice.identity);
      if (role === 'target') targetProvider = choice.provider.name;
    }
    // In-process databases are timed by this thread's CPU time, which a busy machine does not stretch (cpu-clock.ts).
    const timeBase: TimeBase = options.timeBase ?? defaultTimeBase(targetProvider);
    const runClock = timeBase === 'cpu' ? threadCpuClock : clock;
    const key = await measurementKey({ scenario: loaded, spec, migrators, plan, identities, timeBase });
    const kept = options.reuse === false ? undefined : await store?.get(key);
    if (kept) {
      log(`estimate: reusing the measurements of ${kept.measuredAt} (${kept.runs.length} runs, same chain, data, environments and machine)`);
      return { measurements: kept, reused: true, stored: path.join(store!.dir, `${key}.json`), scenario: loaded, spec };
    }

    const loadAtStart = Number(os.loadavg()[0]!.toFixed(2));
    const startedAt = clock.date();
    const started = clock.now();
    const runs: MeasuredRun[] = [];
    let environment: ScaleMeasurements['environment'];
    let steps: ScaleMeasurements['steps'] = [];
    log(
      `estimate: ${plan.scales.length} scales (${plan.scales.join(', ')}) × ${plan.repetitions} repetitions, interleaved` +
        `${plan.warmup ? ', after a warm-up round' : ''}: ${plan.order.length} pilot runs`,
    );
    for (const [index, planned] of plan.order.entries()) {
      collectGarbage();
      const recorder = statementRecorder({ clock: () => runClock.now() });
      const report = await runPilot(
        { ...loaded, spec: measuredSpec(spec, planned.scale) },
        {
          providers,
          clock: runClock,
          wrapMigrationDatabase: recorder.wrap,
          ...(options.provider ? { provider: options.provider } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
      );
      if (report.error) {
        throw new HarnessError(report.error.code as HarnessErrorCode, report.error.message, {
          ...(report.error.hint ? { hint: report.error.hint } : {}),
          ...(report.error.path ? { path: report.error.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) } : {}),
        });
      }
      const target = report.environments.find((env) => env.role === 'target');
      environment ??= target && {
        provider: target.provider,
        description: target.description,
        identity: target.identity,
        serverVersion: target.serverVersion,
        serverSettings: target.serverSettings,
      };
      const chain = report.chain!;
      if (steps.length === 0) steps = chain.steps.map(({ id, from, to, description, file }) => ({ id, from, to, description, file }));
      const recorded = recorder.steps();
      const run: MeasuredRun = {
        round: planned.round,
        scale: planned.scale,
        warmup: planned.warmup,
        rows: Object.fromEntries((report.data?.tables ?? []).map((t) => [t.table, t.rows])),
        steps: chain.steps.map((step) => {
          const seen = recorded.find((r) => r.id === step.id);
          const overheadMs = seen?.overheadMs ?? 0;
          return { id: step.id, status: step.status, ms: Math.max(0, step.durationMs - overheadMs), overheadMs, statements: seen?.statements ?? [] };
        }),
        ...(report.exitCode !== 0 ? { error: report.reasons.join(' ') } : {}),
      };
      runs.push(run);
      const total = run.steps.reduce((sum, s) => sum + s.ms, 0);
      log(
        `estimate: [${index + 1}/${plan.order.length}] scale ${planned.scale}${planned.warmup ? ' (warm-up)' : ` (round ${planned.round})`}: ` +
          (run.error ? `the chain did not complete: ${run.error}` : `chain ${formatMs(total)}${report.data?.fromCache === false ? ', seeded' : ''}`),
      );
      if (run.error) break;
    }
    const measurements: ScaleMeasurements = {
      formatVersion: 1,
      key,
      scenario: {
        name: spec.name,
        file: displayFile(loaded.file),
        stage: options.stage,
        sourceVersion: spec.source.version,
        targetVersion: spec.target.version,
      },
      environment,
      machine: machineInfo(loadAtStart),
      measuredAt: startedAt.toISOString(),
      durationMs: clock.now() - started,
      plan: { scales: plan.scales, repetitions: plan.repetitions, warmup: plan.warmup },
      timeBase,
      steps,
      runs,
    };
    const safe = redactor.redactValue(measurements);
    // A record of a chain that failed is kept too: the same chain fails the same way.
    const stored = await store?.put(safe).catch((error: unknown) => {
      log(`warning: could not keep the measurements in ${store.dir}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    return { measurements: safe, reused: false, stored, scenario: loaded, spec };
  } finally {
    await ownRegistry?.dispose().catch(() => undefined);
    if (temporary) await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The scenario one measuring run uses: the data at `scale`, no checks, budgets or estimate
 * (only the chain is measured, and the production-window gate must not measure itself).
 */
export function measuredSpec(spec: ScenarioSpec, scale: number): ScenarioSpec {
  return {
    ...spec,
    data: spec.data && { ...spec.data, scale },
    checks: {
      ...spec.checks,
      parity: [],
      invariants: [],
      schema: { ...spec.checks.schema, forbid: [], expect: [] },
      sourceUnchanged: false,
    },
    budgets: undefined,
    estimate: undefined,
  };
}
