import { z } from 'zod';
import { didYouMean } from '../util/did-you-mean.ts';
import { type FieldPath, formatFieldPath } from './field-path.ts';
import type { ScenarioIssueDraft } from './scenario-issue.ts';
import {
  allowedKeys,
  describeExpected,
  descriptionOf,
  isInteger,
  numberBounds,
  recordKeySchema,
  type Schema,
  schemaAt,
  unwrap,
} from './schema-walk.ts';
import type { SourceLocator } from './source-locator.ts';

/**
 * Pass as the parse-time error map (`schema.safeParse(x, { error: () => UNSET_MESSAGE })`):
 * messages written in the schema still win, and every other issue is worded here from
 * its data instead of zod's default text.
 */
export const UNSET_MESSAGE = '\u0000';

const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key)/;

export interface ExplainContext {
  /** The root schema the issues came from. */
  readonly schema: Schema;
  /** The value that was validated, to quote what was found. */
  readonly input: unknown;
  readonly format: 'yaml' | 'typescript';
  readonly locator?: SourceLocator | undefined;
}

type Issue = z.core.$ZodIssue;
type Segments = (string | number)[];

interface Draft {
  readonly segments: Segments;
  readonly message: string;
  readonly expected?: string | undefined;
  readonly hint?: string | undefined;
  /** Point at the key rather than the value (unknown keys, invalid record keys). */
  readonly atKey?: boolean;
  /** A missing required key. */
  readonly missing?: boolean;
  /** An unknown key whose did-you-mean names a key that is missing next to it. */
  readonly suggests?: Segments;
}

/**
 * Turns zod issues into messages for the person who wrote the scenario: one issue per
 * problem (an unknown key each, one message per union from the branch that matched
 * best), with the position in the file when a locator is given.
 *
 * @example
 * const result = scenarioSchema.safeParse(input, { error: () => UNSET_MESSAGE });
 * if (!result.success) explainIssues(result.error.issues, { schema: scenarioSchema, input, format: 'yaml', locator });
 */
export function explainIssues(issues: readonly Issue[], context: ExplainContext): ScenarioIssueDraft[] {
  const drafts = issues.flatMap((issue) => explain(issue, [], context));
  // A typo'd key also makes the key it meant "missing"; the did-you-mean already says so.
  const suggested = new Set(drafts.flatMap((draft) => (draft.suggests ? [JSON.stringify(draft.suggests)] : [])));
  return drafts.filter((draft) => !(draft.missing && suggested.has(JSON.stringify(draft.segments)))).map((draft) => finish(draft, context));
}

function finish(draft: Draft, context: ExplainContext): ScenarioIssueDraft {
  const position = draft.atKey ? context.locator?.locateKey(draft.segments) : context.locator?.locate(draft.segments);
  return {
    ...(position ? { line: position.line, column: position.column } : {}),
    path: formatFieldPath(draft.segments),
    segments: draft.segments,
    message: draft.message,
    ...(draft.expected === undefined ? {} : { expected: draft.expected }),
    ...(draft.hint === undefined ? {} : { hint: draft.hint }),
  };
}

function explain(issue: Issue, base: Segments, context: ExplainContext): Draft[] {
  const segments = [...base, ...issue.path.filter((segment) => typeof segment !== 'symbol')] as Segments;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(segments, key, context));
    case 'invalid_union':
      return explainUnion(issue, segments, context);
    case 'invalid_type':
      return [invalidType(issue, segments, context)];
    case 'invalid_value':
      return [invalidValue(issue, segments, context)];
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, segments, context)];
    case 'invalid_key':
      return [invalidKey(issue, segments, context)];
    default:
      return [otherIssue(issue, segments, context)];
  }
}

