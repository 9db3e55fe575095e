import type { ChainResult } from '../chain/chain-result.ts';
import type { CheckResult } from '../checks/check.ts';
import { formatDuration } from '../util/duration.ts';

/** Progress lines for a chain: one per step, the error under a failed one. */
export function logChain(chain: ChainResult, log: (line: string) => void): void {
  for (const refusal of chain.refusal) log(`✗ chain refused: ${refusal.message}`);
  for (const step of chain.steps) {
    const mark = { success: '✓', error: '✗', 'not-executed': '·' }[step.status];
    const time = step.status === 'not-executed' ? 'not executed' : formatDuration(step.durationMs);
    log(`${mark} ${step.from} → ${step.to}  ${step.description}  (${time})`);
    if (step.error) log(`    ${step.error.message.split('\n').join('\n    ')}`);
  }
}

/** Progress lines for checks: one per check, its first findings (or why it could not run) under it. */
export function logChecks(checks: readonly CheckResult[], log: (line: string) => void): void {
  for (const check of checks) {
    log(`${check.status === 'passed' ? '✓' : '✗'} ${check.id}  (${formatDuration(check.durationMs)})`);
    if (check.error) {
      const at = check.error.location ? ` (${check.error.location})` : '';
      log(`    could not run${at}: ${check.error.message.split('\n', 1)[0]}`);
      if (check.error.hint) log(`    hint: ${check.error.hint}`);
    }
    for (const finding of check.findings.slice(0, 5)) log(`    ${finding.severity} ${finding.code}: ${finding.message}`);
    if (check.findings.length > 5) log(`    … ${check.findings.length - 5} more findings in the report`);
  }
}
