import { fileParity } from '../files/file-parity.ts';
import type { ProcessCheckSpec, DirectoryCheckSpec, EquivalenceRule, FileParityRule } from '../scenario/process-schema.ts';
import type { Check } from './check.ts';
import { directoryParity } from './directory-parity.ts';
import { processState } from './process-state/process-state.ts';
import { stateEquivalence } from './state-equivalence.ts';

/** The `checks` fields `process-schema.ts` adds. */
export interface ProcessChecksSpec {
  equivalence?: EquivalenceRule[] | undefined;
  processes?: ProcessCheckSpec | undefined;
  files?: FileParityRule[] | undefined;
  directory?: DirectoryCheckSpec | undefined;
}

/**
 * The checks for moving an app with its running processes, in the order they run: the
 * user directory, generic state equivalence, process states, then the files.
 *
 * @example
 * const checks = buildProcessChecks(scenario.checks);
 */
export function buildProcessChecks(checks: ProcessChecksSpec): Check[] {
  return [
    ...(checks.directory ? [directoryParity(checks.directory)] : []),
    ...(checks.equivalence ?? []).map((rule, index) => stateEquivalence(rule, { index })),
    ...(checks.processes ? [processState(checks.processes)] : []),
    ...(checks.files ?? []).map((rule, index) => fileParity(rule, { index })),
  ];
}
