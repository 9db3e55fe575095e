import semver from 'semver';
import { z } from 'zod';
import { durationSchema, exactlyOneOf, tableNameSchema, versionSchema } from './schema-primitives.ts';
import { scenarioVersionProblem } from './scenario-version.ts';
import { ladderSchemas } from './stage-schema.ts';
import { estimateSchema, productionBudgetSchema } from './estimate-schema.ts';
import { checkFileTrees, filesSectionSchema, processCheckFields } from './process-schema.ts';

/*
 * The one definition of a scenario. YAML files and `defineScenario` objects are both
 * validated by `scenarioSchema`; the published JSON Schema is generated from it too
 * (`npm run schema`), so editors, the validator and the types never disagree.
 */

const identifier = tableNameSchema('dir_user');

const version = versionSchema;

const duration = durationSchema;

const ratio = z.number().min(0).max(1);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });
const isoTimestamp = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'expected an ISO timestamp such as "2024-01-31T12:00:00Z"' });

const skew = z
  .number()
  .min(0)
  .describe('Zipf exponent: 0 is uniform, 1 makes the first values far more frequent than the last.');

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One column's generator: exactly one of the generator keys, plus the shared options. */
export const columnGeneratorSchema = z
  .strictObject({
    sequence: z
      .union([z.literal(true), z.strictObject({ start: z.int().default(1), step: z.int().default(1) })])
      .optional()
      .describe('Integers 1, 2, 3, … (or from `start` by `step`). Unique; good for keys.'),
    uuid: z.literal(true).optional().describe('A UUID derived from the seed, the table, the column and the row number. Unique.'),
    template: z
      .string()
      .optional()
      .describe('Text with the 1-based row number in it: "REQ-{n}", zero-padded with "REQ-{n:6}". Unique when it holds {n}.'),
    faker: z
      .union([
        z.string(),
        z.strictObject({
          fn: z.string(),
          args: z.array(z.unknown()).optional(),
          pool: z.int().positive().optional(),
        }),
      ])
      .optional()
      .describe('A faker method such as "person.fullName" (or { fn, args, pool }). Values are drawn from a pool of `pool` (default 1000) distinct faker values.'),
    int: z
      .strictObject({ min: z.int(), max: z.int(), skew: skew.optional() })
      .optional()
      .describe('An integer between min and max, inclusive.'),
    decimal: z
      .strictObject({ min: z.number(), max: z.number(), scale: z.int().min(0).max(12).default(2), skew: skew.optional() })
      .optional()
      .describe('A decimal between min and max with `scale` digits after the point.'),
    bool: z
      .union([z.literal(true), z.strictObject({ p: ratio })])
      .optional()
      .describe('true with probability p (default 0.5).'),
    date: z.strictObject({ from: isoDate, to: isoDate }).optional().describe('A date between from and to, inclusive.'),
    timestamp: z
      .strictObject({ from: isoTimestamp, to: isoTimestamp })
      .optional()
      .describe('A timestamp (UTC, whole seconds) between from and to.'),
    choice: z
      .union([
        z.array(scalar).min(1),
        z.strictObject({ values: z.array(scalar).min(1), weights: z.array(z.number().min(0)).optional(), skew: skew.optional() }),
      ])
      .optional()
      .describe('One of the listed values, uniformly, by `weights`, or skewed.'),
    text: z
      .strictObject({ min: z.int().min(0), max: z.int().min(0) })
      .optional()
      .describe('Words of filler text, between min and max characters long.'),
    ref: z
      .union([z.string(), z.strictObject({ table: identifier, column: z.string(), skew: skew.optional() })])
      .optional()
      .describe('A value of another table\'s column ("dir_user.id"): a foreign key. The referenced column must be unique.'),
    value: scalar.optional().describe('The same value in every row.'),
    nullRatio: ratio.optional().describe('Share of rows that get NULL, 0 to 1.'),
    edgeCases: ratio
      .optional()
      .describe('Share of rows that get an edge case for the generator\'s kind: unicode and quotes, very long text, boundary dates and numbers.'),
  })
  .superRefine(
    // GENERATOR_KEYS is declared below, from this schema's own keys: read it when the refinement runs.
    (generator, ctx) => exactlyOneOf(GENERATOR_KEYS, 'generator')(generator, ctx),
    {
      // Counting generators needs only the keys, so it runs beside other problems in the
      // column, but not beside an unknown key: that is usually the generator, misspelt.
      when: (payload) =>
        isMapping(payload.value) && !payload.issues.some((issue) => issue.code === 'unrecognized_keys' && !issue.path?.length),
    },
  )
  .superRefine((generator, ctx) => {
    for (const key of ['int', 'decimal', 'text', 'date', 'timestamp'] as const) {
      const range = generator[key] as { min?: number | string; max?: number | string; from?: string; to?: string } | undefined;
      if (!range) continue;
      const [low, high, lowName] = 'min' in range ? [range.min, range.max, 'min'] : [range.from, range.to, 'from'];
      if (low !== undefined && high !== undefined && low > high) {
        ctx.addIssue({ code: 'custom', path: [key, lowName], message: `expected ${lowName} to be at most ${JSON.stringify(high)}` });
      }
    }
    if (typeof generator.ref === 'string' && !/^[A-Za-z_][\w$]*(\.[A-Za-z_][\w$]*)?\.[^.]+$/.test(generator.ref)) {
      ctx.addIssue({ code: 'custom', path: ['ref'], message: 'expected "table.column", such as "dir_user.id"' });
    }
    const choice = generator.choice;
    if (choice && !Array.isArray(choice) && choice.weights && choice.weights.length !== choice.values.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['choice', 'weights'],
        message: `expected ${choice.values.length} weights, one per value, got ${choice.weights.length}`,
      });
    }
  })
  .describe('How one column is filled. Give exactly one generator.');

