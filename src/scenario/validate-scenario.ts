import { explainIssues, UNSET_MESSAGE } from './explain-issues.ts';
import { type ScenarioSpec, scenarioSchema } from './scenario-schema.ts';
import type { ScenarioIssue } from './scenario-issue.ts';
import type { SourceLocator } from './source-locator.ts';

export type ScenarioValidation =
  | { readonly success: true; readonly spec: ScenarioSpec }
  | { readonly success: false; readonly issues: readonly ScenarioIssue[] };

export interface ValidateOptions {
  /** Absolute path of the file the value came from, for the issues. */
  readonly file: string;
  readonly format: 'yaml' | 'typescript';
  /** Maps field paths to line and column, when the text is known. */
  readonly locator?: SourceLocator | undefined;
}

/**
 * The one validator for YAML and TypeScript scenarios: `scenarioSchema`, with every
 * problem explained for the person who wrote the file. Never throws for bad input.
 *
 * @example
 * const result = validateScenario({ name: 'demo' }, { file: '/repo/scenarios/demo.ts', format: 'typescript' });
 * if (!result.success) console.error(formatScenarioIssues(result.issues));
 */
export function validateScenario(input: unknown, options: ValidateOptions): ScenarioValidation {
  const result = scenarioSchema.safeParse(input, { error: () => UNSET_MESSAGE });
  if (result.success) return { success: true, spec: result.data };
  const drafts = explainIssues(result.error.issues, {
    schema: scenarioSchema,
    input,
    format: options.format,
    locator: options.locator,
  });
  return { success: false, issues: drafts.map((draft) => ({ file: options.file, ...draft })) };
}
