import { z } from 'zod';
import { durationSchema, exactlyOneOf, tableNameSchema } from './schema-primitives.ts';

/*
 * The parts of a scenario that the stage ladder adds (source document 003): per-stage
 * settings with inheritance, a production dump with masking rules, pre-migration tasks,
 * the user's own functional tests, health thresholds, the revert rehearsal and
 * config-file migrators. `scenario-schema.ts` plugs them in with `ladderSchemas(…)`, which
 * takes the schemas it already has (budgets, checks, environments), so this file imports
 * nothing from it and there is no import cycle.
 */

const duration = durationSchema;

const identifier = tableNameSchema('um_user');

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const BYTES = /^(\d+(?:\.\d+)?)\s*(B|kB|KB|MB|GB|TB)$/;
const BYTE_UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
const byteSize = z
  .string()
  .regex(BYTES, { error: 'expected a size such as "512MB" or "2GB"' })
  .transform((text) => {
    const [, amount, unit] = BYTES.exec(text)!;
    return Math.round(Number(amount) * BYTE_UNITS[unit!]!);
  })
  .describe('A size in bytes: a number followed by B, kB, MB, GB or TB ("512MB").');

/** The masking rule keys; a rule gives exactly one. */
export const MASK_GENERATOR_KEYS = ['faker', 'hash', 'value'] as const;

export const maskRuleSchema = z
  .strictObject({
    faker: z
      .string()
      .optional()
      .describe('A faker method such as "internet.email" or "person.fullName": each original value gets the faker value its keyed hash picks.'),
    hash: z
      .union([z.literal(true), z.strictObject({ length: z.int().min(8).max(64) })])
      .optional()
      .describe('A hex digest of the keyed hash (default 16 characters): unique in practice, reveals nothing.'),
    value: scalar.nullable().optional().describe('The same value for every row, e.g. null or "redacted".'),
    unique: z
      .boolean()
      .optional()
      .describe('Keep distinct originals distinct (for unique columns): faker values get a short keyed hash added ("jane.doe.1a2b3c4d@example.com").'),
    domain: z
      .string()
      .optional()
      .describe('Columns with the same domain map the same original to the same value, so joins survive. Default: the rule itself, so equal rules already agree.'),
  })
  .superRefine((rule, ctx) => {
    exactlyOneOf(MASK_GENERATOR_KEYS, 'masking rule')(rule, ctx);
    if (rule.unique && rule.value !== undefined && rule.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['unique'], message: 'a constant value cannot keep distinct originals distinct; use faker or hash' });
    }
  })
  .describe('How one PII column is masked. Deterministic per original value (keyed by the mask seed or key), so joins and uniqueness survive.');

export const maskSchema = z
  .strictObject({
    seed: z.int().default(1).describe('Keys the masking when no keyEnv is given. Anyone knowing the seed can test guesses of an original value: prefer keyEnv for production data.'),
    keyEnv: z
      .string()
      .optional()
      .describe('An environment variable holding a secret masking key (wins over seed). The key never reaches a report.'),
    tables: z
      .record(identifier, z.record(z.string(), maskRuleSchema))
      .describe('Masking rules by table, then by column: { um_user: { email: { faker: internet.email, unique: true } } }.'),
  })
  .describe('Masking rules, applied to the rows while they stream out of the dump, so no original value is ever written to a database.');

export const dumpSchema = z
  .strictObject({
    file: z.string().describe('The dump, relative to this file: a pg_dump custom-format archive (-Fc) or a plain SQL dump.'),
    format: z
      .enum(['auto', 'custom', 'plain'])
      .default('auto')
      .describe('auto: a file starting with "PGDMP" is a custom archive, anything else plain SQL.'),
    bin: z.string().optional().describe('The folder holding pg_restore, for a custom archive (default: the usual places and PATH).'),
    mask: maskSchema.optional(),
  })
  .describe('Restore a production dump into the source instead of generating data (source document 003: pilot on pre-prod with a production dump).');

export const taskSchema = z
  .strictObject({
    name: z.string().min(1).describe('Shown in reports.'),
    sql: z.string().optional().describe('The SQL to run.'),
    file: z.string().optional().describe('A SQL file, relative to this file.'),
    transaction: z.boolean().default(true).describe('Run in one transaction (default); false for VACUUM and the like.'),
    budget: duration.optional().describe('How long the task may take.'),
  })
  .refine((task) => (task.sql === undefined) !== (task.file === undefined), { error: 'expected either "sql" or "file"' })
  .describe('A pre-migration task, such as the token and session cleanup of source document 003. Runs on the copy, never on the source, before the chain, timed.');

