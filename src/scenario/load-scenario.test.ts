import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { loadScenario } from './load-scenario.ts';
import { scanScenarioLiteral } from './scan-object-literal.ts';
import { ScenarioError } from './scenario-error.ts';
import { SourceLocator } from './source-locator.ts';

const execFileAsync = promisify(execFile);

const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const fixtures = path.join(repo, 'fixtures/scenario');

/** Loads a fixture and returns the error's rendered message, paths relative to the repository. */
async function failure(name: string): Promise<HarnessError> {
  const error = await loadScenario(path.join('fixtures/scenario', name), { cwd: repo }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HarnessError)) throw new Error(`expected ${name} to fail with a HarnessError, got ${String(error)}`);
  return error;
}

/** Line and column of a snippet that occurs once in the text. */
function positionOf(text: string, snippet: string): { line: number; column: number } {
  const at = text.indexOf(snippet);
  if (at === -1 || text.indexOf(snippet, at + 1) !== -1) throw new Error(`snippet ${JSON.stringify(snippet)} must occur exactly once`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function normalise(text: string | undefined): string {
  return (text ?? '').replaceAll(repo, '<repo>');
}

describe('loadScenario: valid scenarios', () => {
  it('loads the YAML and the TypeScript form of a scenario to the same spec', async () => {
    const yaml = await loadScenario('fixtures/scenario/valid.yaml', { cwd: repo });
    const ts = await loadScenario('fixtures/scenario/valid.ts', { cwd: repo });
    expect(yaml.format).toBe('yaml');
    expect(ts.format).toBe('typescript');
    expect(ts.spec).toEqual(yaml.spec);
    expect(yaml.file).toBe(path.join(fixtures, 'valid.yaml'));
    expect(yaml.dir).toBe(fixtures);
    expect(yaml.text).toContain('name: directory-move');
  });

  it('applies the schema defaults and converts durations to milliseconds', async () => {
    const { spec } = await loadScenario('fixtures/scenario/valid.yaml', { cwd: repo });
    expect({ engine: spec.engine, mode: spec.mode, source: spec.source, target: spec.target, chain: spec.chain, budgets: spec.budgets })
      .toMatchInlineSnapshot(`
        {
          "budgets": {
            "steps": {
              "2.0.0": 90000,
            },
            "total": 120000,
          },
          "chain": {
            "historyTable": "pilot_schema_history",
            "mandatory": [
              "2.0.0",
            ],
            "migrators": [
              "migrations",
            ],
          },
          "engine": "postgres",
          "mode": "copy",
          "source": {
            "schema": [
              "schema/1.0.0.sql",
            ],
            "version": "1.0.0",
          },
          "target": {
            "copy": "auto",
            "version": "2.0.0",
          },
        }
      `);
    expect(spec.checks.schema.forbid).toEqual(['column-type-change', 'column-drop', 'table-drop']);
    expect(spec.data?.tables['dir_user']?.columns['id']).toEqual({ sequence: true });
  });

  it('merges YAML merge keys, with anchors kept under top-level "x-" keys', async () => {
    const { spec, locate, text } = await loadScenario('fixtures/scenario/merge-keys.yaml', { cwd: repo });
    expect({ stages: spec.stages, columns: Object.fromEntries(Object.entries(spec.data!.tables).map(([name, table]) => [name, table.columns])) })
      .toMatchInlineSnapshot(`
        {
          "columns": {
            "dir_admin": {
              "email": {
                "value": "admin@example.com",
              },
              "id": {
                "sequence": true,
              },
            },
            "dir_user": {
              "email": {
                "faker": "internet.email",
              },
              "id": {
                "sequence": true,
              },
            },
          },
          "stages": {
            "ci": {
              "budgets": {
                "total": 30000,
              },
              "scale": 0.1,
              "seed": 3,
            },
            "dev": {
              "budgets": {
                "total": 30000,
              },
              "scale": 0.1,
              "seed": 2,
            },
            "pre-prod": {
              "scale": 10,
            },
          },
        }
      `);
    expect(Object.keys(spec).some((key) => key.startsWith('x-'))).toBe(false);
    // A merged field is located where its anchor wrote it; a field written next to "<<" where it is.
    expect(locate(['stages', 'dev', 'scale'])).toEqual(positionOf(text!, '0.1\n'));
    expect(locate(['stages', 'dev', 'seed'])).toEqual(positionOf(text!, '2\n'));
    expect(locate(['data', 'tables', 'dir_admin', 'columns', 'email'])).toEqual(positionOf(text!, '{ value: admin'));
    expect(locate(['data', 'tables', 'dir_admin', 'columns', 'id'])).toEqual(positionOf(text!, '{ sequence: true }'));
  });

  it('takes a named `scenario` export from a JavaScript module', async () => {
    const loaded = await loadScenario(path.join(fixtures, 'named-export.mjs'));
    expect(loaded.spec.name).toBe('named-export');
    expect(loaded.format).toBe('typescript');
  });

  it('resolves paths written in the scenario against the scenario file, not the current directory', async () => {
    const loaded = await loadScenario('scenario/valid.yaml', { cwd: path.join(repo, 'fixtures') });
    expect(loaded.file).toBe(path.join(fixtures, 'valid.yaml'));
    expect(loaded.spec.chain.migrators.map((entry) => loaded.resolve(entry))).toEqual([path.join(fixtures, 'migrations')]);
    expect(loaded.resolve('../shared/schema.sql')).toBe(path.join(repo, 'fixtures/shared/schema.sql'));
    expect(loaded.resolve('/abs/schema.sql')).toBe('/abs/schema.sql');
  });
});

describe('loadScenario: locate()', () => {
  it('finds nested fields of a YAML scenario: values, block mappings by their key, list items', async () => {
    const { locate, text } = await loadScenario('fixtures/scenario/valid.yaml', { cwd: repo });
    const at = (snippet: string) => positionOf(text!, snippet);
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'email'])).toEqual(at('{ faker: internet.email'));
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'email', 'nullRatio'])).toEqual(at('0.1 }'));
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'email'])).toEqual({ line: 30, column: 16 });
    // a block mapping is located at its key, not on the line below
    expect(locate(['data', 'tables', 'dir_user'])).toEqual(at('dir_user:\n'));
    expect(locate(['checks', 'parity', 1, 'target', 'query'])).toEqual(at('"select id, name'));
    expect(locate(['chain', 'mandatory', 0])).toEqual(at('2.0.0]'));
    expect(locate(['budgets', 'steps', '2.0.0'])).toEqual(at('90s'));
    expect(locate(['stages', 'pre-prod', 'scale'])).toEqual(at('10\n'));
  });

  it('points a path the file does not spell out at the nearest field that it does', async () => {
    const { locate, text } = await loadScenario('fixtures/scenario/valid.yaml', { cwd: repo });
    // a seeder complaining about column "emial", which the scenario does not list: the columns mapping
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'emial'])).toEqual(locate(['data', 'tables', 'dir_user', 'columns']));
    // a default the file leaves out: the mapping it would be in
    expect(locate(['chain', 'historyTable'])).toEqual(positionOf(text!, 'chain:'));
    expect(locate([])).toEqual(positionOf(text!, 'name: directory-move'));
  });

  it('finds fields of a TypeScript scenario written as an object literal', async () => {
    const { locate, text } = await loadScenario('fixtures/scenario/valid.ts', { cwd: repo });
    const at = (snippet: string) => positionOf(text!, snippet);
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'email', 'nullRatio'])).toEqual(at('0.1 }'));
    expect(locate(['data', 'tables', 'dir_user', 'columns', 'email', 'nullRatio'])).toEqual({ line: 25, column: 56 });
    expect(locate(['checks', 'parity', 1, 'key', 0])).toEqual(at("'id'] }"));
    expect(locate(['budgets', 'steps', '2.0.0'])).toEqual(at("'90s'"));
    expect(locate(['stages', 'pre-prod'])).toEqual(at('{ scale: 10 }'));
  });
});

