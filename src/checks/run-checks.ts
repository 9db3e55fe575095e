import { isHarnessError } from '../errors/harness-error.ts';
import type { Check, CheckContext, CheckResult } from './check.ts';
import { isBlocking } from './finding.ts';

export interface RunChecksOptions {
  /** Milliseconds from some origin, for durations (default `performance.now`); inject it for deterministic tests. */
  now?: () => number;
}

/**
 * Runs checks one after the other and records each one's result; never throws. A check
 * fails when it has an error-severity finding; one that throws is recorded with status
 * `error` and the error's code and message, and the next checks still run. Checks run in
 * sequence because they share the two databases, and parallel scans would only blur the
 * durations.
 *
 * @example
 * const results = await runChecks(buildChecks(spec.checks, spec.budgets), { source, target, run });
 * const gate = results.every((r) => r.status === 'passed');
 */
export async function runChecks(checks: readonly Check[], context: CheckContext, options: RunChecksOptions = {}): Promise<CheckResult[]> {
  const now = options.now ?? (() => performance.now());
  const results: CheckResult[] = [];
  for (const check of checks) {
    const { id, kind, description } = check;
    const started = now();
    try {
      let facts: Record<string, unknown> | undefined;
      const findings = await check.run({ ...context, note: (noted) => void (facts = { ...facts, ...noted }) });
      results.push({
        id,
        kind,
        description,
        status: findings.some(isBlocking) ? 'failed' : 'passed',
        durationMs: now() - started,
        findings,
        ...(facts ? { facts } : {}),
      });
    } catch (error) {
      results.push({ id, kind, description, status: 'error', durationMs: now() - started, findings: [], error: describeError(error) });
    }
  }
  return results;
}

function describeError(error: unknown): NonNullable<CheckResult['error']> {
  if (isHarnessError(error)) {
    return {
      code: error.code,
      message: error.message,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.path === undefined ? {} : { path: error.path }),
    };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
