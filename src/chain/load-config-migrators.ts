import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { HarnessError } from '../errors/harness-error.ts';
import type { ConfigDocument, ConfigMigrator } from './config-migrator.ts';
import { migratorChecksum } from './migrator-checksum.ts';
import { migratorVersionProblem } from './migrator-version.ts';
import { defaultDescription } from './sql-migrator.ts';

const MODULE = /\.(ts|mts|js|mjs)$/;
const SKIPPED = /\.d\.m?ts$|\.(test|spec)\.m?[jt]s$/;
const EXAMPLE = `export default defineConfigMigrator({ from: '1.0.0', to: '1.1.0', file: 'app.toml', up(config) { … } })`;

/**
 * Loads the scenario's `config.migrators`: modules (or folders of them, not nested) whose
 * default export is `defineConfigMigrator({ from, to, file, description?, up, down? })`.
 * Each is checksummed like a migrator, so an edited config migrator changes the chain's hash.
 *
 * @throws HarnessError `CONFIG_NOT_FOUND` for a missing entry, `MIGRATOR_INVALID` naming the file for an invalid one.
 */
export async function loadConfigMigrators(entries: readonly string[], baseDir: string, fieldPath: readonly (string | number)[] = ['config', 'migrators']): Promise<ConfigMigrator[]> {
  const files: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const absolute = path.resolve(baseDir, entry);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      throw new HarnessError('CONFIG_NOT_FOUND', `Config migrator path ${JSON.stringify(entry)} does not exist (looked for ${absolute}).`, {
        file: absolute,
        path: [...fieldPath, index],
        hint: 'Entries of config.migrators are modules or folders, relative to the scenario file.',
      });
    }
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).filter((name) => MODULE.test(name) && !SKIPPED.test(name)).sort();
      files.push(...names.map((name) => path.join(absolute, name)));
    } else files.push(absolute);
  }
  const migrators: ConfigMigrator[] = [];
  for (const file of new Set(files)) migrators.push(await loadOne(file, baseDir));
  return migrators;
}

async function loadOne(file: string, baseDir: string): Promise<ConfigMigrator> {
  const relativeFile = path.relative(baseDir, file).split(path.sep).join('/');
  const checksum = migratorChecksum(await readFile(file));
  const fail = (message: string): never => {
    throw new HarnessError('MIGRATOR_INVALID', `${relativeFile}: ${message}`, { file, hint: `A config migrator ends with "${EXAMPLE}".` });
  };
  let loaded: { default?: unknown };
  try {
    loaded = (await import(`${pathToFileURL(file).href}?sha256=${checksum}`)) as { default?: unknown };
  } catch (error) {
    return fail(`the config migrator module could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const definition = loaded.default as Record<string, unknown> | undefined;
  if (!definition || typeof definition !== 'object') return fail('the module has no default export object.');
  const problems: string[] = [];
  for (const key of ['from', 'to'] as const) {
    const version = definition[key];
    if (typeof version !== 'string') problems.push(`"${key}" must be a version string such as "1.1.0".`);
    else {
      const problem = migratorVersionProblem(version);
      if (problem) problems.push(`"${key}" ${problem.message}`);
    }
  }
  if (problems.length === 0 && semver.compare(definition.from as string, definition.to as string) >= 0) problems.push(`"to" ${String(definition.to)} is not above "from" ${String(definition.from)}.`);
  if (typeof definition.file !== 'string' || definition.file === '') problems.push('"file" must name the config file it migrates, as listed in config.files ("deployment.toml").');
  if (typeof definition.up !== 'function') problems.push('"up" must be a function: up(config) { … }.');
  if (definition.down !== undefined && typeof definition.down !== 'function') problems.push('"down" must be a function.');
  for (const key of Object.keys(definition)) if (!['from', 'to', 'file', 'description', 'up', 'down'].includes(key)) problems.push(`unknown key ${JSON.stringify(key)}.`);
  if (problems.length > 0) fail(`the default export is not a valid config migrator:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const call = (fn: unknown) => async (config: ConfigDocument) => {
    const result = await (fn as (c: ConfigDocument) => unknown).call(definition, config);
    return (result && typeof result === 'object' ? result : config) as ConfigDocument;
  };
  return {
    from: definition.from as string,
    to: definition.to as string,
    target: definition.file as string,
    description: (definition.description as string | undefined) || defaultDescription(relativeFile),
    up: call(definition.up),
    ...(definition.down ? { down: call(definition.down) } : {}),
    file,
    relativeFile,
    checksum,
  };
}