export const GENERATOR_KEYS = [
  'sequence',
  'uuid',
  'template',
  'faker',
  'int',
  'decimal',
  'bool',
  'date',
  'timestamp',
  'choice',
  'text',
  'ref',
  'value',
] as const;
export type GeneratorKey = (typeof GENERATOR_KEYS)[number];

const tableDataSchema = z.strictObject({
  rows: z.int().min(0).describe('Rows at scale 1.'),
  columns: z.record(z.string(), columnGeneratorSchema).describe('Generators by column name; unlisted columns get their default.'),
});

export const dataSchema = z
  .strictObject({
    seed: z.int().default(1).describe('The same seed gives byte-identical data.'),
    scale: z.number().positive().default(1).describe('Multiplies every table\'s row count.'),
    tables: z
      .record(identifier, tableDataSchema)
      .describe('Tables to fill, by name, in any order: references between them decide the load order.'),
  })
  .describe('Production-like data generated with faker, deterministic for a seed.');

export const PROVIDER_CHOICES = ['auto', 'embedded', 'local', 'testcontainers', 'external'] as const;

const engineMajor = z
  .union([z.string(), z.int()])
  .transform(String)
  .pipe(z.string().regex(/^\d{1,2}$/, { error: 'expected a PostgreSQL major version such as "15"' }));

/** Fields every environment has; each provider reads the ones it knows. */
const environmentFields = {
  version: version.describe('The application version this environment holds.'),
  provider: z
    .enum(PROVIDER_CHOICES)
    .optional()
    .describe(
      'Where the database runs. embedded: in-process PostgreSQL 18 (PGlite), nothing to install (the default). ' +
        'local: native server binaries. testcontainers: a container of any image (Docker). external: a connection URL. ' +
        'auto: the first of testcontainers, local, embedded that can serve here. --provider and PILOT_PROVIDER override it.',
    ),
  postgres: engineMajor.optional().describe('The PostgreSQL major version, e.g. "15" (default: the newest the provider has).'),
  image: z.string().optional().describe('testcontainers: the image, e.g. "postgres:16-alpine" (default: pinned per major).'),
  bin: z.string().optional().describe('local: the folder with postgres, initdb and pg_ctl (default: PATH and the usual places).'),
  url: z.string().optional().describe('external: the connection URL. Prefer urlEnv: a URL written here puts its password in the file.'),
  urlEnv: z.string().optional().describe('external: the environment variable holding the connection URL, e.g. PREPROD_DATABASE_URL.'),
  allowWrites: z.boolean().optional().describe('external target: allow the harness to migrate this database (required, as it writes).'),
  reuse: z.boolean().optional().describe('testcontainers: keep the container for later runs.'),
  timeouts: z
    .strictObject({
      connect: duration.optional().describe('Connecting (default 10s).'),
      statement: duration.optional().describe('Any one statement (default 30m).'),
      lock: duration.optional().describe('Waiting for a lock (default 1m).'),
    })
    .optional()
    .describe('Bounds for local, testcontainers and external servers.'),
};

