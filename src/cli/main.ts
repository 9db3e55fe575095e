import { Command, CommanderError, Option } from 'commander';
import type { ProviderWish } from '../environment/choose-provider.ts';
import { isHarnessError } from '../errors/harness-error.ts';
import { PROVIDER_CHOICES } from '../scenario/scenario-schema.ts';
import { defaultReportDir, writeReports } from '../report/write-reports.ts';
import { runPilot } from '../run/run-pilot.ts';
import { packageVersion } from '../util/package-version.ts';
import { createRedactor } from '../util/redact.ts';
import { formatError, formatErrorReport } from './format-error.ts';
import { planCommand } from './plan-command.ts';
import { registerEstimateCommands } from './estimate-command.ts';
import { promoteCommand } from './promote-command.ts';
import { statusCommand } from './status-command.ts';
import { defaultLedgerFile } from '../ledger/ledger-file.ts';
import { recordRun } from '../ledger/record-run.ts';
import { schemaCommand } from './schema-command.ts';
import { stopOnSignal } from './stop-on-signal.ts';
import { validateCommand } from './validate-command.ts';
import { ensureWritableDir } from './writable-dir.ts';
import { runMongoScenarioFile } from '../mongo/mongo-run-command.ts';

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Runs the `pilot` command line and resolves to its exit code: 0 promote, 1 gate failed,
 * 2 harness error, 64 usage or configuration error.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('pilot')
    .description('Rehearse a production database migration and gate its promotion.')
    .version(packageVersion('migration-pilot'))
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) })
    .showHelpAfterError('(run pilot --help for usage)');

  program
    .command('run')
    .description('Run a pilot migration of a scenario and print its verdict.')
    .argument('<scenario>', 'scenario file (.yaml, or .ts exporting defineScenario)')
    .option('--stage <name>', 'stage declared in the scenario (its scale, seed and budgets apply)')
    .option('--out <dir>', 'folder for report.json, report.md and junit.xml (default: a new folder under .pilot/runs)')
    .addOption(
      new Option('--provider <name>', 'where the databases run, overriding the scenario (external environments excepted)').choices([...PROVIDER_CHOICES]),
    )
    .option('--no-cache', 'seed afresh instead of reusing a cached seeded snapshot')
    .addOption(new Option('--quiet', 'print only the verdict and the report folder'))
    .option('--ledger <file>', 'the promotion ledger the verdict is recorded in (default: $PILOT_LEDGER, else .pilot/ledger.jsonl)')
    .action(async (scenario: string, options: RunCommandOptions) => {
      exitCode = await runCommand(scenario, options, io);
    });

  program
    .command('validate')
    .description('Check scenario files, their data generators and migrators without starting a database.')
    .argument('<scenario...>', 'scenario files')
    .action(async (scenarios: string[]) => {
      exitCode = await validateCommand(scenarios, io);
    });

  program
    .command('plan')
    .description('Show the chain a scenario would run, from its source version to its target version.')
    .argument('<scenario>', 'scenario file')
    .option('--from <version>', 'plan from this stored version instead of the source version')
    .action(async (scenario: string, options: { from?: string }) => {
      exitCode = await planCommand(scenario, options, io);
    });

  program
    .command('promote')
    .description('Promote a scenario to a stage: needs a passing run of the stage below, with the same chain, in the ledger.')
    .argument('<scenario>', 'scenario file')
    .requiredOption('--to <stage>', 'the stage to promote to (e.g. pre-prod)')
    .option('--ledger <file>', 'the promotion ledger (default: $PILOT_LEDGER, else .pilot/ledger.jsonl)')
    .action(async (scenario: string, options: { to: string; ledger?: string }) => {
      exitCode = await promoteCommand(scenario, options, io);
    });

  program
    .command('status')
    .description('Show the stage ladder of every scenario: last runs, passing chains, promotions; and check the ledger.')
    .argument('[scenario...]', 'scenario files (default: those in scenarios/ that declare stages)')
    .option('--ledger <file>', 'the promotion ledger (default: $PILOT_LEDGER, else .pilot/ledger.jsonl)')
    .action(async (scenarios: string[], options: { ledger?: string }) => {
      exitCode = await statusCommand(scenarios, options, io);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of scenario files (for editor completion).')
    .action(() => {
      exitCode = schemaCommand(io);
    });

  registerEstimateCommands(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 64;
    }
    io.err(formatError(error));
    return isHarnessError(error) ? error.exitCode : 2;
  }
  return exitCode;
}

interface RunCommandOptions {
  stage?: string;
  out?: string;
  provider?: ProviderWish;
  cache: boolean;
  quiet?: boolean;
  ledger?: string;
}

async function runCommand(scenario: string, options: RunCommandOptions, io: CliIo): Promise<number> {
  try {
    // Before the run: a pilot must never end without its record.
    await ensureWritableDir(options.out ?? '.pilot/runs');
  } catch (error) {
    io.err(formatError(error));
    return 64;
  }
  const redactor = createRedactor();
  using stop = stopOnSignal(io, 'the current phase');
  const stageAndProvider = {
    ...(options.stage ? { stage: options.stage } : {}),
    ...(options.provider ? { provider: options.provider } : {}),
  };
  // A Mongo scenario module (defineMongoScenario) runs on the Mongo orchestrator (src/mongo/); its report is written and recorded the same way.
  const mongoReport = await runMongoScenarioFile(scenario, { ...stageAndProvider, redactor, ...(options.quiet ? {} : { log: (line: string) => io.out(`  ${line}`) }) });
  const report = mongoReport ?? await runPilot(scenario, {
    ...stageAndProvider,
    ...(options.cache ? {} : { cacheDir: false as const }),
    signal: stop.signal,
    ...(options.quiet ? {} : { log: (line: string) => io.out(`  ${line}`) }),
  });
  if (report.error) io.err(formatErrorReport(report.error));
  io.out('');
  io.out(`verdict: ${report.verdict.toUpperCase()} (exit code ${report.exitCode})`);
  for (const reason of report.reasons) io.out(`  - ${reason}`);
  let reportDir: string;
  try {
    const written = await writeReports(report, options.out ?? defaultReportDir(report), redactor);
    io.out(`report: ${written.markdown}`);
    reportDir = written.dir;
  } catch (error) {
    io.err(formatError(error));
    return Math.max(report.exitCode, 2);
  }
  // The verdict goes into the promotion ledger with what the run stood on (src/ledger/).
  // Only a stage's run is promotion evidence: for a run without one, a ledger that cannot
  // take the entry (e.g. tampered with) is a warning, not a failed run.
  const ledgerFile = options.ledger ?? defaultLedgerFile();
  try {
    const entry = await recordRun(report, ledgerFile, { reportDir });
    if (entry) io.out(`ledger: recorded run #${entry.seq}${entry.stage ? ` (${entry.stage})` : ''} in ${ledgerFile}`);
  } catch (error) {
    if (!report.scenario.stage) {
      io.err(`warning: not recorded in the ledger: ${formatError(error)}`);
      return report.exitCode;
    }
    io.err(formatError(error));
    return Math.max(report.exitCode, 2);
  }
  return report.exitCode;
}
