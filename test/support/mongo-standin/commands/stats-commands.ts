/** collStats and dbStats (see collection-stats.ts for what the numbers mean). */
import { numberParam } from '../bson-values.ts';
import { CommandError } from '../command-error.ts';
import { databaseStats, storageStats } from '../collection-stats.ts';
import { collectionParam, namespace, type CommandHandler } from './command-context.ts';

const collStats: CommandHandler = (command, context) => {
  const name = collectionParam(command, 'collStats', context);
  const collection = context.store.get(context.database, name);
  if (collection === undefined) {
    throw new CommandError('NamespaceNotFound', `Collection [${namespace(context, name)}] not found.`);
  }
  return { ns: collection.namespace, ...storageStats(collection, numberParam(command.scale) ?? 1), ok: 1 };
};

const dbStats: CommandHandler = (command, context) =>
  databaseStats(context.database, [...context.store.collections(context.database).values()], numberParam(command.scale) ?? 1);

export const statsCommands: Record<string, CommandHandler> = { collStats, dbStats };
