import { z } from 'zod';
import { durationSchema, tableNameSchema, versionSchema } from './schema-primitives.ts';

/*
 * The scenario's `estimate` section: how `pilot estimate` measures the chain at several
 * data scales and the production sizes it extrapolates to; and `budgets.production`, the
 * production window that `pilot run` gates on (README, "Estimating the production window").
 */

const duration = durationSchema;

const version = versionSchema;

const tableName = tableNameSchema('dir_user');

/** The measured scales must span at least this factor, largest over smallest. */
export const MIN_SCALE_SPAN = 8;
/** And there must be at least this many distinct scales. */
export const MIN_SCALES = 3;

const PRODUCTION_SOURCES = ['scale', 'tables', 'profile', 'urlEnv'] as const;

export const productionSchema = z
  .strictObject({
    scale: z.number().positive().optional().describe('Production holds the data section\'s rows times this (like data.scale): 50 for fifty times the rows.'),
    tables: z
      .record(tableName, z.int().min(0))
      .optional()
      .describe('Production row counts by table, given by hand: { app_fd_expense_claim: 3000000 }.'),
    profile: z
      .string()
      .optional()
      .describe('A profile file (YAML or JSON, relative to this file) with row counts by table, as `pilot profile` writes it from a production database.'),
    urlEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, such as PROD_STATS_URL' })
      .optional()
      .describe(
        'An environment variable holding the URL of a production database (or a replica): its statistics (pg_class.reltuples, pg_stat_user_tables) give the row counts. ' +
          'Connected read-only; only catalog statistics are read.',
      ),
  })
  .superRefine((production, ctx) => {
    const given = PRODUCTION_SOURCES.filter((key) => production[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: given.length > 1 ? [given[1]!] : [],
        message:
          given.length === 0
            ? `expected one source of production sizes: ${PRODUCTION_SOURCES.join(', ')}`
            : `expected one source of production sizes, found ${given.map((k) => JSON.stringify(k)).join(' and ')}`,
      });
    }
  })
  .describe('Where the production row counts come from: exactly one of scale, tables, profile or urlEnv.');

/**
 * `budgets.production`: the production window. `pilot estimate` compares its estimate with
 * it and advises against it; `pilot run` at dev scale gates on the chain's time extrapolated
 * to production (`timingBudget` with a `ProductionExtrapolation`).
 */
export const productionBudgetSchema = z
  .strictObject({
    total: duration.optional().describe('The allowed downtime: the whole chain at production size must fit it.'),
    steps: z
      .record(version, duration)
      .optional()
      .describe('By step: the migrator\'s to-version, in quotes ("2.0.0"), and the time it may take at production size.'),
    bound: z
      .enum(['upper', 'estimate'])
      .default('upper')
      .describe('What must fit: the upper end of the 90 % interval (default), or the estimate itself.'),
  })
  .describe(
    'The production window (allowed downtime). `pilot estimate` compares with it and advises blocking, on-the-fly or lazy; ' +
      '`pilot run` gates on the time extrapolated to the production sizes of estimate.production, with the cost model of an earlier `pilot estimate` of the same chain.',
  );

export const estimateSchema = z
  .strictObject({
    scales: z
      .array(z.number().positive())
      .optional()
      .describe(
        `The data.scale values to measure the chain at: at least ${MIN_SCALES}, the largest at least ${MIN_SCALE_SPAN} times the smallest. ` +
          'Default: data.scale times 0.25, 0.4, 0.7, 1.2 and 2.',
      ),
    repetitions: z.int().min(2).max(50).default(3).describe('Runs at each scale. Scales and repetitions are interleaved, never run largest-last.'),
    warmup: z.boolean().default(true).describe('Run every scale once first, unmeasured: it seeds each scale\'s snapshot and warms the process up.'),
    production: productionSchema.optional(),
    tolerances: z
      .strictObject({
        spread: z.number().positive().max(1).optional().describe('Largest robust spread of the repetitions at one scale (default 0.15: ±15 %).'),
        fit: z.number().positive().max(1).optional().describe('Largest RMS relative error of the chosen model (default 0.1).'),
        largest: z.number().positive().max(10).optional().describe('Largest miss of the largest scale by the fit of the smaller ones (default 0.2).'),
        noiseFloor: duration.optional().describe('Differences below this are noise, never a reason to refuse (default 10ms).'),
      })
      .optional()
      .describe('When the estimate refuses to give a number.'),
  })
  .superRefine((estimate, ctx) => {
    const scales = estimate.scales;
    if (scales === undefined) return;
    const seen = new Set<number>();
    scales.forEach((scale, index) => {
      if (seen.has(scale)) ctx.addIssue({ code: 'custom', path: ['scales', index], message: `scale ${scale} is listed twice` });
      seen.add(scale);
    });
    if (seen.size < MIN_SCALES) {
      ctx.addIssue({ code: 'custom', path: ['scales'], message: `expected at least ${MIN_SCALES} different scales, got ${seen.size}` });
      return;
    }
    const span = Math.max(...seen) / Math.min(...seen);
    if (span < MIN_SCALE_SPAN) {
      ctx.addIssue({
        code: 'custom',
        path: ['scales'],
        message: `expected scales spanning at least ${MIN_SCALE_SPAN}× (largest over smallest), got ${Number(span.toFixed(2))}×`,
      });
    }
  })
  .describe(
    'Estimating the production migration window (`pilot estimate`): the chain is measured at several data scales, each step\'s cost is fitted and extrapolated to production row counts.',
  );

export type EstimateSpec = z.output<typeof estimateSchema>;
export type ProductionSpec = z.output<typeof productionSchema>;
export type ProductionBudget = z.output<typeof productionBudgetSchema>;