const PROVIDER_FIELDS: Record<string, readonly string[]> = {
  image: ['testcontainers'],
  reuse: ['testcontainers'],
  bin: ['local'],
  url: ['external'],
  urlEnv: ['external'],
  allowWrites: ['external'],
};

function checkEnvironment(environment: Record<string, unknown> & { provider?: string }, ctx: z.RefinementCtx): void {
  if (environment.url !== undefined && environment.urlEnv !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['urlEnv'], message: 'expected either "url" or "urlEnv", not both' });
  }
  const provider = environment.provider;
  if (provider === undefined || provider === 'auto') return;
  for (const [field, providers] of Object.entries(PROVIDER_FIELDS)) {
    if (environment[field] !== undefined && !providers.includes(provider)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `"${field}" is for provider ${providers.join(' or ')}, but this environment's provider is ${provider}`,
      });
    }
  }
}
const relationSchema = z
  .strictObject({
    table: identifier.optional(),
    query: z.string().optional(),
  })
  .refine((relation) => (relation.table === undefined) !== (relation.query === undefined), {
    error: 'expected either "table" or "query"',
  });

const columnMappingSchema = z.union([
  z.string().describe('The target expression; the source expression is the column of this name.'),
  z.strictObject({ source: z.string().optional(), target: z.string().optional() }),
]);

export const parityRuleSchema = z
  .strictObject({
    name: z.string().optional().describe('Shown in reports; defaults to the table name.'),
    table: identifier.optional().describe('The same table on both sides.'),
    source: relationSchema.optional().describe('The source side: a table or a query.'),
    target: relationSchema.optional().describe('The target side: a table or a query (e.g. a join, for a split table).'),
    key: z.array(z.string()).min(1).optional().describe('Key columns; defaults to the source table\'s primary key.'),
    columns: z
      .record(z.string(), columnMappingSchema)
      .optional()
      .describe('Compared values by name: a target expression, or { source, target } expressions. Defaults to every source column.'),
    ignore: z.array(z.string()).optional().describe('Source columns left out of the comparison.'),
  })
  .superRefine((rule, ctx) => {
    if (rule.table === undefined && (rule.source === undefined || rule.target === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'expected "table" (the same table on both sides), or both "source" and "target"',
      });
    }
    if (rule.key === undefined && rule.source?.query !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'expected "key": a query source has no primary key to default to' });
    }
  })
  .describe('Rows must match by key between source and target: counts, missing, extra and changed keys.');

export const invariantSchema = z
  .strictObject({
    name: z.string(),
    query: z.string().optional().describe('Run on both sides (or on the target when `equals` is given).'),
    source: z.string().optional().describe('The query on the source, when it differs.'),
    target: z.string().optional().describe('The query on the target, when it differs.'),
    equals: z
      .union([scalar, z.array(z.array(scalar.nullable()))])
      .optional()
      .describe('The expected result on the target: a single value, or rows.'),
  })
  .superRefine((invariant, ctx) => {
    const onTarget = invariant.target ?? invariant.query;
    const onSource = invariant.source ?? invariant.query;
    if (onTarget === undefined || (invariant.equals === undefined && onSource === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'expected "query" (run on both sides), "source" and "target" queries, or a target query with "equals"',
      });
    }
  })
  .describe('A query whose result must be the same on source and target, or equal a value.');

const columnExpectationSchema = z.strictObject({
  type: z.string().optional().describe('As PostgreSQL spells it: "text", "numeric(12,2)", "timestamp with time zone".'),
  nullable: z.boolean().optional(),
});

