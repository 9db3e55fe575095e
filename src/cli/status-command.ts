import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isHarnessError } from '../errors/harness-error.ts';
import { defaultLedgerFile, readLedger } from '../ledger/ledger-file.ts';
import type { LedgerEntry } from '../ledger/ledger-entry.ts';
import { formatError } from './format-error.ts';
import { loadLadderScenario } from './ladder-scenario.ts';
import type { CliIo } from './main.ts';

/**
 * `pilot status [scenario…]`: the ladder of every scenario (those given, else those in
 * `scenarios/` that declare stages, plus any the ledger knows), stage by stage: its last
 * run, whether a passing run has the chain as it is now, and promotions. Checks the
 * ledger's hash chain first; exit code 1 when it was tampered with.
 */
export async function statusCommand(files: readonly string[], options: { ledger?: string }, io: CliIo): Promise<number> {
  const ledgerFile = options.ledger ?? defaultLedgerFile();
  let exitCode = 0;
  const ledger = await readLedger(ledgerFile);
  if (ledger.problems.length > 0) {
    io.err(`ledger ${ledgerFile}: TAMPERED WITH, it proves nothing:`);
    for (const problem of ledger.problems) io.err(`  ${problem.message}`);
    exitCode = 1;
  } else {
    io.out(`ledger ${ledgerFile}: ${ledger.entries.length} entries, hash chain intact`);
  }
  const scenarioFiles = files.length > 0 ? [...files] : await scenariosIn('scenarios');
  const shown = new Set<string>();
  for (const file of scenarioFiles) {
    try {
      const scenario = await loadLadderScenario(file);
      if (scenario.stages.length === 0 && files.length === 0) continue;
      shown.add(scenario.name);
      const { chain } = scenario.content;
      io.out('');
      io.out(`${scenario.name} (${file}), chain sha256:${chain.slice(0, 12)}…`);
      printLadder(scenario.stages, ledger.entries.filter((e) => e.scenario === scenario.name), chain, io);
    } catch (error) {
      io.err(`${file}: ${formatError(error)}`);
      exitCode = Math.max(exitCode, isHarnessError(error) ? error.exitCode : 2);
    }
  }
  for (const name of new Set(ledger.entries.map((e) => e.scenario))) {
    if (shown.has(name)) continue;
    const entries = ledger.entries.filter((e) => e.scenario === name);
    io.out('');
    io.out(`${name} (scenario file not given; from the ledger only)`);
    printLadder([...new Set(entries.map((e) => e.stage ?? '(no stage)'))], entries, undefined, io);
  }
  return exitCode;
}

function printLadder(ladder: readonly string[], entries: readonly LedgerEntry[], chain: string | undefined, io: CliIo): void {
  for (const stage of ladder) {
    const runs = entries.filter((e) => e.kind === 'run' && (e.stage ?? '(no stage)') === stage);
    const last = runs.at(-1);
    const passing = runs.filter((e) => e.verdict === 'promote');
    const current = chain !== undefined && passing.some((e) => e.content.chain === chain);
    const promoted = entries.filter((e) => e.kind === 'promotion' && e.stage === stage).at(-1);
    const lastText = last ? `last run #${last.seq} ${last.verdict?.toUpperCase()} at ${last.at}` : 'never run';
    const chainText = chain === undefined ? '' : passing.length === 0 ? '' : current ? ', passed with this chain' : ', passed only with an older chain';
    const promotedText = promoted ? `, promoted to at ${promoted.at} (from ${promoted.from?.stage} #${promoted.from?.seq})` : '';
    io.out(`  ${current ? '✓' : last ? '·' : ' '} ${stage.padEnd(10)} ${lastText}${chainText}${promotedText}`);
  }
}

async function scenariosIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => /\.(ya?ml|ts|mts)$/.test(name) && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => path.join(dir, name));
}
