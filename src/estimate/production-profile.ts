import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { connectPostgres } from '../engines/postgres/connect-postgres.ts';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { urlIdentity } from '../environment/external/external-url.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { ProductionSpec } from '../scenario/estimate-schema.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import { readMongoProductionProfile } from './mongo-production-profile.ts';
import { createRedactor } from '../util/redact.ts';

/** Production row counts by table: what the estimate extrapolates to. */
export interface ProductionProfile {
  /** Where the counts come from, for reports: `scale 10`, `profile prod.yaml`, `statistics of postgres://stats@db/app`. Never holds a password. */
  source: string;
  /** Rows by table; tables in the `public` schema by their bare name. */
  tables: Record<string, number>;
  /** When the counts were read from a database. */
  readAt?: string;
  /** Caveats, e.g. tables never analyzed. */
  notes?: string[];
}

/** Where the production sizes come from when the command line says (`--production-scale`, `--profile`, `--profile-url-env`). */
export type ProductionOverride = Partial<Pick<NonNullable<ProductionSpec>, 'scale' | 'profile' | 'urlEnv'>>;

const profileFileSchema = z.object({
  tables: z.record(z.string(), z.number().int().min(0)),
  source: z.string().optional(),
  readAt: z.string().optional(),
  notes: z.array(z.string()).optional(),
});

/**
 * The production sizes for an estimate: from the command line's override, else the
 * scenario's `estimate.production` (one of `scale`, `tables`, `profile`, `urlEnv`).
 *
 * @throws HarnessError `CONFIG_INVALID` with the path into the scenario: no production
 *   sizes, a `tables` entry that names no seeded table, an unset `urlEnv`, a profile file
 *   that is not a profile; `CONFIG_NOT_FOUND` for a profile file that cannot be read;
 *   `ENVIRONMENT_START` when the production database cannot be reached.
 */
