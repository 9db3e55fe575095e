/**
 * mingo, configured for the stand-in: strict MongoDB mode, no server-side JavaScript, and
 * operators that need the stored BSON types (`$type`, typed conversions) overridden to look
 * at the stored document behind a view (see `bson-view.ts`).
 */
import type { Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { Context, evalExpr } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import { BSON_TYPE_NUMBERS, bsonTypeName, type BsonTypeName } from './bson-values.ts';
import { storedValueOf, toView } from './bson-view.ts';
import { CommandError, notSupported } from './command-error.ts';
import { collectPathValues, getPath } from './field-path.ts';
import { convertNumber, numericTarget, type NumericTarget } from './typed-conversions.ts';

// mingo's operator signatures are generic over its own option types; these are what it passes.
type MingoOptions = Parameters<typeof evalExpr>[2];
type QueryOp = (selector: string, value: unknown, options: MingoOptions) => (document: unknown) => boolean;
type ExpressionOp = (document: unknown, expression: unknown, options: MingoOptions) => unknown;

const NUMBER_TYPES = new Set<BsonTypeName>(['int', 'long', 'double', 'decimal']);

function wantedTypes(value: unknown): Set<BsonTypeName | 'number'> {
  const wanted = new Set<BsonTypeName | 'number'>();
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === 'number') {
      wanted.add('number');
      continue;
    }
    const byName = Object.keys(BSON_TYPE_NUMBERS).find((name) => name === item) as BsonTypeName | undefined;
    const byNumber = (Object.keys(BSON_TYPE_NUMBERS) as BsonTypeName[]).find(
      (name) => BSON_TYPE_NUMBERS[name] === item,
    );
    const name = byName ?? byNumber;
    if (name === undefined) throw new CommandError('BadValue', `Unknown type name alias: ${String(item)}`);
    wanted.add(name);
  }
  return wanted;
}

function hasType(value: unknown, wanted: Set<BsonTypeName | 'number'>): boolean {
  const name = bsonTypeName(value);
  return name !== undefined && (wanted.has(name) || (wanted.has('number') && NUMBER_TYPES.has(name)));
}

/** `{ field: { $type: … } }` on the stored types, so `int`, `long`, `double` and `decimal` differ. */
const queryType: QueryOp = (selector, value) => {
  const wanted = wantedTypes(value);
  return (document) => {
    const source = storedValueOf(document) ?? document;
    return collectPathValues(source, selector).some(
      (found) => hasType(found, wanted) || (Array.isArray(found) && found.some((item) => hasType(item, wanted))),
    );
  };
};

function fieldPath(expression: unknown): string | undefined {
  if (typeof expression !== 'string' || !expression.startsWith('$') || expression.startsWith('$$')) return undefined;
  return expression.slice(1);
}

/** The argument of an expression, taken from the stored document when it is a plain field path. */
function storedArgument(document: unknown, expression: unknown, options: MingoOptions): unknown {
  const path = fieldPath(expression);
  const stored = storedValueOf(document);
  if (path !== undefined && stored !== undefined) return getPath(stored, path);
  return evalExpr(document, expression, options);
}

const expressionType: ExpressionOp = (document, expression, options) => {
  const argument = Array.isArray(expression) && expression.length === 1 ? expression[0] : expression;
  const value = storedArgument(document, argument, options);
  return bsonTypeName(value) ?? 'missing';
};

function typedConversion(target: NumericTarget): ExpressionOp {
  return (document, expression, options) => convertNumber(storedArgument(document, expression, options), target);
}

const typedConvert: ExpressionOp = (document, expression, options) => {
  const spec = expression as Document;
  const target = numericTarget(evalExpr(document, spec.to, options));
  if (target === undefined) return evalExpr(document, { $convert: spec }, options);
  const input = storedArgument(document, spec.input, options);
  if (input === null || input === undefined) {
    return spec.onNull === undefined ? null : evalExpr(document, spec.onNull, options);
  }
  try {
    return convertNumber(input, target);
  } catch (error) {
    if (spec.onError === undefined) throw error;
    return evalExpr(document, spec.onError, options);
  }
};

