/*
 * For the ledger tests: appends entries to a ledger from a process of its own, so that two
 * writers really race. Usage: node --import tsx append-worker.ts <ledger> <count> <label>
 */
import { appendToLedger } from './ledger-file.ts';

const [file, count, label] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  await appendToLedger(file!, {
    kind: 'run',
    scenario: label!,
    stage: 'dev',
    at: new Date(0).toISOString(),
    verdict: 'promote',
    exitCode: 0,
    content: { chain: 'c', scenario: 's', data: 'd', engines: 'e' },
    migrators: [],
  });
}
