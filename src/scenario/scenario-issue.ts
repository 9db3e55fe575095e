import type { FieldPath } from './field-path.ts';

/**
 * One problem in a scenario file, in words for the person who wrote the file.
 *
 * @example
 * {
 *   file: '/repo/scenarios/workflow-app.yaml', line: 14, column: 5,
 *   path: 'source.provdier', segments: ['source', 'provdier'],
 *   message: 'unknown key "provdier" (did you mean "provider"?)',
 *   hint: 'allowed here: version, provider, schema',
 * }
 */
export interface ScenarioIssue {
  /** Absolute path of the scenario file. */
  readonly file: string;
  /** 1-based; absent when the place is unknown (a computed value in a TypeScript scenario). */
  readonly line?: number;
  readonly column?: number;
  /** The field, as `data.tables.dir_user.columns.email.nullRatio`; empty for the whole file. */
  readonly path: string;
  /** The same field as segments, for code that reads issues. */
  readonly segments: FieldPath;
  /** What is wrong: `expected a number, found the string "ten"`. */
  readonly message: string;
  /** What would have been accepted, when there is a type to name: `a number`. */
  readonly expected?: string;
  /** How to fix it, or what is allowed here. */
  readonly hint?: string;
  /** The offending line with a caret under the column, for YAML syntax errors. */
  readonly excerpt?: string;
}

/** An issue before it is tied to a file. */
export type ScenarioIssueDraft = Omit<ScenarioIssue, 'file'>;
