import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HarnessError } from '../errors/harness-error.ts';
import { contentHash } from '../util/content-hash.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { FieldPath } from './field-path.ts';
import { displayFile } from './format-scenario-issues.ts';
import { parseYamlSource } from './parse-yaml-source.ts';
import { SCENARIO_JSON_SCHEMA_FILE } from './json-schema.ts';
import { moduleScenarioLocator } from './module-scenario-locator.ts';
import { registerOwnPackageFallback } from './own-package-fallback.ts';
import { ScenarioError } from './scenario-error.ts';
import type { ScenarioSpec } from './scenario-schema.ts';
import type { SourceLocator, SourcePosition } from './source-locator.ts';
import { validateScenario } from './validate-scenario.ts';

/** A validated scenario and where it came from. */
export interface LoadedScenario {
  readonly spec: ScenarioSpec;
  /** Absolute path of the scenario file. */
  readonly file: string;
  /** Its directory: relative paths in the scenario (migrators, schema files) start here. */
  readonly dir: string;
  readonly format: 'yaml' | 'typescript';
  /** The file's text. */
  readonly text?: string;
  /**
   * Line and column of a field, for errors found later (a seeder's
   * `['data', 'tables', 'dir_user', 'columns', 'emial']`). A path deeper than the file
   * (a default, a missing key) gives the nearest field written out; `undefined` when the
   * place is not sure (in a TypeScript scenario, a field a spread may have brought in, or a
   * module whose exported value differs from its text).
   */
  locate(path: FieldPath): SourcePosition | undefined;
  /** A path written in the scenario, made absolute against the scenario's directory. */
  resolve(relative: string): string;
}

export interface LoadScenarioOptions {
  /** Relative scenario paths are resolved against this directory; default `process.cwd()`. */
  readonly cwd?: string;
}

const YAML_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];
const MODULE_EXTENSIONS: readonly string[] = ['.ts', '.mts', '.js', '.mjs'];
const SCENARIO_EXTENSIONS: readonly string[] = [...YAML_EXTENSIONS, ...MODULE_EXTENSIONS];
const MINIMUM = 'a scenario needs at least name, source.version, target.version and chain.migrators';

/**
 * Reads and validates a scenario: YAML (`.yaml`, `.yml`, `.json`) or a module (`.ts`,
 * `.mts`, `.js`, `.mjs`) whose default export (or `scenario` export) is the scenario.
 * Every problem in the file is reported at once, with file:line:column for YAML (merge
 * keys, `<<: *defaults`, are resolved) and wherever the position in a module is sure.
 * Loading a module scenario again after it was edited imports the new text.
 *
 * @throws {HarnessError} `CONFIG_NOT_FOUND` when there is no such file;
 *   {@link ScenarioError} (`CONFIG_INVALID`) when the file is not a valid scenario.
 * @example
 * const scenario = await loadScenario('scenarios/workflow-app.yaml');
 * scenario.spec.chain.migrators.map((entry) => scenario.resolve(entry));
 */
export async function loadScenario(file: string, options: LoadScenarioOptions = {}): Promise<LoadedScenario> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  await assertScenarioFile(file, absolute, cwd);
  const extension = path.extname(absolute).toLowerCase();
  if (YAML_EXTENSIONS.includes(extension)) return loadYaml(absolute, cwd);
  if (MODULE_EXTENSIONS.includes(extension)) return loadModule(absolute, cwd);
  throw new HarnessError(
    'CONFIG_INVALID',
    `Cannot load scenario ${displayFile(absolute, cwd)}: ${extension === '' ? 'a file without extension' : JSON.stringify(extension)} is not a scenario format.`,
    { file: absolute, hint: 'Write scenarios as YAML (.yaml, .yml) or as a module (.ts, .mts, .js, .mjs) exporting defineScenario({ … }).' },
  );
}

async function loadYaml(file: string, cwd: string): Promise<LoadedScenario> {
  return parseScenarioYaml(await readText(file), file, { cwd });
}

/**
 * Validates a YAML scenario held in memory, as `loadScenario` does with a file: for
 * editors, tests and tools that already have the text.
 *
 * @throws {ScenarioError} with every problem, located by line and column.
 * @example
 * const scenario = parseScenarioYaml(text, path.resolve('scenarios/demo.yaml'));
 */
export function parseScenarioYaml(text: string, file: string, options: LoadScenarioOptions = {}): LoadedScenario {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  const parsed = parseYamlSource(text);
  const hint = schemaCommentHint(text, absolute);
  if (parsed.issues.length > 0) {
    throw new ScenarioError(
      absolute,
      parsed.issues.map((issue) => ({ file: absolute, ...issue })),
      { cwd, ...hint },
    );
  }
  if (parsed.value === undefined || parsed.value === null) {
    throw new ScenarioError(absolute, [{ file: absolute, path: '', segments: [], message: 'the file is empty', hint: MINIMUM }], {
      cwd,
      ...hint,
    });
  }
  const result = validateScenario(parsed.value, { file: absolute, format: 'yaml', locator: parsed.locator });
  if (!result.success) throw new ScenarioError(absolute, result.issues, { cwd, ...hint });
  return loaded(result.spec, absolute, 'yaml', text, parsed.locator);
}