function unknownKey(parent: Segments, key: string, context: ExplainContext): Draft {
  const parentSchema = schemaAt(context.schema, parent);
  const allowed = (parentSchema && allowedKeys(parentSchema)) ?? [];
  const suggestion = didYouMean(key, allowed);
  let message = `unknown key ${q(key)}`;
  const home = suggestion === undefined && parentSchema ? homeOf(parentSchema, key) : undefined;
  if (suggestion !== undefined) message += ` (did you mean ${q(suggestion)}?)`;
  else if (home !== undefined) message += ` (it belongs under ${q(formatFieldPath([...parent, home]))})`;
  const parentValue = valueAt(context.input, parent);
  const shown = allowed.filter((name) => !name.startsWith('$'));
  const hints = shown.length > 0 ? [`allowed here: ${shown.join(', ')}`] : [];
  // A top-level mapping that only holds anchors for the rest of the file wants an "x-" name.
  const unplaced = parent.length === 0 && suggestion === undefined && home === undefined;
  if (context.format === 'yaml' && unplaced && isMapping(parentValue) && isMapping(parentValue[key])) {
    hints.push(`to keep it only for YAML anchors, name it ${q(`x-${key}`)}: top-level keys starting with "x-" are ignored`);
  }
  // `{ query: select a, b from t }`: the comma ended the value and "b from t" became a key.
  if (context.format === 'yaml' && /\s/.test(key) && isMapping(parentValue) && parentValue[key] === null) {
    hints.unshift('inside { … } a comma starts a new entry: put the value before it in quotes');
  }
  return {
    segments: [...parent, key],
    message,
    hint: hints.length > 0 ? hints.join('\n') : undefined,
    atKey: true,
    suggests: suggestion !== undefined && isMapping(parentValue) && !Object.hasOwn(parentValue, suggestion) ? [...parent, suggestion] : undefined,
  };
}

/** The allowed key one level down that takes `key` (`seed` at the top level belongs under `data`). */
function homeOf(parentSchema: Schema, key: string): string | undefined {
  for (const candidate of allowedKeys(parentSchema) ?? []) {
    const child = schemaAt(parentSchema, [candidate]);
    if (child && allowedKeys(child)?.includes(key)) return candidate;
  }
  return undefined;
}

function explainUnion(issue: Extract<Issue, { code: 'invalid_union' }>, segments: Segments, context: ExplainContext): Draft[] {
  const matching = issue.errors.filter((branch) => !mismatchedAtRoot(branch));
  if (matching.length > 0) {
    // The branch whose shape the value has; of several, the one with the fewest problems.
    const best = matching.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => explain(inner, segments, context));
  }
  const value = valueAt(context.input, segments);
  const field = schemaAt(context.schema, segments);
  const expected = describeExpected(field) ?? 'another kind of value';
  return [
    {
      segments,
      message: `expected ${expected}, found ${describeValue(value, context)}`,
      expected,
      hint: typeHint(value, field, segments, context) ?? descriptionOf(field),
    },
  ];
}

/** A branch that failed on the kind of value itself (a string where it wanted a mapping). */
function mismatchedAtRoot(branch: readonly Issue[]): boolean {
  return branch.some(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every(mismatchedAtRoot))),
  );
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>, segments: Segments, context: ExplainContext): Draft {
  const value = valueAt(context.input, segments);
  const field = schemaAt(context.schema, segments);
  const expected = describeExpected(field) ?? ZOD_TYPE_NAMES[issue.expected] ?? issue.expected;
  const key = segments.at(-1);
  const parent = valueAt(context.input, segments.slice(0, -1));
  if (value === undefined && key !== undefined && isMapping(parent) && !Object.hasOwn(parent, key)) {
    return { segments, message: `missing required key ${q(String(key))} (${expected})`, expected, hint: descriptionOf(field), missing: true };
  }
  const message = isAuthored(issue.message) ? withFound(issue.message, value, context) : `expected ${expected}, found ${describeValue(value, context)}`;
  return { segments, message, expected, hint: typeHint(value, field, segments, context) ?? descriptionOf(field) };
}