export const functionalTestSchema = z
  .strictObject({
    name: z.string().min(1).describe('Shown in reports.'),
    command: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe('A command, run with the migrated database\'s URL in PILOT_TARGET_URL and DATABASE_URL (and PG* variables). A string runs in a shell; a list runs without one. Exit code 0 passes.'),
    module: z
      .string()
      .optional()
      .describe('A TypeScript or JavaScript module, relative to this file, whose default export is async ({ db, url, env }) => void; throwing fails the test.'),
    cwd: z.string().optional().describe('The command\'s working folder, relative to this file (default: this file\'s folder).'),
    env: z.record(z.string(), z.string()).optional().describe('More environment variables for the command.'),
    timeout: duration.optional().describe('How long the test may run (default 5m).'),
  })
  .refine((test) => (test.command === undefined) !== (test.module === undefined), { error: 'expected either "command" or "module"' })
  .describe('One of the user\'s own functional test cases, run against the migrated environment (source document 003, step 1).');

export const healthSchema = z
  .strictObject({
    interval: duration.optional().describe('How often CPU and memory are sampled during the chain (default 1s).'),
    cpu: z
      .strictObject({ max: z.number().positive().describe('Peak CPU of the database, in percent of one core.') })
      .optional(),
    memory: z.strictObject({ max: byteSize.describe('Peak memory of the database.') }).optional(),
    logs: z
      .strictObject({
        maxErrors: z.int().min(0).default(0).describe('ERROR, FATAL and PANIC lines the server may log during the chain.'),
        ignore: z.array(z.string()).default([]).describe('Regular expressions of log lines that do not count.'),
      })
      .optional(),
  })
  .describe('Watch the database during the chain (source document 003: CPU, memory, the logs); the thresholds are checks.');

export const revertSchema = z
  .strictObject({
    method: z
      .enum(['down', 'backup'])
      .describe('down: run the migrators\' down steps in reverse order. backup: restore the backup taken before the chain.'),
  })
  .describe('Rehearse the revert after the checks, and prove the database equal to its state before the chain, on a fresh connection.');

export const configSchema = z
  .strictObject({
    files: z.array(z.string()).min(1).describe('Config files at the source version (TOML, YAML or JSON), relative to this file. They are copied, never changed.'),
    migrators: z
      .array(z.string())
      .min(1)
      .describe('Config migrator modules (defineConfigMigrator) or folders of them, relative to this file. They run before the data chain.'),
  })
  .describe('Config-file migrations (source document 004): config files migrate before the app starts, data after.');

/** What `ladderSchemas` needs from the scenario schema. */
export interface LadderParts<B extends z.ZodType, P extends z.ZodType, I extends z.ZodType, T extends z.ZodType, R extends z.ZodType, E extends z.core.$ZodLooseShape> {
  budgets: B;
  parityRule: P;
  invariant: I;
  tableExpectation: T;
  schemaRule: R;
  providerChoice: z.ZodType<string>;
  /** The environment fields of source and target (`version` is left out of stage overrides). */
  environmentFields: E;
}

/**
 * The ladder's top-level fields, the `stages` record and the scenario-level refinement,
 * built on the scenario schema's own parts.
 */
