import { describe, expect, it } from 'vitest';
import { formatScenarioIssues } from './format-scenario-issues.ts';
import { parseScenarioYaml } from './load-scenario.ts';
import { ScenarioError } from './scenario-error.ts';
import { validateScenario } from './validate-scenario.ts';

/*
 * The wording of every kind of problem, pinned. Each case is a small YAML scenario; the
 * rendered text is what a QA engineer reads in the terminal.
 */

const cwd = '/repo';
const MINIMAL = 'name: t\nsource: { version: 1.0.0 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [migrations] }\n';

/** The rendered problems of a YAML scenario (the minimal valid one plus `extra` when `extra` does not stand alone). */
function problems(yaml: string): string {
  try {
    parseScenarioYaml(yaml, 'scenarios/t.yaml', { cwd });
  } catch (error) {
    if (error instanceof ScenarioError) return formatScenarioIssues(error.issues, { cwd });
    throw error;
  }
  throw new Error('expected the scenario to be invalid');
}

const withData = (columns: string) => `${MINIMAL}data:\n  tables:\n    t:\n      rows: 1\n      columns:\n${columns}`;

describe('unknown keys', () => {
  it('points at the key, suggests the closest allowed key and lists the allowed ones', () => {
    expect(problems('name: t\nsource:\n  version: 1.0.0\n  provdier: embedded\ntarget: { version: 2.0.0 }\nchain: { migrators: [m] }\n'))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:4:3  source.provdier
          unknown key "provdier" (did you mean "provider"?)
          allowed here: version, provider, postgres, image, bin, url, urlEnv, allowWrites, reuse, timeouts, schema"
      `);
  });

  it('ignores case, "_" and "-" when suggesting', () => {
    expect(problems(withData('        email: { faker: internet.email, null_ratio: 0.1 }\n'))).toMatchInlineSnapshot(`
      "scenarios/t.yaml:10:41  data.tables.t.columns.email.null_ratio
        unknown key "null_ratio" (did you mean "nullRatio"?)
        allowed here: sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value, nullRatio, edgeCases"
    `);
  });

  it('says where a key belongs when it sits one level too high', () => {
    expect(problems(`${MINIMAL}seed: 42\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:5:1  seed
        unknown key "seed" (it belongs under "data")
        allowed here: name, description, engine, mode, source, target, chain, data, checks, budgets, estimate, files, stages, dump, config, tasks, functional, health, revert"
    `);
  });

  it('finds the allowed keys through defaults, records and optional wrappers', () => {
    expect(problems(`${MINIMAL}checks:\n  schema:\n    forbids: [table-drop]\nstages:\n  pre-prod:\n    budgets: { totl: 5m }\n`))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:7:5  checks.schema.forbids
          unknown key "forbids" (did you mean "forbid"?)
          allowed here: forbid, expect

        scenarios/t.yaml:10:16  stages.pre-prod.budgets.totl
          unknown key "totl" (did you mean "total"?)
          allowed here: total, steps, production"
      `);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(problems(`${MINIMAL}colour: blue\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:5:1  colour
        unknown key "colour"
        allowed here: name, description, engine, mode, source, target, chain, data, checks, budgets, estimate, files, stages, dump, config, tasks, functional, health, revert"
    `);
  });

  it('does not also report the key a typo meant as missing', () => {
    expect(problems('name: t\nsource: { verison: 1.0.0 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [m] }\n')).toMatchInlineSnapshot(`
      "scenarios/t.yaml:2:11  source.verison
        unknown key "verison" (did you mean "version"?)
        allowed here: version, provider, postgres, image, bin, url, urlEnv, allowWrites, reuse, timeouts, schema"
    `);
  });

  it('explains a comma inside { … } that split a value into a key', () => {
    expect(
      problems(`${MINIMAL}checks:\n  parity:\n    - name: g\n      source: { table: g }\n      target: { query: select id, name from g2 }\n      key: [id]\n`),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:9:35  checks.parity[0].target["name from g2"]
        unknown key "name from g2"
        inside { … } a comma starts a new entry: put the value before it in quotes
        allowed here: table, query"
    `);
  });
});

describe('enum values', () => {
  it('suggests the closest allowed value', () => {
    expect(problems(`${MINIMAL}mode: inplace\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:5:7  mode
        unknown value "inplace" (did you mean "in-place"?)
        allowed values: "copy", "in-place""
    `);
    expect(problems(`${MINIMAL}checks:\n  schema:\n    forbid: [column-drops]\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:7:14  checks.schema.forbid[0]
        unknown value "column-drops" (did you mean "column-drop"?)
        allowed values: "column-type-change", "column-drop", "table-drop""
    `);
  });

  it('names the value found when it is not even a string, and the single value a literal allows', () => {
    expect(problems(`${MINIMAL}mode: 3\nengine: mysql\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:5:7  mode
        expected one of "copy", "in-place", found the number 3

      scenarios/t.yaml:6:9  engine
        expected "postgres" (a MongoDB pilot is a TypeScript module exporting defineMongoScenario(…); README: MongoDB), found the string "mysql""
    `);
  });
});

describe('types', () => {
  it('says what was expected and what was found', () => {
    expect(problems(`${MINIMAL}data:\n  seed: ten\n  tables: []\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:6:9  data.seed
        expected an integer, found the string "ten"
        The same seed gives byte-identical data.

      scenarios/t.yaml:7:11  data.tables
        expected a mapping, found an empty list
        Tables to fill, by name, in any order: references between them decide the load order."
    `);
  });

  it('notices a number YAML made of a version, and a number written in quotes', () => {
    expect(problems(`name: t\nsource: { version: 1.10 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [m] }\ndata:\n  scale: "2"\n  tables: {}\n`))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:2:20  source.version
          expected a string, found the number 1.1
          YAML reads 1.10 as a number; write "1.10.0" in quotes

        scenarios/t.yaml:6:10  data.scale
          expected a number, found the string "2"
          write the number without quotes: 2"
      `);
  });

  it('explains a key left without a value', () => {
    expect(problems(`name:\nsource: { version: 1.0.0 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [m] }\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:1:1  name
        expected a string, found an empty value
        the key has no value: write one after the colon"
    `);
  });

  it('reports a missing required key at the mapping that should hold it', () => {
    expect(problems('name: t\nsource:\n  provider: embedded\ntarget: { version: 2.0.0 }\n')).toMatchInlineSnapshot(`
      "scenarios/t.yaml:1:1  chain
        missing required key "chain" (a mapping { migrators, mandatory, historyTable })
        The migrators, planned from the stored version to the target version.

      scenarios/t.yaml:2:1  source.version
        missing required key "version" (a string)
        The application version this environment holds."
    `);
  });
});

describe('unions: one message from the branch that matched best', () => {
  it('faker: a string or { fn, args, pool }', () => {
    expect(
      problems(
        withData('        a: { faker: 12 }\n        b: { faker: { fn: 3 } }\n        c: { faker: { fn: person.fullName, pol: 10 } }\n'),
      ),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:10:21  data.tables.t.columns.a.faker
        expected a string or a mapping { fn, args, pool }, found the number 12
        YAML reads 12 as a number; write it in quotes: "12"

      scenarios/t.yaml:11:27  data.tables.t.columns.b.faker.fn
        expected a string, found the number 3
        YAML reads 3 as a number; write it in quotes: "3"

      scenarios/t.yaml:12:44  data.tables.t.columns.c.faker.pol
        unknown key "pol" (did you mean "pool"?)
        allowed here: fn, args, pool"
    `);
  });

  it('ref: "table.column" or { table, column, skew }', () => {
    expect(problems(withData('        a: { ref: dir_user }\n        b: { ref: { table: dir_user } }\n'))).toMatchInlineSnapshot(`
      "scenarios/t.yaml:10:19  data.tables.t.columns.a.ref
        expected "table.column", such as "dir_user.id", found the string "dir_user"

      scenarios/t.yaml:11:19  data.tables.t.columns.b.ref.column
        missing required key "column" (a string)"
    `);
  });

  it('choice and sequence', () => {
    expect(
      problems(withData('        a: { choice: open }\n        b: { choice: [open, { x: 1 }] }\n        c: { sequence: false }\n        d: { sequence: { start: one } }\n')),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:10:22  data.tables.t.columns.a.choice
        expected a list of strings, numbers or booleans, or a mapping { values, weights, skew }, found the string "open"
        One of the listed values, uniformly, by \`weights\`, or skewed.

      scenarios/t.yaml:11:29  data.tables.t.columns.b.choice[1]
        expected a string, a number or a boolean, found a mapping

      scenarios/t.yaml:12:24  data.tables.t.columns.c.sequence
        expected true or a mapping { start, step }, found false
        Integers 1, 2, 3, … (or from \`start\` by \`step\`). Unique; good for keys.

      scenarios/t.yaml:13:33  data.tables.t.columns.d.sequence.start
        expected an integer, found the string "one""
    `);
  });
});

describe('ranges and rules', () => {
  it('states bounds in words', () => {
    expect(
      problems(
        `name: ""\nsource: { version: 1.0.0 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [] }\ndata:\n  scale: 0\n  tables:\n    t:\n      rows: -1\n      columns:\n        a: { int: { min: 1, max: 5 }, nullRatio: 1.5 }\n`,
      ),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:1:7  name
        expected a non-empty string, found an empty string

      scenarios/t.yaml:4:21  chain.migrators
        expected at least one item, found an empty list
        Migrator files or folders, relative to this file: *.sql with @from/@to headers, or TypeScript modules.

      scenarios/t.yaml:6:10  data.scale
        expected a number above 0, found 0

      scenarios/t.yaml:9:13  data.tables.t.rows
        expected an integer of at least 0, found -1

      scenarios/t.yaml:11:50  data.tables.t.columns.a.nullRatio
        expected a number from 0 to 1, found 1.5"
    `);
  });

  it('keeps the messages written in the schema, adding what was found', () => {
    expect(
      problems(
        `name: t\nsource: { version: "1.0" }\ntarget: { version: 2.0.0 }\nchain: { migrators: [m] }\nbudgets: { total: 10 min }\ndata:\n  tables:\n    1abc: { rows: 1, columns: {} }\n`,
      ),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:2:20  source.version
        "1.0" is not a semantic version
        write all three parts: "1.0.0"

      scenarios/t.yaml:5:19  budgets.total
        expected a duration such as "500ms", "30s", "2m" or "1.5h", found the string "10 min"

      scenarios/t.yaml:8:5  data.tables["1abc"]
        invalid key "1abc": expected a table name such as "dir_user" or "app.dir_user""
    `);
  });

  it('checks generators: exactly one per column, min not above max', () => {
    expect(
      problems(withData('        a: {}\n        b: { uuid: true, template: "x{n}" }\n        c: { int: { min: 9, max: 1 } }\n')),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:10:12  data.tables.t.columns.a
        expected one generator: sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value

      scenarios/t.yaml:11:36  data.tables.t.columns.b.template
        expected one generator, found "uuid" and "template"

      scenarios/t.yaml:12:26  data.tables.t.columns.c.int.min
        expected min to be at most 1, found the number 9"
    `);
  });

  it('compares the versions even when other fields have problems', () => {
    expect(problems('name: t\nsource: { version: 2.0.0 }\ntarget: { version: 1.0.0 }\nchain: { migrators: [] }\n')).toMatchInlineSnapshot(`
      "scenarios/t.yaml:3:20  target.version
        expected a version above the source version 2.0.0, found the string "1.0.0"

      scenarios/t.yaml:4:21  chain.migrators
        expected at least one item, found an empty list
        Migrator files or folders, relative to this file: *.sql with @from/@to headers, or TypeScript modules."
    `);
  });
});

describe('versions: plain semantic versions, as migrator files write them', () => {
  it('refuses a "v" prefix and build metadata in source and target, saying what to write', () => {
    expect(problems('name: t\nsource: { version: 1.0.0+build }\ntarget: { version: v2.0.0 }\nchain: { migrators: [m] }\n'))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:2:20  source.version
          "1.0.0+build" has build metadata ("+build"), which semver ignores when comparing versions
          write "1.0.0", without the build metadata

        scenarios/t.yaml:3:20  target.version
          "v2.0.0" is not written as a plain version
          write "2.0.0", without the "v""
      `);
  });

  it('refuses them in chain.mandatory and as budget steps, at the top and in a stage', () => {
    expect(
      problems(
        `${MINIMAL.replace('[migrations] }', '[migrations], mandatory: [V2.0.0] }')}budgets:\n  steps:\n    v2.0.0: 1m\nstages:\n  ci:\n    budgets: { steps: { 2.0.0+ci: 1m } }\n`,
      ),
    ).toMatchInlineSnapshot(`
      "scenarios/t.yaml:4:47  chain.mandatory[0]
        "V2.0.0" is not a semantic version
        write "2.0.0", without the "V"

      scenarios/t.yaml:7:5  budgets.steps["v2.0.0"]
        key "v2.0.0" is not written as a plain version
        write "2.0.0", without the "v"

      scenarios/t.yaml:10:25  stages.ci.budgets.steps["2.0.0+ci"]
        key "2.0.0+ci" has build metadata ("+ci"), which semver ignores when comparing versions
        write "2.0.0", without the build metadata"
    `);
  });

  it('refuses a step key YAML read as a number, and suggests the full version in quotes', () => {
    expect(problems(`${MINIMAL}budgets:\n  steps:\n    2.0: 90s\n    1.10: 1m\nstages:\n  ci:\n    budgets: { steps: { 2: 1m } }\n`))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:7:5  budgets.steps["2"]
          key "2" is not a semantic version
          YAML reads 2.0 as the number 2; write "2.0.0" in quotes

        scenarios/t.yaml:8:5  budgets.steps["1.1"]
          key "1.1" is not a semantic version
          YAML reads 1.10 as the number 1.1; write "1.10.0" in quotes

        scenarios/t.yaml:11:25  stages.ci.budgets.steps["2"]
          key "2" is not a semantic version
          YAML reads 2 as a number; write "2.0.0" in quotes"
      `);
  });

  it('suggests a full version for a version YAML read as a number', () => {
    expect(problems(`name: t\nsource: { version: 1.1 }\ntarget: { version: 2.0.0 }\nchain: { migrators: [m], mandatory: [2.0] }\n`))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:2:20  source.version
          expected a string, found the number 1.1
          YAML reads 1.1 as a number; write "1.1.0" in quotes

        scenarios/t.yaml:4:38  chain.mandatory[0]
          expected a string, found the number 2
          YAML reads 2.0 as a number; write "2.0.0" in quotes"
      `);
  });

  it('suggests a full version in a TypeScript scenario too', () => {
    const result = validateScenario(
      { name: 't', source: { version: '1.0' }, target: { version: 2 }, chain: { migrators: ['m'] }, budgets: { steps: { 2: '1m' } } },
      { file: '/repo/scenarios/t.ts', format: 'typescript' },
    );
    expect(result.success ? [] : result.issues.map(({ path, message, hint }) => ({ path, message, hint }))).toMatchInlineSnapshot(`
      [
        {
          "hint": "write all three parts: "1.0.0"",
          "message": ""1.0" is not a semantic version",
          "path": "source.version",
        },
        {
          "hint": "write it as a string: "2.0.0"",
          "message": "expected a string, found the number 2",
          "path": "target.version",
        },
        {
          "hint": "write all three parts: "2.0.0"",
          "message": "key "2" is not a semantic version",
          "path": "budgets.steps["2"]",
        },
      ]
    `);
  });

  it('accepts plain versions with a prerelease', () => {
    expect(
      validateScenario(
        { name: 't', source: { version: '1.0.0' }, target: { version: '2.0.0-rc.1' }, chain: { migrators: ['m'], mandatory: ['2.0.0-rc.1'] }, budgets: { steps: { '2.0.0-rc.1': '1m' } } },
        { file: '/repo/scenarios/t.ts', format: 'typescript' },
      ).success,
    ).toBe(true);
  });
});

