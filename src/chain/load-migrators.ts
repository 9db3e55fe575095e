import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import type { Migrator, MigratorOrigin } from './migrator.ts';
import { migratorChecksum } from './migrator-checksum.ts';
import { moduleMigrator } from './module-migrator.ts';
import { sqlMigrator } from './sql-migrator.ts';

/** File endings read as migrators: SQL files and ES modules. */
export const MIGRATOR_EXTENSIONS = ['.sql', '.ts', '.mts', '.js', '.mjs'] as const;
const SKIPPED = /\.d\.m?ts$|\.(test|spec)\.m?[jt]s$/;

/**
 * Loads the scenario's `chain.migrators`: each entry is a file or a folder, relative to
 * `baseDir` (the scenario file's folder). A folder contributes every migrator file directly
 * in it, in name order; other files (README.md, *.d.ts, *.test.ts) are skipped, and
 * nested folders are **not** searched: list them as entries of their own. A file named
 * twice (once in a folder, once on its own) is loaded once.
 *
 * The order of the result is the load order; the planner orders migrators by version.
 *
 * @example
 * const migrators = await loadMigrators(['workflow-app/migrations'], path.dirname(scenarioFile));
 *
 * @throws HarnessError `CONFIG_NOT_FOUND` for a missing entry, `MIGRATOR_INVALID` for a
 *   file that is not a migrator, a folder without any, or an invalid migrator.
 */
export async function loadMigrators(entries: readonly string[], baseDir: string): Promise<Migrator[]> {
  const files: string[] = [];
  for (const entry of entries) {
    const absolute = path.resolve(baseDir, entry);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      throw new HarnessError('CONFIG_NOT_FOUND', `Migrator path ${JSON.stringify(entry)} does not exist (looked for ${absolute}).`, {
        file: absolute,
        path: ['chain', 'migrators'],
        hint: `Entries of chain.migrators are files or folders relative to the scenario file's folder, ${baseDir}.`,
      });
    }
    if (info.isDirectory()) {
      files.push(...(await migratorFilesIn(absolute, entry)));
    } else if (isMigratorFile(absolute)) {
      files.push(absolute);
    } else {
      throw new HarnessError('MIGRATOR_INVALID', `${JSON.stringify(entry)} is not a migrator file: expected ${MIGRATOR_EXTENSIONS.join(', ')}.`, {
        file: absolute,
        path: ['chain', 'migrators'],
        hint: 'List SQL files with @from/@to headers, TypeScript or JavaScript modules exporting defineMigrator(…), or folders of them.',
      });
    }
  }
  const migrators: Migrator[] = [];
  for (const file of new Set(files)) {
    // Module side effects (if any) run in a fixed order: one file at a time.
    migrators.push(await loadMigrator(file, baseDir));
  }
  return migrators;
}

async function loadMigrator(file: string, baseDir: string): Promise<Migrator> {
  const bytes = await readFile(file);
  const origin: MigratorOrigin = {
    file,
    relativeFile: path.relative(baseDir, file).split(path.sep).join('/'),
    checksum: migratorChecksum(bytes),
  };
  return file.endsWith('.sql') ? sqlMigrator(bytes.toString('utf8'), origin) : moduleMigrator(origin);
}

async function migratorFilesIn(folder: string, entry: string): Promise<string[]> {
  const children = await readdir(folder, { withFileTypes: true });
  const files = children
    .filter((child) => child.isFile() && isMigratorFile(child.name))
    .map((child) => child.name)
    // Code-point order, not locale order: the same on every machine.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    const folders = children.filter((child) => child.isDirectory()).map((child) => child.name);
    throw new HarnessError('MIGRATOR_INVALID', `Migrator folder ${JSON.stringify(entry)} holds no migrator files (${MIGRATOR_EXTENSIONS.join(', ')}).`, {
      file: folder,
      path: ['chain', 'migrators'],
      hint:
        folders.length > 0
          ? `Nested folders are not searched; list them in chain.migrators: ${folders.map((name) => JSON.stringify(path.posix.join(entry, name))).join(', ')}.`
          : 'Add migrators to it, or remove the entry.',
    });
  }
  return files.map((name) => path.join(folder, name));
}

function isMigratorFile(name: string): boolean {
  return MIGRATOR_EXTENSIONS.some((extension) => name.endsWith(extension)) && !SKIPPED.test(name);
}