export const tableExpectationSchema = z.strictObject({
  table: identifier,
  absent: z.boolean().optional().describe('The table must not exist.'),
  columns: z.record(z.string(), columnExpectationSchema).optional(),
  primaryKey: z.array(z.string()).optional(),
  indexes: z.array(z.string()).optional().describe('Index names that must exist.'),
});

export const SCHEMA_RULES = ['column-type-change', 'column-drop', 'table-drop'] as const;

const budgetsSchema = z.strictObject({
  total: duration.optional().describe('The whole chain.'),
  steps: z
    .record(version, duration)
    .optional()
    .describe('By step: the migrator\'s to-version, written in full and in quotes ("2.0.0": YAML reads 2.0 as a number).'),
  production: productionBudgetSchema.optional(),
});

/** Top-level keys the validator ignores, as docker-compose ignores its `x-` fields. */
const EXTENSION_KEY = /^x-/;

const ROOT_DESCRIPTION =
  'A pilot migration: the source and target environments, the data to seed, the migration chain, the checks and the budgets. ' +
  'Needs at least name, source.version, target.version and chain.migrators. ' +
  'Top-level keys starting with "x-" are ignored: define YAML anchors there and merge them with "<<: *name".';

// Stages, dumps, tasks, functional tests, health, revert and config migrators (stage-schema.ts).
const ladder = ladderSchemas({
  budgets: budgetsSchema,
  parityRule: parityRuleSchema,
  invariant: invariantSchema,
  tableExpectation: tableExpectationSchema,
  schemaRule: z.enum(SCHEMA_RULES),
  providerChoice: z.enum(PROVIDER_CHOICES),
  environmentFields,
});

