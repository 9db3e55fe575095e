import type { ProviderWish } from '../environment/choose-provider.ts';
import type { DocumentParityRule } from './document-parity.ts';
import type { CollectionSeed } from './seed-documents.ts';
import type { PasswordReset } from './transfer-databases.ts';

/**
 * A MongoDB pilot in the layout of source document 002: one global metadata database and
 * one instance-data database per app and environment (`App`, `App-staging`, `App-test`),
 * moved to a new server by dump and restore, then upgraded through the chain.
 *
 * @example see scenarios/app-metadata-mongo.ts
 */
export interface MongoScenario {
  /** Set by `defineMongoScenario`; how `pilot run` tells a Mongo scenario module from a PostgreSQL one. */
  engine?: 'mongodb';
  name: string;
  /** The app version the old server holds, and the one to reach. */
  source: { version: string };
  target: { version: string };
  /** The global metadata database (`apiomat`): moved, not migrated by the chain. */
  globalDatabase: string;
  /** One database per environment of the app, each seeded at its own scale and migrated. */
  environments: ReadonlyArray<{ name: string; database: string; scale: number }>;
  data: {
    seed: number;
    /** Collections of the global database. */
    global: readonly CollectionSeed[];
    /** Collections of every app database (counts at scale 1). */
    app: readonly CollectionSeed[];
  };
  chain: {
    /** Mongo migrator files or folders, relative to the scenario's folder. */
    migrators: readonly string[];
    mandatory: readonly string[];
    historyCollection?: string;
  };
  transfer: { method?: 'driver' | 'mongodump'; resetPasswords?: PasswordReset };
  /**
   * Where the old server (`source`) and the new one (`target`) run, chosen by the same
   * rules as PostgreSQL environments: a URL makes a server `external`; else `--provider`,
   * else `provider` here, else `PILOT_PROVIDER`, else `auto` (testcontainers is the only
   * MongoDB provider that starts servers). Without a URL here, `PILOT_MONGODB_URL` names the
   * source and `PILOT_MONGODB_TARGET_URL` the target (writable: naming it there allows writes).
   */
  servers?: { source?: MongoServerSpec; target?: MongoServerSpec };
  /** Stages (`--stage dev`), each multiplying every environment's scale and optionally changing the seed. */
  stages?: Readonly<Record<string, { scale?: number; seed?: number }>>;
  checks: {
    /** Parity of the global database after the move (old server → new server). */
    global: readonly DocumentParityRule[];
    /** Parity of each app database: old server's (unmigrated) → new server's (migrated). */
    app: readonly DocumentParityRule[];
  };
}

/** One server of a Mongo scenario; each provider reads its own fields. */
export interface MongoServerSpec {
  provider?: ProviderWish;
  /** external: the connection URL. Prefer `urlEnv`: a URL written here puts its password in the file. */
  url?: string;
  /** external: the environment variable holding the URL. */
  urlEnv?: string;
  /** external target: allow the harness to restore into and migrate this server. */
  allowWrites?: boolean;
  /** testcontainers: the image (default: pinned per major in engine-versions.ts). */
  image?: string;
  /** testcontainers: the MongoDB major, e.g. "7". */
  mongo?: string;
}

/** Declares a Mongo scenario in TypeScript (`export default defineMongoScenario({ … })`), marked `engine: 'mongodb'`. */
export function defineMongoScenario(scenario: MongoScenario): MongoScenario {
  return { ...scenario, engine: 'mongodb' };
}

/** Whether a module's default export is a Mongo scenario. */
export function isMongoScenario(value: unknown): value is MongoScenario {
  return typeof value === 'object' && value !== null && (value as { engine?: unknown }).engine === 'mongodb';
}
