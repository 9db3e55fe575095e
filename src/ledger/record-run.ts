import type { PilotReport } from '../report/pilot-report.ts';
import { appendToLedger } from './ledger-file.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/**
 * Records a run's verdict in the ledger with the content hashes it stood on. A run whose
 * scenario did not load has nothing to hash and is not recorded (`undefined`).
 *
 * @example
 * const report = await runPilot('scenarios/identity-server.yaml', { stage: 'dev' });
 * await recordRun(report, '.pilot/ledger.jsonl', { reportDir: '.pilot/runs/…' });
 */
export async function recordRun(report: PilotReport, ledgerFile: string, options: { reportDir?: string; at?: Date } = {}): Promise<LedgerEntry | undefined> {
  if (!report.content) return undefined;
  const { migrators, ...hashes } = report.content;
  return appendToLedger(ledgerFile, {
    kind: 'run',
    scenario: report.scenario.name,
    stage: report.scenario.stage ?? null,
    at: (options.at ?? new Date(report.finishedAt)).toISOString(),
    verdict: report.verdict,
    exitCode: report.exitCode,
    content: hashes,
    migrators,
    ...(options.reportDir ? { report: options.reportDir } : {}),
  });
}
