import type { HarnessError } from '../errors/harness-error.ts';
import type { ErrorReport } from '../report/pilot-report.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';

/**
 * Where a problem is, for people: `scenarios/x.yaml:12:5` when it names a scenario field
 * the file spells out, else the file it is about.
 */
export function problemLocation(
  problem: { path?: readonly (string | number)[] | undefined; file?: string | undefined },
  loaded: LoadedScenario | undefined,
): string | undefined {
  if (problem.path && loaded) {
    const at = loaded.locate(problem.path);
    return at ? `${displayFile(loaded.file)}:${at.line}:${at.column}` : displayFile(loaded.file);
  }
  return problem.file ? displayFile(problem.file) : undefined;
}

/** A harness error as the report records it, located in the scenario when it can be. */
export function errorReport(error: HarnessError, loaded: LoadedScenario | undefined): ErrorReport {
  const location = problemLocation(error, loaded);
  return {
    code: error.code,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(location ? { location } : {}),
    ...(error.path ? { path: error.path.join('.') } : {}),
  };
}