describe('loadScenario: locate() only where it is sure, in a TypeScript scenario', () => {
  it('gives no line for a field that a spread brought in, and the line of a field written after it', async () => {
    const error = await failure('spread.ts');
    expect(error.message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/spread.ts has 2 problems:

      fixtures/scenario/spread.ts  data.tables.dir_user.rows
        expected an integer of at least 0, found -1

      fixtures/scenario/spread.ts:17:21  budgets.total
        expected a duration such as "500ms", "30s", "2m" or "1.5h", found the string "soon""
    `);
    const text = await readFile(path.join(fixtures, 'spread.ts'), 'utf8');
    expect((error as ScenarioError).issues.map((issue) => issue.line)).toEqual([undefined, positionOf(text, "'soon'").line]);
  });

  it('gives no line when code changed the value after the literal was written', async () => {
    expect((await failure('edited-after.ts')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/edited-after.ts has a problem:

      fixtures/scenario/edited-after.ts  data.tables.dir_user.rows
        expected an integer, found the string "100"
        write the number without quotes: 100"
    `);
  });

  it('gives no line inside the spread of fixtures/broken/short-seed.ts', async () => {
    // The path of a seeding error there; it used to point at the literal's opening brace.
    const text = await readFile(path.join(repo, 'fixtures/broken/short-seed.ts'), 'utf8');
    const locator = new SourceLocator(text, scanScenarioLiteral(text));
    expect(locator.locate(['data', 'tables', 'app_formuploads', 'rows'])).toBeUndefined();
    expect(locator.locate([])).toEqual(positionOf(text, '{\n  ...example'));
    expect(locator.locate(['source', 'schema'])).toEqual(positionOf(text, '[...(example'));
    expect(locator.locate(['source', 'version'])).toBeUndefined();
  });
});