describe('extension keys and merge keys', () => {
  it('ignores top-level keys starting with "x-", and leaves them out of the spec', () => {
    const loaded = parseScenarioYaml(`${MINIMAL}x-notes: { owner: qa }\nx-list: [1, 2]\n`, 'scenarios/t.yaml', { cwd });
    expect(Object.keys(loaded.spec).filter((key) => key.startsWith('x-'))).toEqual([]);
  });

  it('still refuses other unknown top-level keys, and names "x-" for a mapping that only holds anchors', () => {
    expect(problems(`${MINIMAL}defaults: &defaults { scale: 2 }\nx-defaults: { nested-x-is-not-special: { x-y: 1 } }\nstages:\n  ci: { <<: *defaults }\n`))
      .toMatchInlineSnapshot(`
        "scenarios/t.yaml:5:1  defaults
          unknown key "defaults"
          allowed here: name, description, engine, mode, source, target, chain, data, checks, budgets, estimate, files, stages, dump, config, tasks, functional, health, revert
          to keep it only for YAML anchors, name it "x-defaults": top-level keys starting with "x-" are ignored"
      `);
  });

  it('only at the top level', () => {
    expect(problems(`${MINIMAL}data:\n  x-shared: { rows: 1 }\n  tables: {}\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:6:3  data.x-shared
        unknown key "x-shared"
        allowed here: seed, scale, tables"
    `);
  });

  it('locates a problem in a merged value where the anchor wrote it', () => {
    expect(problems(`${MINIMAL}x-small: &small\n  scale: -1\nstages:\n  dev:\n    <<: *small\n    seed: 2\n`)).toMatchInlineSnapshot(`
      "scenarios/t.yaml:6:10  stages.dev.scale
        expected a number above 0, found -1"
    `);
  });
});

describe('issue records', () => {
  it('carry the field path as text and segments, what was expected, and a hint', () => {
    const result = validateScenario(
      { name: 't', source: { version: '1.0.0' }, target: { version: 2 }, chain: { migrators: ['m'] } },
      { file: '/repo/scenarios/t.ts', format: 'typescript' },
    );
    expect(result).toEqual({
      success: false,
      issues: [
        {
          file: '/repo/scenarios/t.ts',
          path: 'target.version',
          segments: ['target', 'version'],
          message: 'expected a string, found the number 2',
          expected: 'a string',
          hint: 'write it as a string: "2.0.0"',
        },
      ],
    });
  });

  it('speak of null, not of an empty YAML value, in a TypeScript scenario', () => {
    const result = validateScenario(
      { name: null, source: { version: '1.0.0' }, target: { version: '2.0.0' }, chain: { migrators: ['m'] } },
      { file: '/repo/scenarios/t.ts', format: 'typescript' },
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual(['expected a string, found null']);
  });
});
