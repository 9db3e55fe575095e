import type { Document } from 'bson';

/** MongoDB server error codes the stand-in replies with (names as in MongoDB's error_codes.yml). */
export const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  TypeMismatch: 14,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  PathNotViable: 28,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  ConversionFailure: 241,
  DuplicateKey: 11000,
  MergeStageNoMatchingDocument: 13113,
  UnrecognizedPipelineStage: 40324,
} as const;

export type ErrorCodeName = keyof typeof ErrorCode;

/**
 * A command failure the stand-in reports as `{ ok: 0, errmsg, code, codeName }`, which the
 * driver raises as a `MongoServerError`. `extra` carries fields such as `keyPattern`/`keyValue`.
 */
export class CommandError extends Error {
  readonly code: number;
  readonly codeName: ErrorCodeName;
  readonly extra: Document;

  constructor(codeName: ErrorCodeName, message: string, extra: Document = {}) {
    super(message);
    this.name = 'CommandError';
    this.codeName = codeName;
    this.code = ErrorCode[codeName];
    this.extra = extra;
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }

  /** The shape of one entry of a write command's `writeErrors`. */
  toWriteError(index: number): Document {
    return { index, code: this.code, codeName: this.codeName, errmsg: this.message, ...this.extra };
  }
}

/** Marks what the stand-in deliberately does not do, so the message says so; `what` reads after "does not support". */
export function notSupported(what: string, hint = ''): CommandError {
  const suffix = hint === '' ? '' : ` ${hint}`;
  return new CommandError(
    'CommandNotSupported',
    `The migration-pilot MongoDB stand-in (an in-memory test double, not MongoDB) does not support ${what}.${suffix}`,
  );
}
