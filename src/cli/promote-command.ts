import { isHarnessError } from '../errors/harness-error.ts';
import { appendToLedger, defaultLedgerFile, readLedger } from '../ledger/ledger-file.ts';
import { decidePromotion } from '../ledger/promotion-gate.ts';
import { formatError } from './format-error.ts';
import { type LadderScenario, loadLadderScenario } from './ladder-scenario.ts';
import type { CliIo } from './main.ts';

export interface PromoteOptions {
  to: string;
  ledger?: string;
}

/**
 * `pilot promote <scenario> --to <stage>`: the gate between two rungs of the ladder. Exit 0
 * (and a promotion entry in the ledger) when the stage below has a passing run recorded
 * with the same chain; 1 when it has none, when a migrator changed since, or when the
 * ledger was tampered with; 64 for a scenario or stage that is not there.
 */
export async function promoteCommand(file: string, options: PromoteOptions, io: CliIo): Promise<number> {
  const ledgerFile = options.ledger ?? defaultLedgerFile();
  let scenario: LadderScenario | undefined;
  try {
    scenario = await loadLadderScenario(file);
    const { content } = scenario;
    const decision = decidePromotion(await readLedger(ledgerFile), { scenario: scenario.name, ladder: scenario.stages, to: options.to, content });
    if (!decision.granted) {
      io.err(`promotion refused [${decision.code}]: ${decision.message}`);
      io.out(`verdict: HOLD (exit code 1)`);
      return 1;
    }
    const entry = await appendToLedger(ledgerFile, {
      kind: 'promotion',
      scenario: scenario.name,
      stage: options.to,
      at: new Date().toISOString(),
      from: { stage: decision.from, seq: decision.evidence.seq },
      content: { chain: content.chain, scenario: content.scenario, data: content.data, engines: '' },
      migrators: content.migrators,
    });
    io.out(decision.message);
    io.out(`ledger: recorded promotion #${entry.seq} in ${ledgerFile}`);
    io.out(`verdict: PROMOTE (exit code 0)`);
    return 0;
  } catch (error) {
    io.err(formatError(error, scenario?.loaded));
    return isHarnessError(error) ? error.exitCode : 2;
  }
}
