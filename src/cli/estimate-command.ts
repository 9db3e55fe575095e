import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { stringify } from 'yaml';
import type { ProviderWish } from '../environment/choose-provider.ts';
import { costModelLabel } from '../estimate/cost-model.ts';
import { estimateProduction, type ProductionEstimate } from '../estimate/estimate-production.ts';
import { formatMs, formatRows } from '../estimate/fit-step-cost.ts';
import { measureScales } from '../estimate/measure-scales.ts';
import { scalePlan } from '../estimate/scale-plan.ts';
import { applyStage } from '../run/apply-stage.ts';
import { type ProductionOverride, productionProfile, readProductionProfileFromUrl } from '../estimate/production-profile.ts';
import { HarnessError, isHarnessError } from '../errors/harness-error.ts';
import { headline, summaryLines } from '../report/estimate-markdown.ts';
import { defaultEstimateDir, writeEstimate } from '../report/write-estimate.ts';
import { type LoadedScenario, loadScenario } from '../scenario/load-scenario.ts';
import { loadMongoScenarioFile } from '../mongo/mongo-run-command.ts';
import { stopOnSignal } from './stop-on-signal.ts';
import { PROVIDER_CHOICES } from '../scenario/scenario-schema.ts';
import { createRedactor } from '../util/redact.ts';
import { formatError } from './format-error.ts';
import type { CliIo } from './main.ts';
import { ensureWritableDir } from './writable-dir.ts';

export interface EstimateCommandOptions {
  stage?: string;
  provider?: ProviderWish;
  scales?: string;
  repetitions?: string;
  warmup: boolean;
  productionScale?: string;
  profile?: string;
  profileUrlEnv?: string;
  remeasure?: boolean;
  cache: boolean;
  out?: string;
  quiet?: boolean;
}

/**
 * Adds `pilot estimate` and `pilot profile` to the command line; `setExitCode` receives
 * each command's exit code.
 */
export function registerEstimateCommands(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('estimate')
    .description('Estimate the production migration window: run the chain at several data scales, fit each step\'s cost, extrapolate to production sizes.')
    .argument('<scenario>', 'scenario file')
    .option('--stage <name>', 'stage declared in the scenario (its seed and settings apply; the scales are the estimate\'s)')
    .addOption(new Option('--provider <name>', 'where the databases run, overriding the scenario').choices([...PROVIDER_CHOICES]))
    .option('--scales <list>', 'data.scale values to measure, comma-separated (default: estimate.scales, else data.scale × 0.25, 0.4, 0.7, 1.2, 2)')
    .option('--repetitions <n>', 'runs per scale (default: estimate.repetitions, else 3)')
    .option('--no-warmup', 'measure from the first run, without an unmeasured round first')
    .option('--production-scale <n>', 'production holds the data section\'s rows times n (instead of estimate.production)')
    .option('--profile <file>', 'production row counts from a profile file written by `pilot profile`')
    .option('--profile-url-env <name>', 'production row counts from the statistics of the database whose URL this variable holds (read-only)')
    .option('--remeasure', 'measure again even when measurements of the same chain, data, environments and machine are kept')
    .option('--no-cache', 'seed every scale afresh and keep nothing (a temporary cache for this estimate)')
    .option('--out <dir>', 'folder for estimate.json, estimate.md and estimate.svg (default: a new folder under .pilot/estimates)')
    .option('--quiet', 'print only the estimate and the report folder')
    .action(async (scenario: string, options: EstimateCommandOptions) => {
      setExitCode(await estimateCommand(scenario, options, io));
    });

  program
    .command('profile')
    .description('Read production row counts from a database\'s statistics (read-only) and write them as a profile for estimate.production.profile.')
    .requiredOption('--url-env <name>', 'the environment variable holding the database URL (never given on the command line: it holds a password)')
    .option('--out <file>', 'write the profile here (default: print it)')
    .action(async (options: { urlEnv: string; out?: string }) => {
      setExitCode(await profileCommand(options, io));
    });
}

/**
 * `pilot estimate`: 0 when the chain is estimable (and fits the scenario's window, if it
 * states one), 1 when it is not estimable or exceeds the window, 2 when the harness could
 * not finish, 64 for a usage or configuration error. The record is written in every case
 * that got as far as measuring.
 */
