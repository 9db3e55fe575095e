/** Dispatches one command document to its handler and turns every failure into an error reply. */
import type { Document } from 'bson';
import { CommandError, notSupported } from './command-error.ts';
import type { CommandContext, CommandHandler } from './commands/command-context.ts';
import { indexCommands } from './commands/index-commands.ts';
import { namespaceCommands } from './commands/namespace-commands.ts';
import { readCommands } from './commands/read-commands.ts';
import { serverCommands } from './commands/server-commands.ts';
import { statsCommands } from './commands/stats-commands.ts';
import { writeCommands } from './commands/write-commands.ts';

const HANDLERS = new Map<string, CommandHandler>(
  Object.entries({ ...serverCommands, ...namespaceCommands, ...writeCommands, ...readCommands, ...indexCommands, ...statsCommands }),
);

const TRANSACTION_COMMANDS = new Set(['commitTransaction', 'abortTransaction']);
const AUTH_COMMANDS = new Set(['saslStart', 'saslContinue', 'authenticate', 'getnonce', 'logout', 'createUser', 'dropUser', 'usersInfo']);

export const IMPLEMENTED_COMMANDS = [...HANDLERS.keys()].sort();

// Not IllegalOperation (20), which MongoDB uses: the driver replaces any write error with code
// 20 by a misleading "does not support retryable writes" message.
function refuseTransactions(): CommandError {
  return notSupported(
    'multi-document transactions',
    'MongoDB allows them only on a replica set member or mongos; run transaction tests on a real replica set.',
  );
}

export function runCommand(command: Document, context: CommandContext): Document {
  const name = Object.keys(command)[0] ?? '';
  try {
    if (command.startTransaction === true || command.autocommit !== undefined || TRANSACTION_COMMANDS.has(name)) {
      throw refuseTransactions();
    }
    if (AUTH_COMMANDS.has(name)) throw notSupported('authentication', 'Connect without credentials.');
    const handler = HANDLERS.get(name);
    if (handler === undefined) {
      throw new CommandError(
        'CommandNotFound',
        `no such command: '${name}' (the migration-pilot MongoDB stand-in implements only: ${IMPLEMENTED_COMMANDS.join(', ')})`,
      );
    }
    return handler(command, context);
  } catch (error) {
    if (error instanceof CommandError) return error.toReply();
    const message = error instanceof Error ? error.message : String(error);
    return new CommandError('InternalError', `The MongoDB stand-in failed on ${JSON.stringify(name)}: ${message}`).toReply();
  }
}