async function loadModule(file: string, cwd: string): Promise<LoadedScenario> {
  const text = await readText(file);
  registerOwnPackageFallback();
  let module: Record<string, unknown>;
  try {
    module = await importScenarioModule(file, text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new HarnessError('CONFIG_INVALID', `Scenario module ${displayFile(file, cwd)} failed to load: ${detail}`, {
      file,
      cause: error,
      hint: `Run it on its own to see the whole error: node --import tsx ${displayFile(file, cwd)}`,
    });
  }
  const exported = module.default ?? module.scenario;
  if (exported === undefined) {
    throw new ScenarioError(
      file,
      [{ file, path: '', segments: [], message: 'the module exports no scenario', hint: 'export it as the default: export default defineScenario({ … })' }],
      { cwd },
    );
  }
  const locator = moduleScenarioLocator(text, exported);
  const result = validateScenario(exported, { file, format: 'typescript', locator });
  if (!result.success) throw new ScenarioError(file, result.issues, { cwd });
  return loaded(result.spec, file, 'typescript', text, locator);
}

function loaded(
  spec: ScenarioSpec,
  file: string,
  format: 'yaml' | 'typescript',
  text: string,
  locator: SourceLocator | undefined,
): LoadedScenario {
  const dir = path.dirname(file);
  return {
    spec,
    file,
    dir,
    format,
    text,
    locate: (fieldPath) => locator?.locate(fieldPath),
    resolve: (relative) => path.resolve(dir, relative),
  };
}

async function assertScenarioFile(given: string, absolute: string, cwd: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where =
      given === absolute
        ? `(looked for ${absolute})`
        : `(looked for ${absolute}: a relative path is resolved against the current directory, ${cwd})`;
    throw new HarnessError(
      'CONFIG_NOT_FOUND',
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `Scenario file not found: ${JSON.stringify(given)} ${where}.`
        : `Cannot read scenario file ${JSON.stringify(given)} ${where}: ${(error as Error).message}`,
      { file: absolute, cause: error, hint: await suggestFile(absolute, cwd) },
    );
  }
  if (isDirectory) {
    const inside = await scenarioFilesIn(absolute);
    throw new HarnessError('CONFIG_NOT_FOUND', `${JSON.stringify(given)} is a directory, not a scenario file.`, {
      file: absolute,
      hint:
        inside.length > 0
          ? `Pass one of its scenarios: ${inside.map((name) => displayFile(path.join(absolute, name), cwd)).join(', ')}`
          : 'Pass a scenario file (.yaml, .yml, .ts, .mts, .js, .mjs).',
    });
  }
}

async function suggestFile(absolute: string, cwd: string): Promise<string> {
  const dir = path.dirname(absolute);
  let names: string[];
  try {
    names = await scenarioFilesIn(dir);
  } catch {
    return `The directory ${displayFile(dir, cwd)} does not exist either: run from the repository root, or pass an absolute path.`;
  }
  const close = didYouMean(path.basename(absolute), names);
  if (close !== undefined) return `Did you mean ${displayFile(path.join(dir, close), cwd)}?`;
  if (names.length === 0) return `${displayFile(dir, cwd)} holds no scenario files (.yaml, .yml, .ts, .mts, .js, .mjs).`;
  return `Scenarios in ${displayFile(dir, cwd)}/: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`;
}

async function scenarioFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && SCENARIO_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .filter((name) => !name.endsWith('.d.ts') && !/\.test\.[mc]?[jt]s$/.test(name))
    .sort();
}

async function readText(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function schemaCommentHint(text: string, file: string): { hint?: string } {
  if (text.includes('yaml-language-server:') || text.includes('"$schema"')) return {};
  const relative = path.relative(path.dirname(file), SCENARIO_JSON_SCHEMA_FILE).split(path.sep).join('/');
  return path.extname(file).toLowerCase() === '.json'
    ? { hint: `Add "$schema": ${JSON.stringify(relative)} to the top-level object for completion and checks in the editor.` }
    : { hint: `Add "# yaml-language-server: $schema=${relative}" as the first line for completion and checks in the editor.` };
}

/**
 * The URL to import a scenario module from. Node (and tsx and vitest) keep one module per
 * URL for the life of the process, so the text's hash goes in the query: an edited
 * scenario is a new module, an unchanged one is the cached import. Only the scenario file
 * is keyed so; modules it imports (a shared helper) are cached as usual, and every edited
 * version stays in memory, as ES modules cannot be unloaded.
 */
async function importScenarioModule(file: string, text: string): Promise<Record<string, unknown>> {
  const query = `?sha=${contentHash([text]).slice(0, 16)}`;
  try {
    return (await import(`${pathToFileURL(file).href}${query}`)) as Record<string, unknown>;
  } catch (error) {
    // tsx's ESM hooks alone hand a `.ts` file outside a "type": "module" package to
    // require(), which takes the query for part of the file name. Load it as before, cached.
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND' || !(error as Error).message.includes(query)) throw error;
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  }
}
