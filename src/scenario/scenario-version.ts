import semver from 'semver';
import { migratorVersionProblem } from '../chain/migrator-version.ts';

/** Why a version in a scenario is refused, in words, with the version to write instead. */
export interface ScenarioVersionProblem {
  readonly message: string;
  /** How to fix it: `write "2.0.0", without the "v"`. */
  readonly hint: string;
  /** The version to write instead, when there is one. */
  readonly suggestion?: string;
}

/**
 * A plain semantic version as a JSON Schema pattern, so that editors flag what the validator
 * refuses: major.minor.patch with an optional prerelease, no "v", no build metadata.
 */
export const PLAIN_VERSION_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?$';

const EXAMPLE = 'major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"';

/**
 * Why `value` cannot be a version in a scenario (`source.version`, `target.version`,
 * `chain.mandatory`, a budget's step), or `undefined` when it can. The rule is the one
 * migrator files follow (`migratorVersionProblem`), so that a version written in the scenario
 * can always match a migrator's.
 *
 * @example
 * scenarioVersionProblem('v2.0.0');
 * // { message: '"v2.0.0" is not written as a plain version', hint: 'write "2.0.0", without the "v"', suggestion: '2.0.0' }
 */
export function scenarioVersionProblem(value: string): ScenarioVersionProblem | undefined {
  const problem = migratorVersionProblem(value);
  if (problem === undefined) return undefined;
  if (value === '') return { message: 'expected a semantic version such as "1.2.0", found an empty string', hint: `write ${EXAMPLE}` };
  const message = problem.message.replace(/\.$/, '');
  const suggestion = problem.suggestion;
  if (suggestion === undefined) return { message, hint: `write ${EXAMPLE}` };
  return { message, hint: fix(value, suggestion), suggestion };
}

function fix(value: string, suggestion: string): string {
  const quoted = JSON.stringify(suggestion);
  const prefix = /^[=vV]+/.exec(value.trim())?.[0];
  if (prefix !== undefined && value.trim().slice(prefix.length) === suggestion) return `write ${quoted}, without the ${JSON.stringify(prefix)}`;
  if (value.startsWith(`${suggestion}+`)) return `write ${quoted}, without the build metadata`;
  if (semver.parse(value) !== null) return `write ${quoted}`;
  // "2.0" → "2.0.0": a version short of parts; anything else is only a guess.
  if (suggestion.startsWith(`${value}.`)) return `write all three parts: ${quoted}`;
  return `did you mean ${quoted}? Versions are written as ${EXAMPLE}`;
}
