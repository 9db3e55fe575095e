import type { Document } from 'bson';
import { CommandError } from '../command-error.ts';
import type { CursorRegistry } from '../cursor-registry.ts';
import type { MemoryStore } from '../memory-store.ts';
import { validateCollectionName } from '../memory-store.ts';
import type { PipelineEnvironment } from '../aggregate-pipeline.ts';

/** What a command handler sees: the shared state plus this request's database. */
export interface CommandContext {
  store: MemoryStore;
  cursors: CursorRegistry;
  /** The request's `$db`. */
  database: string;
  now(): Date;
  /** `host:port` as reported in `serverStatus`, `$collStats`. */
  host: string;
  connectionId: number;
  startedAt: Date;
  connections(): { current: number; totalCreated: number };
}

/** Returns the reply document; throws a CommandError to fail the command. */
export type CommandHandler = (command: Document, context: CommandContext) => Document;

/** Fields any command may carry that say nothing about what it does. */
export const GENERIC_FIELDS = new Set([
  '$db', 'lsid', 'txnNumber', '$clusterTime', '$readPreference', 'readConcern', 'writeConcern',
  'apiVersion', 'apiStrict', 'apiDeprecationErrors', 'comment', 'maxTimeMS', '$audit', '$client',
]);

/** The collection named by the command's first field (e.g. `{ find: 'users' }`). */
export function collectionParam(command: Document, field: string, context: CommandContext): string {
  return validateCollectionName(context.database, command[field]);
}

export function namespace(context: CommandContext, collection: string): string {
  return `${context.database}.${collection}`;
}

export function pipelineEnvironment(context: CommandContext, variables?: Document): PipelineEnvironment {
  return {
    store: context.store,
    database: context.database,
    now: context.now(),
    host: context.host,
    ...(variables === undefined ? {} : { variables }),
  };
}

export function documentParam(command: Document, field: string): Document | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new CommandError('TypeMismatch', `BSON field '${field}' is the wrong type, expected an object`);
  }
  return value as Document;
}
