import { pathToFileURL } from 'node:url';
import type { Db } from 'mongodb';
import { loadMigrators } from '../chain/load-migrators.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { MONGO_MIGRATOR, type MongoMigrator } from './mongo-migrator.ts';

/**
 * Loads Mongo migrators with the shared loader (files and folders, checksums, version and
 * key validation), then insists each one was declared with `defineMongoMigrator`: a SQL
 * file or a PostgreSQL `defineMigrator` module would otherwise run its `up` against a
 * MongoDB database.
 *
 * @throws HarnessError `MIGRATOR_INVALID` naming the file.
 */
export async function loadMongoMigrators(entries: readonly string[], baseDir: string): Promise<MongoMigrator[]> {
  const loaded = await loadMigrators(entries, baseDir);
  const result: MongoMigrator[] = [];
  for (const migrator of loaded) {
    const hint = 'Write Mongo migrators as TypeScript modules ending with "export default defineMongoMigrator({ from, to, async up(db) { … } })".';
    if (migrator.kind === 'sql') {
      throw new HarnessError('MIGRATOR_INVALID', `${migrator.relativeFile}: a SQL migrator cannot run on MongoDB.`, { file: migrator.file, hint });
    }
    // The same URL the shared loader imported, so this is the module already loaded.
    const module = (await import(`${pathToFileURL(migrator.file).href}?sha256=${migrator.checksum}`)) as { default: Record<symbol, { onFailure: string }> & { up(db: Db): unknown; down?(db: Db): unknown } };
    const extra = module.default[MONGO_MIGRATOR];
    if (!extra) {
      throw new HarnessError('MIGRATOR_INVALID', `${migrator.relativeFile}: the module is not a Mongo migrator (it was not declared with defineMongoMigrator).`, {
        file: migrator.file,
        hint,
      });
    }
    const definition = module.default;
    const down = definition.down;
    const { up: _up, down: _down, ...record } = migrator;
    result.push({
      ...record,
      onFailure: extra.onFailure,
      up: async (db) => void (await definition.up.call(definition, db)),
      ...(down ? { down: async (db: Db) => void (await down.call(definition, db)) } : {}),
    });
  }
  return result;
}
