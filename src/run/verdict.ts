import type { ChainResult } from '../chain/chain-result.ts';
import type { CheckResult } from '../checks/check.ts';
import type { HarnessError } from '../errors/harness-error.ts';
import type { ExitCode, Verdict } from '../report/pilot-report.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { isScenarioError } from '../scenario/scenario-error.ts';
import { firstLine } from '../util/first-line.ts';

export interface VerdictInput {
  error: HarnessError | undefined;
  chain: ChainResult | undefined;
  checks: readonly CheckResult[];
}

/**
 * `promote` only when the harness finished, the chain reached the target version with
 * every step successful, and every check passed. Exit codes rank by what the caller must
 * do: fix the scenario (64) before investigating the harness (2) before reading findings (1).
 */
export function decideVerdict({ error, chain, checks }: VerdictInput): { verdict: Verdict; exitCode: ExitCode; reasons: string[] } {
  const reasons: string[] = [];
  let exitCode: ExitCode = 0;
  const raise = (code: ExitCode) => {
    if (rank(code) > rank(exitCode)) exitCode = code;
  };

  if (error) {
    reasons.push(errorReason(error));
    raise(error.exitCode);
  }
  if (chain) {
    for (const refusal of chain.refusal) {
      reasons.push(`The chain was refused: ${firstLine(refusal.message)}`);
      raise(1);
    }
    for (const step of chain.steps) {
      if (step.status === 'error') {
        reasons.push(`Step ${step.id} (${step.file}) failed: ${firstLine(step.error?.message ?? 'unknown error')}`);
        raise(1);
      }
    }
    if (chain.refusal.length === 0 && !error && chain.reachedVersion !== chain.targetVersion && !chain.steps.some((s) => s.status === 'error')) {
      reasons.push(`The chain stopped at ${chain.reachedVersion ?? 'no version'} instead of ${chain.targetVersion}.`);
      raise(1);
    }
  }
  for (const check of checks) {
    if (check.status === 'error') {
      const at = check.error?.location ? ` (${check.error.location})` : '';
      reasons.push(`Check ${check.id} could not run${at}: ${firstLine(check.error?.message ?? 'unknown error')}`);
      raise(check.error?.code === 'CONFIG_INVALID' ? 64 : 2);
    } else if (check.status === 'failed') {
      const blocking = check.findings.filter((f) => f.severity === 'error');
      reasons.push(`Check ${check.id} failed: ${blocking.map((f) => f.message).join(' ')}`);
      raise(1);
    }
  }
  return { verdict: exitCode === 0 ? 'promote' : 'hold', exitCode, reasons };
}

function errorReason(error: HarnessError): string {
  if (isScenarioError(error) && error.issues.length > 0) {
    const [first] = error.issues;
    const where = `${displayFile(first!.file)}${first!.line ? `:${first!.line}:${first!.column}` : ''}${first!.path ? ` ${first!.path}` : ''}`;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
    return `The scenario is invalid: ${where}: ${first!.message}${more}.`;
  }
  return error.exitCode === 64 ? `The configuration is invalid: ${firstLine(error.message)}` : `The harness could not finish: ${firstLine(error.message)}`;
}

function rank(code: ExitCode): number {
  return { 0: 0, 1: 1, 2: 2, 64: 3 }[code];
}