export function ladderSchemas<B extends z.ZodType, P extends z.ZodType, I extends z.ZodType, T extends z.ZodType, R extends z.ZodType, E extends z.core.$ZodLooseShape>(
  parts: LadderParts<B, P, I, T, R, E>,
) {
  const { version: _version, ...overridable } = parts.environmentFields as E & { version?: unknown };
  const environmentOverride = z.strictObject(overridable as Omit<E, 'version'>);
  const stageChecks = z
    .strictObject({
      parity: z.array(parts.parityRule).optional(),
      invariants: z.array(parts.invariant).optional(),
      schema: z.strictObject({ forbid: z.array(parts.schemaRule).optional(), expect: z.array(parts.tableExpectation).optional() }).optional(),
      sourceUnchanged: z.boolean().optional(),
    })
    .describe('Checks added for this stage: parity rules, invariants and schema expectations are added to the scenario\'s.');

  const stage = z
    .strictObject({
      extends: z.string().optional().describe('Another stage whose settings this one starts from; the scenario\'s own settings are the base of every stage.'),
      description: z.string().optional(),
      scale: z.number().positive().optional(),
      seed: z.int().optional(),
      budgets: parts.budgets.optional(),
      provider: parts.providerChoice.optional().describe('The provider of both environments (an external one excepted); --provider still wins.'),
      source: environmentOverride.optional().describe('Overrides of the source environment, e.g. an external pre-prod database (provider: external, urlEnv).'),
      target: z
        .strictObject({ ...(overridable as Omit<E, 'version'>), copy: z.enum(['auto', 'snapshot', 'logical', 'pg_dump']).optional() })
        .optional()
        .describe('Overrides of the target environment.'),
      dump: dumpSchema.optional().describe('Restore this dump into the source instead of generating data.'),
      checks: stageChecks.optional(),
      tasks: z.array(taskSchema).optional().describe('Replaces the scenario\'s tasks for this stage.'),
      functional: z.array(functionalTestSchema).optional().describe('Added to the scenario\'s functional tests.'),
      health: healthSchema.optional().describe('Replaces the scenario\'s health settings for this stage.'),
      revert: revertSchema.optional().describe('Replaces the scenario\'s revert rehearsal for this stage.'),
    })
    .describe('One rung of the ladder: its data, provider, budgets and checks over the scenario\'s.');

  const stages = z
    .record(z.string(), stage)
    .superRefine((declared, ctx) => {
      const names = Object.keys(declared);
      for (const [name, value] of Object.entries(declared)) {
        const parent = value.extends;
        if (parent === undefined) continue;
        if (!names.includes(parent)) {
          ctx.addIssue({
            code: 'custom',
            path: [name, 'extends'],
            message: `no stage ${JSON.stringify(parent)} to extend`,
            params: { hint: `Declared stages: ${names.join(', ')}.` },
          });
          continue;
        }
        const seen = [name];
        for (let at: string | undefined = parent; at !== undefined; at = declared[at]?.extends) {
          if (seen.includes(at)) {
            ctx.addIssue({ code: 'custom', path: [name, 'extends'], message: `stages extend each other in a circle: ${[...seen, at].join(' → ')}` });
            break;
          }
          seen.push(at);
        }
      }
    })
    .describe(
      'The ladder, lowest first (dev → test → staging → pre-prod), chosen with --stage. Promotion to a stage needs a passing run of the stage declared before it, ' +
        'with the same chain. A stage starts from the scenario (or from the stage it extends) and changes what it names.',
    );

  const fields = {
    dump: dumpSchema.optional(),
    config: configSchema.optional(),
    tasks: z.array(taskSchema).default([]).describe('Pre-migration tasks: run on the copy before the chain, in order, timed.'),
    functional: z.array(functionalTestSchema).default([]).describe('The user\'s own functional test cases, run against the migrated environment; their pass or fail is part of the verdict.'),
    health: healthSchema.optional(),
    revert: revertSchema.optional(),
  };

  /** Refinements over the whole scenario: a dump and generated data exclude each other, and nothing is restored into an external source. */
  const check = (
    scenario: { data?: unknown; dump?: unknown; source: { provider?: string | undefined }; stages?: Record<string, { dump?: unknown; source?: { provider?: string | undefined } | undefined }> | undefined },
    ctx: z.RefinementCtx,
  ): void => {
    if (scenario.dump !== undefined && scenario.data !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['dump'], message: 'the source gets either generated data or a dump, not both; remove "data" or "dump"' });
    }
    if (scenario.dump !== undefined && scenario.source.provider === 'external') {
      ctx.addIssue({ code: 'custom', path: ['dump'], message: 'an external source is never written to: a dump cannot be restored into it; remove "dump"' });
    }
    for (const [name, stage] of Object.entries(scenario.stages ?? {})) {
      if (stage.dump !== undefined && stage.source?.provider === 'external') {
        ctx.addIssue({ code: 'custom', path: ['stages', name, 'dump'], message: 'an external source is never written to: a dump cannot be restored into it; remove "dump" or the external source' });
      }
    }
  };

  return { fields, stages, check };
}

export type DumpSpec = z.output<typeof dumpSchema>;
export type MaskSpec = z.output<typeof maskSchema>;
export type MaskRule = z.output<typeof maskRuleSchema>;
export type TaskSpec = z.output<typeof taskSchema>;
export type FunctionalTestSpec = z.output<typeof functionalTestSchema>;
export type HealthSpec = z.output<typeof healthSchema>;
export type RevertSpec = z.output<typeof revertSchema>;
export type ConfigSpec = z.output<typeof configSchema>;