export async function productionProfile(scenario: LoadedScenario, spec: ScenarioSpec, override: ProductionOverride = {}): Promise<ProductionProfile> {
  const given = Object.values(override).some((v) => v !== undefined);
  const production: ProductionOverride & { tables?: Record<string, number> } = given ? override : (spec.estimate?.production ?? {});
  const base = ['estimate', 'production'] as const;
  const seeded = spec.data?.tables ?? {};
  if (production.scale !== undefined) {
    return {
      source: `scale ${production.scale} (the data section's rows × ${production.scale})`,
      tables: Object.fromEntries(Object.entries(seeded).map(([table, { rows }]) => [table, Math.round(rows * production.scale!)])),
    };
  }
  if (production.tables !== undefined) {
    for (const table of Object.keys(production.tables)) {
      if (!(table in seeded)) {
        const guess = didYouMean(table, Object.keys(seeded));
        throw new HarnessError('CONFIG_INVALID', `estimate.production.tables names ${JSON.stringify(table)}, which the data section does not seed.`, {
          path: [...base, 'tables', table],
          hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Production sizes matter for the seeded tables: ${Object.keys(seeded).join(', ')}.`,
        });
      }
    }
    return { source: 'row counts given in the scenario', tables: { ...production.tables } };
  }
  if (production.profile !== undefined) {
    const file = given ? path.resolve(production.profile) : scenario.resolve(production.profile);
    const where = given ? {} : { path: [...base, 'profile'] };
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      throw new HarnessError('CONFIG_NOT_FOUND', `The production profile ${JSON.stringify(production.profile)} could not be read (looked at ${file}).`, {
        ...where,
        cause,
        hint: given ? 'Give the path of a profile written by `pilot profile`.' : 'Profile paths are relative to the scenario file; `pilot profile --url-env <VAR> --out <file>` writes one.',
      });
    }
    let parsed: z.infer<typeof profileFileSchema>;
    try {
      parsed = profileFileSchema.parse(parseYaml(text));
    } catch (cause) {
      throw new HarnessError('CONFIG_INVALID', `The production profile ${JSON.stringify(production.profile)} is not a profile: it needs "tables" with a whole, non-negative row count per table.`, {
        ...where,
        file,
        cause,
        hint: 'Write it as `tables: { app_fd_expense_claim: 3000000 }`, or let `pilot profile` write it.',
      });
    }
    return {
      source: `profile ${path.relative(process.cwd(), file) || file}${parsed.source ? ` (${parsed.source})` : ''}`,
      tables: parsed.tables,
      ...(parsed.readAt ? { readAt: parsed.readAt } : {}),
      ...(parsed.notes ? { notes: parsed.notes } : {}),
    };
  }
  if (production.urlEnv !== undefined) {
    const url = process.env[production.urlEnv];
    if (url === undefined || url === '') {
      throw new HarnessError('CONFIG_INVALID', `The environment variable ${production.urlEnv} (estimate.production.urlEnv) is not set.`, {
        ...(given ? {} : { path: [...base, 'urlEnv'] }),
        hint: `Set ${production.urlEnv} to the connection URL of the production database (or a replica); it is opened read-only and only its statistics are read.`,
      });
    }
    return readProductionProfileFromUrl(url);
  }
  throw new HarnessError('CONFIG_INVALID', 'An estimate needs the production sizes, and the scenario gives none.', {
    path: given ? undefined : [...base],
    hint: 'Add estimate.production with one of: scale (e.g. 50), tables (row counts by table), profile (a file from `pilot profile`) or urlEnv (read the statistics of a production database); or pass --production-scale, --profile or --profile-url-env.',
  });
}

/**
 * Connects to a production database (or a replica) read-only and reads its row counts from
 * the statistics (`readProductionProfile`; for a mongodb:// URL, `readMongoProductionProfile`). Nothing but the catalog is read; the URL's
 * password never reaches a message or the profile.
 */
export async function readProductionProfileFromUrl(url: string): Promise<ProductionProfile> {
  const redactor = createRedactor();
  // A MongoDB server gives its document counts per collection (collStats), named database.collection.
  if (/^mongodb(\+srv)?:/i.test(url)) return readMongoProductionProfile(url);
  const identity = urlIdentity(url) ?? redactor.redact(url);
  const session = await connectPostgres({ url, readOnly: true, applicationName: 'migration-pilot profile', timeouts: { statementMs: 60_000 } });
  try {
    return { ...(await readProductionProfile(session)), source: `statistics of ${identity}` };
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * Row counts by table from a database's statistics, without scanning a table:
 * `pg_class.reltuples` (as of the last VACUUM or ANALYZE), or `pg_stat_user_tables.n_live_tup`
 * for a table never vacuumed or analyzed (reltuples is then -1; before PostgreSQL 14 it is 0
 * with no pages, which an empty table also shows, so the live count decides). Tables in `public` are
 * named bare, others `schema.table`; partitions are listed as their own tables.
 *
 * @example
 * const profile = await readProductionProfile(session);
 * profile.tables.app_fd_expense_claim; // 2998731
 */
export async function readProductionProfile(session: PostgresSession): Promise<Omit<ProductionProfile, 'source'>> {
  const { rows } = await session.query<{ schema: string; name: string; reltuples: string; pages: string; live: string | null }>(
    `select n.nspname as schema, c.relname as name, c.reltuples::float8::text as reltuples, c.relpages::text as pages, s.n_live_tup::text as live
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       left join pg_catalog.pg_stat_user_tables s on s.relid = c.oid
      where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_toast'
      order by n.nspname, c.relname`,
  );
  const tables: Record<string, number> = {};
  const unanalyzed: string[] = [];
  for (const row of rows) {
    const name = row.schema === 'public' ? row.name : `${row.schema}.${row.name}`;
    const reltuples = Number(row.reltuples);
    const live = Number(row.live ?? 0);
    const neverCounted = reltuples < 0 || (reltuples === 0 && Number(row.pages) === 0 && live > 0);
    if (!neverCounted) {
      tables[name] = Math.round(reltuples);
    } else {
      tables[name] = live;
      unanalyzed.push(name);
    }
  }
  const notes =
    unanalyzed.length > 0
      ? [`never vacuumed or analyzed, counted from pg_stat_user_tables.n_live_tup: ${unanalyzed.join(', ')}; ANALYZE them for better counts.`]
      : [];
  return { tables, readAt: new Date().toISOString(), ...(notes.length > 0 ? { notes } : {}) };
}
