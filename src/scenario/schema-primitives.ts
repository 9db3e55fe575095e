import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from '../util/duration.ts';
import { PLAIN_VERSION_PATTERN, scenarioVersionProblem } from './scenario-version.ts';

/*
 * The small schemas every part of a scenario spells the same way: durations, plain
 * versions and table names. scenario-schema.ts and the section files it plugs in
 * (estimate, stages, processes) share them from here, so a rule changes in one place.
 */

/** A duration such as "30s" or "2m", parsed to milliseconds. */
export const durationSchema = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), { error: 'expected a duration such as "500ms", "30s", "2m" or "1.5h"' })
  .transform((text) => parseDuration(text)!)
  .describe('A duration: a number followed by ms, s, m or h ("30s", "2m").');

/** A plain semantic version, by the rule migrator files follow: "2.0.0", not "v2.0.0", "2.0" or "2.0.0+build". */
export const versionSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = scenarioVersionProblem(value);
    // `params` carries the fix to explainIssues, which turns it into the issue's hint.
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint, suggestion: problem.suggestion } });
  })
  .meta({ pattern: PLAIN_VERSION_PATTERN });

/**
 * A table name, bare or `schema.table`; the error quotes an example from the section it
 * is used in (`tableNameSchema('dir_user')` → "dir_user" or "app.dir_user").
 */
export function tableNameSchema(example: string, schema = 'app') {
  return z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/, { error: `expected a table name such as "${example}" or "${schema}.${example}"` });
}

/**
 * A refinement for an object that takes exactly one of `keys` (one generator, one masking
 * rule): none or two is an issue at the second key given, naming what was found.
 */
export function exactlyOneOf<T extends Record<string, unknown>>(keys: readonly (keyof T & string)[], what: string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const given = keys.filter((key) => value[key] !== undefined);
    if (given.length === 1) return;
    ctx.addIssue({
      code: 'custom',
      path: given.length > 1 ? [given[1]!] : [],
      message: given.length === 0 ? `expected one ${what}: ${keys.join(', ')}` : `expected one ${what}, found ${given.map((k) => JSON.stringify(k)).join(' and ')}`,
    });
  };
}