function invalidValue(issue: Extract<Issue, { code: 'invalid_value' }>, segments: Segments, context: ExplainContext): Draft {
  const value = valueAt(context.input, segments);
  const options = issue.values.map((option) => JSON.stringify(option));
  if (isAuthored(issue.message)) return { segments, message: withFound(issue.message, value, context) };
  if (options.length === 1) {
    return { segments, message: `expected ${options[0]}, found ${describeValue(value, context)}`, expected: options[0] };
  }
  const expected = `one of ${options.join(', ')}`;
  if (typeof value !== 'string') return { segments, message: `expected ${expected}, found ${describeValue(value, context)}`, expected };
  const suggestion = didYouMean(
    value,
    issue.values.filter((option): option is string => typeof option === 'string'),
  );
  return {
    segments,
    message: `unknown value ${q(value)}${suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`}`,
    expected,
    hint: `allowed values: ${options.join(', ')}`,
  };
}

function outOfRange(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, segments: Segments, context: ExplainContext): Draft {
  const value = valueAt(context.input, segments);
  if (isAuthored(issue.message)) return { segments, message: withFound(issue.message, value, context) };
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const field = schemaAt(context.schema, segments);
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint': {
      const expected = `${isInteger(field) || issue.origin === 'int' ? 'an integer' : 'a number'} ${numberRange(field, issue)}`;
      return { segments, message: `expected ${expected}, found ${describeValue(value, context, { bare: true })}`, expected };
    }
    case 'array':
    case 'set': {
      const length = Array.isArray(value) ? value.length : undefined;
      const expected = small
        ? limit === 1
          ? 'at least one item'
          : `at least ${limit} items`
        : `at most ${limit} ${limit === 1 ? 'item' : 'items'}`;
      const found = length === 0 ? 'an empty list' : length === undefined ? describeValue(value, context) : `${length}`;
      return { segments, message: `expected ${expected}, found ${found}`, expected, hint: descriptionOf(field) };
    }
    case 'string': {
      const length = typeof value === 'string' ? value.length : 0;
      if (small && limit === 1) return { segments, message: 'expected a non-empty string, found an empty string', expected: 'a non-empty string' };
      const expected = `${small ? 'at least' : 'at most'} ${limit} characters`;
      return { segments, message: `expected ${expected}, found ${length}`, expected };
    }
    default:
      return { segments, message: `expected a value ${small ? 'of at least' : 'of at most'} ${limit}, found ${describeValue(value, context)}` };
  }
}

function numberRange(field: Schema | undefined, issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const bounds = numberBounds(field);
  if (issue.code === 'too_small' && !bounds.min) bounds.min = { value: Number(issue.minimum), inclusive: issue.inclusive === true };
  if (issue.code === 'too_big' && !bounds.max) bounds.max = { value: Number(issue.maximum), inclusive: issue.inclusive === true };
  const { min, max } = bounds;
  if (min?.inclusive && max?.inclusive) return `from ${min.value} to ${max.value}`;
  const parts: string[] = [];
  if (min) parts.push(`${min.inclusive ? 'of at least' : 'above'} ${min.value}`);
  if (max) parts.push(`${max.inclusive ? (min ? 'at most' : 'of at most') : 'below'} ${max.value}`);
  return parts.join(' and ');
}

function invalidKey(issue: Extract<Issue, { code: 'invalid_key' }>, segments: Segments, context: ExplainContext): Draft {
  const key = String(segments.at(-1));
  const reason = issue.issues.find((inner) => isAuthored(inner.message));
  // `"v2.0.0" is not written as a plain version` names the key already.
  const message =
    reason === undefined
      ? `invalid key ${q(key)}`
      : reason.message.startsWith(q(key))
        ? `key ${reason.message}`
        : `invalid key ${q(key)}: ${reason.message}`;
  const hint = keyNumberHint(key, segments, context) ?? authoredHint(reason);
  return { segments, message, hint, atKey: true };
}

/**
 * `2.0: 1m` under `budgets.steps`: YAML reads the key as the number 2, and "2" is no
 * version. The fix is what the key schema accepts for the text as written ("2.0.0").
 */
function keyNumberHint(key: string, segments: Segments, context: ExplainContext): string | undefined {
  if (context.format !== 'yaml') return undefined;
  const written = context.locator?.keyTextAt(segments);
  if (written === undefined || /^["']/.test(written) || !Number.isFinite(Number(written))) return undefined;
  const parent = schemaAt(context.schema, segments.slice(0, -1));
  const keySchema = parent && recordKeySchema(parent);
  const fix = keySchema && acceptedSpelling(keySchema, written);
  const read = written === key ? 'a number' : `the number ${key}`;
  return fix === undefined
    ? `YAML reads ${written} as ${read}`
    : `YAML reads ${written} as ${read}; write ${JSON.stringify(fix)} in quotes`;
}

function otherIssue(issue: Issue, segments: Segments, context: ExplainContext): Draft {
  const value = valueAt(context.input, segments);
  if (isAuthored(issue.message)) return { segments, message: withFound(issue.message, value, context), hint: authoredHint(issue) };
  switch (issue.code) {
    case 'invalid_format':
      return {
        segments,
        message: `expected ${issue.format === 'regex' ? `a string matching ${issue.pattern}` : `a valid ${issue.format}`}, found ${describeValue(value, context)}`,
      };
    case 'not_multiple_of':
      return { segments, message: `expected a multiple of ${issue.divisor}, found ${describeValue(value, context, { bare: true })}` };
    default:
      return { segments, message: `invalid value: ${describeValue(value, context)}` };
  }
}

/** A fix for the usual slips: YAML reading `1.10` as a number, a quoted number, an empty value. */
function typeHint(value: unknown, field: Schema | undefined, segments: Segments, context: ExplainContext): string | undefined {
  const yaml = context.format === 'yaml';
  if (field && (typeof value === 'number' || typeof value === 'boolean') && accepts(field, 'string')) {
    const written = (yaml ? context.locator?.textAt(segments) : undefined) ?? String(value);
    // Suggest only a string the field accepts: `version: 1.10` needs "1.10.0", not "1.10".
    const fix = acceptedSpelling(field, written);
    if (fix === undefined) return undefined;
    if (!yaml) return `write it as a string: ${JSON.stringify(fix)}`;
    const read = `YAML reads ${written} as a ${typeof value}`;
    return fix === written ? `${read}; write it in quotes: ${JSON.stringify(fix)}` : `${read}; write ${JSON.stringify(fix)} in quotes`;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) && accepts(field, 'number')) {
    return `write the number without quotes: ${value.trim()}`;
  }
  if ((value === 'true' || value === 'false') && accepts(field, 'boolean')) return `write ${value} without quotes`;
  if (value === null && yaml) return 'the key has no value: write one after the colon';
  if (value instanceof Date && accepts(field, 'string')) return 'write dates as text, such as "2024-01-31" or "2024-01-31T12:00:00Z"';
  return undefined;
}

/**
 * `written` if the field accepts it as a string, else the spelling its own check suggests
 * (`params.suggestion` of a custom issue, as the version check gives "1.10.0" for "1.10")
 * when the field accepts that; `undefined` when there is nothing sure to suggest.
 */
function acceptedSpelling(field: Schema, written: string): string | undefined {
  const result = z.safeParse(field, written);
  if (result.success) return written;
  for (const issue of result.error.issues) {
    const suggestion = suggestionOf(issue);
    if (suggestion !== undefined && z.safeParse(field, suggestion).success) return suggestion;
  }
  return undefined;
}

/** The fix a check in the schema wrote for its own issue (`params.hint`). */
function authoredHint(issue: Issue | undefined): string | undefined {
  const hint = issue?.code === 'custom' ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
  return typeof hint === 'string' ? hint : undefined;
}

function suggestionOf(issue: Issue): string | undefined {
  const suggestion = issue.code === 'custom' ? (issue.params as { suggestion?: unknown } | undefined)?.suggestion : undefined;
  return typeof suggestion === 'string' ? suggestion : undefined;
}

function accepts(field: Schema | undefined, type: string): boolean {
  if (!field) return false;
  const s = unwrap(field);
  const d = s._zod.def as unknown as { type: string; options?: Schema[]; innerType?: Schema };
  if (d.type === type) return true;
  if (d.type === 'union') return d.options!.some((option) => accepts(option, type));
  if (d.type === 'nullable') return accepts(d.innerType, type);
  return false;
}

const ZOD_TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  date: 'a date',
  null: 'null',
};

function isAuthored(message: string): boolean {
  return message !== UNSET_MESSAGE && !ZOD_DEFAULT_MESSAGE.test(message);
}

/** `expected a semantic version such as "1.2.0"` → `…, found the string "abc"`, when it does not say already. */
function withFound(message: string, value: unknown, context: ExplainContext): string {
  const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  return /^expected\b/.test(message) && !/\b(found|got)\b/.test(message) && scalar
    ? `${message}, found ${describeValue(value, context)}`
    : message;
}

/** A value in words: `the string "ten"`, `the number 1.2`, `a list`, `an empty value`. */
export function describeValue(value: unknown, context: Pick<ExplainContext, 'format'>, options: { bare?: boolean } = {}): string {
  if (value === undefined) return 'nothing';
  if (value === null) return context.format === 'yaml' ? 'an empty value' : 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `the string ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'number' || typeof value === 'bigint') return options.bare ? String(value) : `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Date) return 'a Date object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let current = input;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isMapping(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

function isMapping(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function q(text: string): string {
  return JSON.stringify(text);
}
