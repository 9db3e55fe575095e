import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { HarnessError } from '../errors/harness-error.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { MigrationDatabase, Migrator, MigratorOrigin } from './migrator.ts';
import { migratorVersionProblem } from './migrator-version.ts';
import { defaultDescription } from './sql-migrator.ts';

const KEYS = ['from', 'to', 'description', 'transaction', 'up', 'down'] as const;
const EXAMPLE = `export default defineMigrator({ from: '1.0.0', to: '1.1.0', async up(db) { … } })`;

/**
 * Imports a TypeScript or JavaScript migrator module (`.ts`, `.mts`, `.js`, `.mjs`) and
 * checks its default export, `defineMigrator({ from, to, description?, transaction?, up, down? })`.
 *
 * The checksum covers the module file only, not what it imports.
 *
 * @throws HarnessError `MIGRATOR_INVALID` naming the file: the module does not load, has
 *   no default export, or the export is not a migrator (every problem listed).
 */
export async function moduleMigrator(origin: MigratorOrigin): Promise<Migrator> {
  let loaded: Record<string, unknown>;
  try {
    // The checksum in the URL makes an edited file a new module: Node's module cache would
    // otherwise run the old code in a long-lived process while the history records the new checksum.
    loaded = (await import(`${pathToFileURL(origin.file).href}?sha256=${origin.checksum}`)) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HarnessError('MIGRATOR_INVALID', `${origin.relativeFile}: the migrator module could not be loaded: ${detail}`, {
      file: origin.file,
      cause: error,
      hint: 'Fix the error in the module (or in what it imports); it must load on its own with Node.',
    });
  }
  return validateMigratorExport(loaded.default, origin, Object.keys(loaded));
}

/** Checks a module's default export and turns it into a `Migrator`; exported for tests. */
export function validateMigratorExport(value: unknown, origin: MigratorOrigin, exportNames: readonly string[] = ['default']): Migrator {
  const fail = (message: string, hint: string): never => {
    throw new HarnessError('MIGRATOR_INVALID', `${origin.relativeFile}: ${message}`, { file: origin.file, hint });
  };
  if (value === undefined) {
    const others = exportNames.filter((name) => name !== 'default');
    fail(
      others.length === 0
        ? 'the module has no default export.'
        : `the module has no default export (it exports ${others.map((name) => JSON.stringify(name)).join(', ')}).`,
      `End the module with "${EXAMPLE}".`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    fail(`the default export is ${what}, not a migrator.`, `Export the migrator object: "${EXAMPLE}".`);
  }
  const definition = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['from', 'to'] as const) {
    const version = definition[key];
    if (version === undefined) problems.push(`"${key}" is missing: the version ${key === 'from' ? 'it migrates from' : 'it migrates to'}, such as "${key === 'from' ? '1.0.0' : '1.1.0'}".`);
    else if (typeof version !== 'string') problems.push(`"${key}" must be a version string such as "1.1.0", not a ${typeof version}.`);
    else {
      const problem = migratorVersionProblem(version);
      if (problem) problems.push(`"${key}" ${problem.message}${problem.suggestion ? ` Write "${problem.suggestion}".` : ''}`);
    }
  }
  const { from, to } = definition;
  if (problems.length === 0 && semver.compare(from as string, to as string) >= 0) {
    problems.push(`"to" ${String(to)} is not above "from" ${String(from)}: a migrator moves the database up; undo goes in "down".`);
  }
  if (definition.description !== undefined && typeof definition.description !== 'string') {
    problems.push(`"description" must be a string, not a ${typeof definition.description}.`);
  }
  if (definition.transaction !== undefined && typeof definition.transaction !== 'boolean') {
    problems.push(`"transaction" must be true or false, not ${JSON.stringify(definition.transaction)}.`);
  }
  if (typeof definition.up !== 'function') {
    problems.push(definition.up === undefined ? '"up" is missing: the function that migrates, "async up(db) { … }".' : `"up" must be a function, not a ${typeof definition.up}.`);
  }
  if (definition.down !== undefined && typeof definition.down !== 'function') {
    problems.push(`"down" must be a function, not a ${typeof definition.down}.`);
  }
  for (const key of Object.keys(definition)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const guess = didYouMean(key, KEYS);
    problems.push(`unknown key ${JSON.stringify(key)}${guess ? ` (did you mean "${guess}"?)` : ''}.`);
  }
  if (problems.length > 0) {
    fail(
      `the default export is not a valid migrator:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      `Keys: ${KEYS.join(', ')} ("description", "transaction" and "down" are optional). ${EXAMPLE}.`,
    );
  }
  const up = definition.up as (db: MigrationDatabase) => Promise<void> | void;
  const down = definition.down as ((db: MigrationDatabase) => Promise<void> | void) | undefined;
  return {
    from: from as string,
    to: to as string,
    description: (definition.description as string | undefined) || defaultDescription(origin.relativeFile),
    transaction: (definition.transaction as boolean | undefined) ?? true,
    // Called as methods of the definition, so an author's `this` still works.
    up: async (db) => void (await up.call(definition, db)),
    ...(down ? { down: async (db: MigrationDatabase) => void (await down.call(definition, db)) } : {}),
    file: origin.file,
    relativeFile: origin.relativeFile,
    kind: 'module',
    checksum: origin.checksum,
  };
}