describe('loadScenario: TypeScript scenarios under vitest, plain Node and tsx', () => {
  const scenarioText = (name: string, importLine = '') =>
    [
      importLine,
      `const scenario: { name: string } & Record<string, unknown> = {`,
      `  name: '${name}',`,
      "  source: { version: '1.0.0' },",
      "  target: { version: '2.0.0' },",
      "  chain: { migrators: ['migrations'] },",
      '};',
      importLine === '' ? 'export default scenario;' : 'export default defineScenario(scenario);',
      '',
    ].join('\n');
  const IMPORT_OWN_PACKAGE = "import { defineScenario } from 'migration-pilot';";

  /** Writes each text in turn to a scenario in a folder outside the repository, loading it after each write. */
  async function loadEach(
    texts: readonly string[],
    runtime: 'vitest' | 'node' | 'tsx' | 'tsx-esm',
    { packageType = 'module' }: { packageType?: 'module' | 'commonjs' } = {},
  ): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-scenario-'));
    try {
      await writeFile(path.join(dir, 'package.json'), `{ "type": "${packageType}" }\n`);
      const file = path.join(dir, 'scenario.ts');
      if (runtime === 'vitest') {
        const names: string[] = [];
        for (const text of texts) {
          await writeFile(file, text);
          names.push(await loadScenario(file).then((loaded) => loaded.spec.name, (error: Error) => error.message));
        }
        return names.join(' ');
      }
      const script = [
        ...(runtime === 'tsx-esm' ? [`import { register } from 'tsx/esm/api';`, `register();`] : []),
        `import { writeFileSync } from 'node:fs';`,
        `const { loadScenario } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'src/scenario/load-scenario.ts')).href)});`,
        `const names = [];`,
        `for (const text of ${JSON.stringify(texts)}) {`,
        `  writeFileSync(${JSON.stringify(file)}, text);`,
        `  names.push(await loadScenario(${JSON.stringify(file)}).then((loaded) => loaded.spec.name, (error) => error.message));`,
        `}`,
        `console.log(names.join(' '));`,
      ].join('\n');
      const flags = runtime === 'tsx' ? ['--import', 'tsx'] : [];
      const { stdout } = await execFileAsync(process.execPath, [...flags, '--input-type=module', '--eval', script], { cwd: repo });
      return stdout.trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it.each(['vitest', 'node', 'tsx'] as const)('load the edited text when loaded again, not the first import (%s)', async (runtime) => {
    expect(await loadEach([scenarioText('first'), scenarioText('second'), scenarioText('first')], runtime)).toBe('first second first');
  });

  it('loads a scenario outside a "type": "module" package under tsx\'s ESM hooks alone, as bin/pilot.js registers them', async () => {
    // There require() loads it, which does not take the query that makes an edit a new module.
    expect(await loadEach([scenarioText('first')], 'tsx-esm', { packageType: 'commonjs' })).toBe('first');
  });

  // Not under vitest: its module runner resolves a test's imports itself and never asks Node's
  // resolve hooks, so only the runtimes users run scenarios in are tested here.
  it.each(['node', 'tsx'] as const)(
    'may import "migration-pilot" from a folder where it is not installed (%s)',
    async (runtime) => {
      expect(await loadEach([scenarioText('outside', IMPORT_OWN_PACKAGE)], runtime)).toBe('outside');
    },
  );
});

describe('loadScenario: errors', () => {
  it('reports an unknown key at the key, with a did-you-mean and the keys allowed there', async () => {
    const error = await failure('unknown-key.yaml');
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.exitCode).toBe(64);
    expect(error.message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/unknown-key.yaml has a problem:

      fixtures/scenario/unknown-key.yaml:5:3  source.provdier
        unknown key "provdier" (did you mean "provider"?)
        allowed here: version, provider, postgres, image, bin, url, urlEnv, allowWrites, reuse, timeouts, schema"
    `);
    expect((error as ScenarioError).issues).toEqual([
      {
        file: path.join(fixtures, 'unknown-key.yaml'),
        line: 5,
        column: 3,
        path: 'source.provdier',
        segments: ['source', 'provdier'],
        message: 'unknown key "provdier" (did you mean "provider"?)',
        hint: "allowed here: version, provider, postgres, image, bin, url, urlEnv, allowWrites, reuse, timeouts, schema",
      },
    ]);
    expect(error.path).toEqual(['source', 'provdier']);
  });

  it('reports every problem of a file at once, in file order', async () => {
    const error = await failure('several-problems.yaml');
    expect(error.message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/several-problems.yaml has 8 problems:

      fixtures/scenario/several-problems.yaml:3:7  mode
        unknown value "copi" (did you mean "copy"?)
        allowed values: "copy", "in-place"

      fixtures/scenario/several-problems.yaml:5:3  source.verison
        unknown key "verison" (did you mean "version"?)
        allowed here: version, provider, postgres, image, bin, url, urlEnv, allowWrites, reuse, timeouts, schema

      fixtures/scenario/several-problems.yaml:7:12  target.version
        expected a string, found the number 1.1
        YAML reads 1.10 as a number; write "1.10.0" in quotes

      fixtures/scenario/several-problems.yaml:9:14  chain.migrators
        expected a list of strings, found the string "migrations"
        Migrator files or folders, relative to this file: *.sql with @from/@to headers, or TypeScript modules.

      fixtures/scenario/several-problems.yaml:11:9  data.seed
        expected an integer, found the string "ten"
        The same seed gives byte-identical data.

      fixtures/scenario/several-problems.yaml:16:52  data.tables.dir_user.columns.email.nullRatio
        expected a number from 0 to 1, found 1.5

      fixtures/scenario/several-problems.yaml:17:15  data.tables.dir_user.columns.id.sequnce
        unknown key "sequnce" (did you mean "sequence"?)
        allowed here: sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value, nullRatio, edgeCases

      fixtures/scenario/several-problems.yaml:19:10  budgets.total
        expected a duration such as "500ms", "30s", "2m" or "1.5h", found the string "10 min""
    `);
  });

  it('reports a missing required key at the mapping that lacks it', async () => {
    expect((await failure('missing-keys.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/missing-keys.yaml has 3 problems:

      fixtures/scenario/missing-keys.yaml:1:1  chain
        missing required key "chain" (a mapping { migrators, mandatory, historyTable })
        The migrators, planned from the stored version to the target version.

      fixtures/scenario/missing-keys.yaml:2:1  source.version
        missing required key "version" (a string)
        The application version this environment holds.

      fixtures/scenario/missing-keys.yaml:4:9  target.version
        missing required key "version" (a string)
        The application version this environment holds."
    `);
  });

  it('reports YAML syntax errors with line, column, the line itself and a hint', async () => {
    expect((await failure('syntax-error.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/syntax-error.yaml has a problem:

      fixtures/scenario/syntax-error.yaml:3:1
        invalid YAML: tabs are not allowed as indentation
        3 | →version: 1.0.0
          | ^
        indent with spaces: YAML does not allow tabs"
    `);
    expect((await failure('bad-indent.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/bad-indent.yaml has a problem:

      fixtures/scenario/bad-indent.yaml:3:12
        invalid YAML: nested mappings are not allowed in compact mappings
        3 |   version: 1.0.0
          |            ^
        a value and a nested key share one entry: check the indentation of the next line, or quote a value that holds ": ""
    `);
  });

  it('treats duplicate keys as errors', async () => {
    expect((await failure('duplicate-key.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/duplicate-key.yaml has a problem:

      fixtures/scenario/duplicate-key.yaml:6:3  target.version
        duplicate key "version" (first written at line 5)
        YAML would keep only one of them: remove or rename the other"
    `);
  });

  it('explains an empty file and a top level that is not a mapping', async () => {
    expect((await failure('empty.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/empty.yaml has a problem:

      fixtures/scenario/empty.yaml
        the file is empty
        a scenario needs at least name, source.version, target.version and chain.migrators"
    `);
    expect((await failure('not-a-mapping.yaml')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/not-a-mapping.yaml has a problem:

      fixtures/scenario/not-a-mapping.yaml:1:1
        expected a mapping, found a list
        A pilot migration: the source and target environments, the data to seed, the migration chain, the checks and the budgets. Needs at least name, source.version, target.version and chain.migrators. Top-level keys starting with "x-" are ignored: define YAML anchors there and merge them with "<<: *name"."
    `);
  });

  it('suggests the yaml-language-server comment when a YAML scenario lacks it', async () => {
    expect((await failure('empty.yaml')).hint).toMatchInlineSnapshot(`"Add "# yaml-language-server: $schema=../../schema/scenario.schema.json" as the first line for completion and checks in the editor."`);
    expect((await failure('unknown-key.yaml')).hint).toBeUndefined();
  });

  it('names file, field path and line for a TypeScript scenario', async () => {
    expect((await failure('bad-module.ts')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/bad-module.ts has 2 problems:

      fixtures/scenario/bad-module.ts:15:20  data.tables.dir_user.columns.email.fakr
        unknown key "fakr" (did you mean "faker"?)
        allowed here: sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value, nullRatio, edgeCases

      fixtures/scenario/bad-module.ts:17:31  data.tables.dir_user.columns.rank.int.min
        expected an integer, found the string "one""
    `);
  });

  it('explains a module without a scenario export, and one that throws on import', async () => {
    expect((await failure('no-export.ts')).message).toMatchInlineSnapshot(`
      "Scenario fixtures/scenario/no-export.ts has a problem:

      fixtures/scenario/no-export.ts
        the module exports no scenario
        export it as the default: export default defineScenario({ … })"
    `);
    const thrown = await failure('throws.ts');
    expect(thrown.code).toBe('CONFIG_INVALID');
    expect(thrown.message).toMatchInlineSnapshot(`"Scenario module fixtures/scenario/throws.ts failed to load: DATABASE_URL is not set"`);
    expect(thrown.hint).toMatchInlineSnapshot(`"Run it on its own to see the whole error: node --import tsx fixtures/scenario/throws.ts"`);
    expect((thrown.cause as Error).message).toBe('DATABASE_URL is not set');
  });

  it('says which path was tried for a missing file, and that it is relative to the current directory', async () => {
    const error = await failure('unknown-keys.yaml');
    expect(error.code).toBe('CONFIG_NOT_FOUND');
    expect(error.exitCode).toBe(64);
    expect(normalise(error.message)).toMatchInlineSnapshot(`"Scenario file not found: "fixtures/scenario/unknown-keys.yaml" (looked for <repo>/fixtures/scenario/unknown-keys.yaml: a relative path is resolved against the current directory, <repo>)."`);
    expect(error.hint).toMatchInlineSnapshot(`"Did you mean fixtures/scenario/unknown-key.yaml?"`);
    const elsewhere = await loadScenario('no/such/dir/scenario.yaml', { cwd: repo }).catch((thrown: HarnessError) => thrown);
    expect(normalise((elsewhere as HarnessError).hint)).toMatchInlineSnapshot(`"The directory no/such/dir does not exist either: run from the repository root, or pass an absolute path."`);
  });

  it('refuses a directory and an unknown file type', async () => {
    const directory = await loadScenario('fixtures', { cwd: repo }).catch((thrown: HarnessError) => thrown);
    expect((directory as HarnessError).code).toBe('CONFIG_NOT_FOUND');
    expect((directory as HarnessError).message).toMatchInlineSnapshot(`""fixtures" is a directory, not a scenario file."`);
    const toml = await failure('scenario.toml');
    expect(toml.message).toMatchInlineSnapshot(`"Cannot load scenario fixtures/scenario/scenario.toml: ".toml" is not a scenario format."`);
    expect(toml.hint).toMatchInlineSnapshot(`"Write scenarios as YAML (.yaml, .yml) or as a module (.ts, .mts, .js, .mjs) exporting defineScenario({ … })."`);
  });
});