/** Names the pipeline rewriter substitutes for conversions whose result is an output field. */
export const TYPED_CONVERSIONS: Record<string, string> = {
  $toInt: '$standinToInt',
  $toLong: '$standinToLong',
  $toDouble: '$standinToDouble',
  $toDecimal: '$standinToDecimal',
  $convert: '$standinConvert',
};

// Built from mingo's operator modules directly: `Context.from` lets earlier operators win, so
// passing overrides through mingo's default entry point would silently keep its `$type`.
// Server-side JavaScript cannot arrive over the wire (BSON Code is not a JS function), but mingo's
// $setWindowFields uses $function internally, so scripts stay enabled and the user-facing
// operators are refused here instead.
const refuseWhere: QueryOp = () => {
  throw notSupported('$where (server-side JavaScript)');
};

const internalFunction: ExpressionOp = (document, expression, options) => {
  const spec = evalExpr(document, expression, options) as { body?: unknown; args?: unknown[] };
  if (typeof spec?.body !== 'function') throw notSupported('$function (server-side JavaScript)');
  return (spec.body as (...args: unknown[]) => unknown)(...(spec.args ?? []));
};

const context = Context.init({
  accumulator: accumulatorOperators as never,
  pipeline: pipelineOperators as never,
  projection: projectionOperators as never,
  window: windowOperators as never,
  query: { ...queryOperators, $type: queryType, $where: refuseWhere } as never,
  expression: {
    ...expressionOperators,
    $type: expressionType,
    $function: internalFunction,
    $standinToInt: typedConversion('int'),
    $standinToLong: typedConversion('long'),
    $standinToDouble: typedConversion('double'),
    $standinToDecimal: typedConversion('decimal'),
    $standinConvert: typedConvert,
  } as never,
});

export interface EngineOptions {
  /** `let` variables of the command, for `$$name` in `$expr` and pipelines. */
  variables?: Document;
  /** Resolves a collection name (same database) to views, for mingo's `$graphLookup`. */
  collectionResolver?: (name: string) => Document[];
}

function mingoOptions(options: EngineOptions = {}): Record<string, unknown> {
  return {
    useStrictMode: true,
    scriptEnabled: true,
    context,
    ...(options.variables === undefined ? {} : { variables: toView(options.variables) }),
    ...(options.collectionResolver === undefined ? {} : { collectionResolver: options.collectionResolver }),
  };
}

function translateMingoError(error: unknown): never {
  if (error instanceof CommandError) throw error;
  const message = error instanceof Error ? error.message : String(error);
  const unknownStage = /unknown pipeline operator:?\s*'?(\$\w+)/i.exec(message);
  if (unknownStage !== null) {
    throw new CommandError(
      'UnrecognizedPipelineStage',
      `Unrecognized pipeline stage name: '${unknownStage[1]}' (the stand-in evaluates pipelines with mingo)`,
    );
  }
  throw new CommandError('BadValue', `${message} (raised by mingo, the stand-in's query engine)`);
}

export type Matcher = (view: Document) => boolean;

/** Compiles a query filter (already a view) to a predicate over document views. */
export function compileFilter(filter: Document | undefined, options?: EngineOptions): Matcher {
  if (filter === undefined || Object.keys(filter).length === 0) return () => true;
  try {
    const query = new Query(toView(filter) as Document, mingoOptions(options));
    return (view) => {
      try {
        return query.test(view);
      } catch (error) {
        return translateMingoError(error);
      }
    };
  } catch (error) {
    return translateMingoError(error);
  }
}

/** Runs one pipeline stage (or a short pipeline) over views with mingo. */
export function runMingo(views: Document[], pipeline: Document[], options?: EngineOptions): Document[] {
  try {
    return new Aggregator(toView(pipeline) as Document[], mingoOptions(options)).run(views) as Document[];
  } catch (error) {
    return translateMingoError(error);
  }
}

/** Evaluates an aggregation expression against one view (for `$lookup`'s `let`). */
export function evaluate(view: Document, expression: unknown, options?: EngineOptions): unknown {
  try {
    return evalExpr(view, toView(expression), mingoOptions(options) as unknown as MingoOptions);
  } catch (error) {
    return translateMingoError(error);
  }
}