const scenarioObject = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors that read it from a key.'),
    name: z.string().min(1).describe('Names the pilot in reports.'),
    description: z.string().optional().describe('What the pilot rehearses, for the report.'),
    engine: z
      .literal('postgres', {
        // MongoDB scenarios hold generator functions, so they are TypeScript modules (src/mongo/mongo-scenario.ts).
        error: 'expected "postgres" (a MongoDB pilot is a TypeScript module exporting defineMongoScenario(…); README: MongoDB)',
      })
      .default('postgres')
      .describe('The database engine: postgres. MongoDB pilots are TypeScript modules (defineMongoScenario).'),
    mode: z
      .enum(['copy', 'in-place'])
      .default('copy')
      .describe('copy: migrate a copy in the target environment, the source stays intact. in-place: migrate the source and compare with its own before-snapshot.'),
    source: z
      .strictObject({
        ...environmentFields,
        schema: z
          .array(z.string())
          .default([])
          .describe('SQL files, relative to this file, that create the source schema before seeding.'),
      })
      .superRefine(checkEnvironment)
      .describe('The old environment.'),
    target: z
      .strictObject({
        ...environmentFields,
        copy: z
          .enum(['auto', 'snapshot', 'logical', 'pg_dump'])
          .default('auto')
          .describe(
            'How the source data reaches the target. snapshot: a copy of the source environment (same provider and major only). ' +
              'logical: schema from the catalog, rows by COPY (any versions). pg_dump: pg_dump | pg_restore (needs the binaries). ' +
              'auto: snapshot when it can, else logical.',
          ),
      })
      .superRefine(checkEnvironment)
      .describe('The new environment.'),
    chain: z
      .strictObject({
        migrators: z
          .array(z.string())
          .min(1)
          .describe('Migrator files or folders, relative to this file: *.sql with @from/@to headers, or TypeScript modules.'),
        mandatory: z.array(version).default([]).describe('Versions every upgrade must pass through.'),
        historyTable: identifier.default('pilot_schema_history').describe('Where the target records applied migrators.'),
      })
      .describe('The migrators, planned from the stored version to the target version.'),
    data: dataSchema.optional(),
    checks: z
      .strictObject({
        parity: z.array(parityRuleSchema).default([]),
        invariants: z.array(invariantSchema).default([]),
        schema: z
          .strictObject({
            forbid: z
              .array(z.enum(SCHEMA_RULES))
              .default([...SCHEMA_RULES])
              .describe('Changes old code cannot survive; all are forbidden by default.'),
            expect: z.array(tableExpectationSchema).default([]),
          })
          .prefault({}),
        sourceUnchanged: z.boolean().default(true).describe('Prove the source identical before and after (copy mode).'),
        ...processCheckFields,
      })
      .prefault({}),
    budgets: budgetsSchema.optional(),
    estimate: estimateSchema.optional(),
    files: filesSectionSchema.optional(),
    stages: ladder.stages
      .optional()
      .describe('Per-stage overrides, chosen with --stage, lowest stage first. A stage can extend another, and stages can share settings through a YAML merge key ("<<: *anchor").'),
    ...ladder.fields,
  })
  .superRefine(
    (scenario, ctx) => {
      const from = scenario.source.version;
      const to = scenario.target.version;
      if (!semver.lt(from, to)) {
        ctx.addIssue({ code: 'custom', path: ['target', 'version'], message: `expected a version above the source version ${from}` });
      }
    },
    {
      // Compare the versions whenever both are valid, even if other fields have problems,
      // so that one run of the validator reports everything.
      when: (payload) => {
        const value = payload.value as { source?: { version?: unknown }; target?: { version?: unknown } } | undefined;
        return isPlainVersion(value?.source?.version) && isPlainVersion(value?.target?.version);
      },
    },
  )
  .superRefine((scenario, ctx) => {
    // An external source is read-only: the harness neither creates its schema nor seeds it, nor migrates it in place.
    if (scenario.source.provider === 'external') {
      if (scenario.data !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['data'], message: 'an external source is never written to: it cannot be seeded; remove "data"' });
      }
      if (scenario.source.schema.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['source', 'schema'], message: 'an external source is never written to: its schema files cannot be applied; remove "schema"' });
      }
      if (scenario.mode === 'in-place') {
        ctx.addIssue({ code: 'custom', path: ['mode'], message: 'in-place mode migrates the source, but an external source is never written to; use mode: copy' });
      }
    }
    if (scenario.target.provider === 'external' && scenario.target.allowWrites !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'provider'],
        message: 'the harness writes to the target (the chain runs there); an external target needs "allowWrites: true" to say that is intended',
      });
    }
  })
  .superRefine(ladder.check)
  .superRefine(checkFileTrees)
  .meta({
    // The JSON Schema says what the preprocess step below does.
    patternProperties: {
      [EXTENSION_KEY.source]: {
        description:
          'An extension field, ignored by the validator as in docker-compose: a place for YAML anchors. ' +
          'Define "x-small: &small { scale: 0.1 }", then merge it where it applies: "dev: { <<: *small, seed: 2 }". ' +
          'Keys written next to "<<" win over merged ones; "<<: [*a, *b]" merges several, the first winning.',
      },
    },
  });

/**
 * A scenario, as YAML files and `defineScenario` objects are both validated. Top-level keys
 * starting with `x-` are dropped before validation: they hold YAML anchors that other parts
 * of the file merge (`<<: *defaults`) or repeat (`*defaults`).
 */
export const scenarioSchema = z.preprocess(withoutExtensionKeys, scenarioObject).describe(ROOT_DESCRIPTION);

function withoutExtensionKeys(input: unknown): unknown {
  if (!isMapping(input) || !Object.keys(input).some((key) => EXTENSION_KEY.test(key))) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => !EXTENSION_KEY.test(key)));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainVersion(value: unknown): value is string {
  return typeof value === 'string' && scenarioVersionProblem(value) === undefined;
}

/** What a scenario file holds: the fields, and any top-level `x-` extension fields. */
export type ScenarioInput = z.input<typeof scenarioObject> & { readonly [key: `x-${string}`]: unknown };
export type ScenarioSpec = z.output<typeof scenarioSchema>;
export type ColumnGenerator = z.output<typeof columnGeneratorSchema>;
export type DataSpec = z.output<typeof dataSchema>;
export type ParityRule = z.output<typeof parityRuleSchema>;
export type Invariant = z.output<typeof invariantSchema>;
export type TableExpectation = z.output<typeof tableExpectationSchema>;
export type SchemaRule = (typeof SCHEMA_RULES)[number];
