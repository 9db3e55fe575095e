import { isHarnessError } from '../errors/harness-error.ts';
import type { ErrorReport } from '../report/pilot-report.ts';
import { errorReport } from '../run/error-location.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import { isScenarioError } from '../scenario/scenario-error.ts';
import { createRedactor } from '../util/redact.ts';

/**
 * A thrown error for a terminal: code, message, where (file:line:column when it names a
 * field of `loaded`), and the hint. Never a stack trace.
 */
export function formatError(error: unknown, loaded?: LoadedScenario): string {
  if (isScenarioError(error)) {
    // Every issue already names its file, line and column.
    return createRedactor().redact(`error [${error.code}]: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
  }
  if (isHarnessError(error)) return formatErrorReport(errorReport(error, loaded));
  const message = error instanceof Error ? error.message : String(error);
  return `error [INTERNAL]: ${message}\n  (this is a bug in migration-pilot; please report it with the command you ran)`;
}

export function formatErrorReport(error: ErrorReport): string {
  const lines = [`error [${error.code}]: ${error.message}`];
  if (error.location && !error.message.includes(error.location)) lines.push(`  at ${error.location}`);
  if (error.hint && !error.message.includes(error.hint)) lines.push(`  hint: ${error.hint}`);
  return createRedactor().redact(lines.join('\n'));
}