export async function estimateCommand(file: string, options: EstimateCommandOptions, io: CliIo): Promise<number> {
  let loaded: LoadedScenario | undefined;
  using stop = stopOnSignal(io, 'the current run');
  try {
    await ensureWritableDir(options.out ?? '.pilot/estimates');
    const override = productionOverride(options);
    const scales = options.scales === undefined ? undefined : parseList(options.scales, '--scales');
    const repetitions = options.repetitions === undefined ? undefined : parseNumber(options.repetitions, '--repetitions');
    if (await loadMongoScenarioFile(file)) {
      throw new HarnessError('CONFIG_INVALID', `${file} is a MongoDB scenario, and \`pilot estimate\` measures PostgreSQL chains only.`, {
        file,
        hint: 'Read the production document counts with `pilot profile --url-env <VAR>` (collStats) and time the chain with `pilot run --stage <name>` at a few scales by hand.',
      });
    }
    loaded = await loadScenario(file);
    // Production sizes first: a missing profile or an unknown table must not wait for the measuring.
    const spec = applyStage(loaded.spec, options.stage);
    scalePlan(spec, { ...(scales ? { scales } : {}), ...(repetitions !== undefined ? { repetitions } : {}) });
    const profile = await productionProfile(loaded, spec, override);
    const startedAt = new Date();
    const log = options.quiet ? undefined : (line: string) => io.out(`  ${line}`);
    const measured = await measureScales(loaded, {
      ...(options.stage ? { stage: options.stage } : {}),
      ...(options.provider ? { provider: options.provider } : {}),
      ...(scales ? { scales } : {}),
      ...(repetitions !== undefined ? { repetitions } : {}),
      ...(options.warmup === false ? { warmup: false } : {}),
      ...(options.cache ? {} : { cacheDir: false as const }),
      reuse: !options.remeasure,
      signal: stop.signal,
      ...(log ? { log } : {}),
    });
    const estimate = estimateProduction(measured.measurements, profile, { window: measured.spec.budgets?.production, tolerances: measured.spec.estimate?.tolerances });
    const redactor = createRedactor();
    io.out('');
    for (const line of estimateLines(estimate)) io.out(redactor.redact(line));
    const exitCode = estimate.status === 'estimable' && (estimate.window?.fits ?? true) ? 0 : 1;
    io.out('');
    io.out(`estimate: ${estimate.status === 'estimable' ? headline(estimate) : 'NOT ESTIMABLE'} (exit code ${exitCode})`);
    const written = await writeEstimate(
      { recordVersion: 1, estimate, measurements: measured.measurements, reused: measured.reused },
      options.out ?? defaultEstimateDir(startedAt, estimate.scenario.name),
      redactor,
    );
    io.out(`report: ${written.markdown}`);
    return exitCode;
  } catch (error) {
    io.err(formatError(error, loaded));
    return isHarnessError(error) ? error.exitCode : 2;
  }
}

/** The estimate for a terminal: a table of the steps, then the summary. */
export function estimateLines(estimate: ProductionEstimate): string[] {
  const pct = Math.round(estimate.confidence * 100);
  const header = ['step', 'model', 'fit', 'tables', 'production rows', 'estimate', `${pct} % interval`];
  const rows = estimate.steps.map((step) => [
    step.id,
    step.classification === 'not-estimable' ? 'NOT ESTIMABLE' : costModelLabel(step.classification),
    step.cost.fit.model === 'constant' ? '–' : `R² ${step.cost.fit.r2.toFixed(3)}`,
    step.driverTables.join(', '),
    step.productionRows === undefined ? '?' : formatRows(step.productionRows),
    step.prediction ? formatMs(step.prediction.ms) : '–',
    step.prediction ? `${formatMs(step.prediction.low)} – ${formatMs(step.prediction.high)}` : '–',
  ]);
  if (estimate.total) rows.push(['total', '', '', '', formatRows(estimate.productionRows), formatMs(estimate.total.ms), `${formatMs(estimate.total.low)} – ${formatMs(estimate.total.high)}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i >= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  const lines = [line(header), ...rows.map(line)];
  for (const refusal of estimate.refusals) lines.push(`  ✗ ${refusal.step} not estimable (${refusal.code}): ${refusal.message}`);
  lines.push('', ...summaryLines(estimate).map((l) => `  ${l}`));
  return lines;
}

async function profileCommand(options: { urlEnv: string; out?: string }, io: CliIo): Promise<number> {
  try {
    const url = process.env[options.urlEnv];
    if (url === undefined || url === '') {
      throw new HarnessError('CONFIG_INVALID', `The environment variable ${options.urlEnv} (--url-env) is not set.`, {
        hint: `Set ${options.urlEnv} to the connection URL of the production database (or a replica); it is opened read-only and only its statistics are read.`,
      });
    }
    if (options.out) await ensureWritableDir(pathDir(options.out), '--out');
    const profile = await readProductionProfileFromUrl(url);
    const text = createRedactor().redact(
      `# Production row counts for estimate.production.profile, written by \`pilot profile\`.\n` +
        `# From pg_class.reltuples (pg_stat_user_tables.n_live_tup where never analyzed), read-only.\n` +
        stringify({ source: profile.source, readAt: profile.readAt, ...(profile.notes ? { notes: profile.notes } : {}), tables: profile.tables }),
    );
    if (options.out) {
      await writeFile(options.out, text);
      io.out(`profile: ${Object.keys(profile.tables).length} tables from ${profile.source} written to ${options.out}`);
    } else {
      io.out(text.trimEnd());
    }
    return 0;
  } catch (error) {
    io.err(formatError(error));
    return isHarnessError(error) ? error.exitCode : 2;
  }
}

function productionOverride(options: EstimateCommandOptions): ProductionOverride {
  const given = [options.productionScale, options.profile, options.profileUrlEnv].filter((v) => v !== undefined);
  if (given.length > 1) {
    throw new HarnessError('CONFIG_INVALID', 'Give one source of production sizes: --production-scale, --profile or --profile-url-env.', {
      hint: 'Or leave them out and use the scenario\'s estimate.production.',
    });
  }
  return {
    ...(options.productionScale !== undefined ? { scale: parseNumber(options.productionScale, '--production-scale') } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.profileUrlEnv !== undefined ? { urlEnv: options.profileUrlEnv } : {}),
  };
}

function parseList(text: string, option: string): number[] {
  return text.split(',').map((part) => parseNumber(part.trim(), option));
}

function parseNumber(text: string, option: string): number {
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value <= 0) {
    throw new HarnessError('CONFIG_INVALID', `${option} expects positive numbers, got ${JSON.stringify(text)}.`, {
      hint: option === '--scales' ? 'Write the scales comma-separated: --scales 0.25,0.5,1,2.' : `For example ${option} 3.`,
    });
  }
  return value;
}

function pathDir(file: string): string {
  const index = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return index <= 0 ? '.' : file.slice(0, index);
}
