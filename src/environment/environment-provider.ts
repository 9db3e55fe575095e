import type { Engine } from '../engines/engine.ts';
import type { PostgresEngine } from '../engines/postgres/postgres-engine.ts';

/**
 * Starts database environments. A provider is chosen per environment in the scenario or
 * on the command line: `embedded` (in-process PGlite, nothing to install; the default),
 * `local` (native server binaries), `testcontainers` (any image tag, with Docker) or
 * `external` (a connection URL). `auto` picks the first that can serve, and says why.
 *
 * @example
 * await using source = await provider.start({ role: 'source', engine: 'postgres', engineVersion: '15' });
 * await source.engine.count('dir_user');
 */
export interface EnvironmentProvider {
  readonly name: ProviderName;
  /** Version of the provider's own machinery (`PGlite 0.5.16`, `testcontainers 12.2.0`). */
  readonly version: string;
  /**
   * Whether this provider can serve the request on this machine, without starting anything
   * (binaries found, Docker answering and the image present, the URL set). `identity` names
   * exactly what would run; it is part of snapshot cache keys.
   */
  probe(request: EnvironmentRequest): Promise<ProviderProbe>;
  start(request: EnvironmentRequest): Promise<StartedEnvironment>;
  /** Seeded states kept between runs, keyed by content hash; absent when the provider keeps none. */
  readonly cache?: SnapshotCache;
}

export type ProviderName = 'embedded' | 'local' | 'testcontainers' | 'external';
export type EnvironmentRole = 'source' | 'target';

export type ProviderProbe =
  | { available: true; identity: string }
  | { available: false; reason: string; hint?: string };

export interface EnvironmentRequest {
  role: EnvironmentRole;
  engine: 'postgres';
  /** The engine's major version wanted (`"15"`); absent: the provider's default. */
  engineVersion?: string;
  /** The scenario's settings for this environment. */
  settings?: EnvironmentSettings;
  /** Start from this state instead of an empty database (copy, never move: the snapshot is not consumed). */
  restore?: Snapshot;
  /** Names what is started (temp folders, container labels, application_name): the scenario's name. */
  label?: string;
}

/** Provider-specific settings, as the scenario gives them. Each provider reads its own. */
export interface EnvironmentSettings {
  /** testcontainers: the image, e.g. `postgres:16-alpine` (default: pinned per major in `engine-versions.ts`). */
  image?: string;
  /** local: the folder holding `postgres`, `initdb` and `pg_ctl` (default: found on PATH or in the usual places). */
  bin?: string;
  /** external: the connection URL. Holds a password: never logged, masked in reports. */
  url?: string;
  /** external: the harness may write to this database (required for a target). */
  allowWrites?: boolean;
  /** testcontainers: keep the container for later runs (Testcontainers' reuse). */
  reuse?: boolean;
  /** Bounds for connecting and for each statement and lock wait, in milliseconds. */
  timeouts?: { connectMs?: number; statementMs?: number; lockMs?: number };
}

/**
 * A running environment. Disposing it stops it; a stopped environment has no query
 * methods, so nothing can use it by mistake.
 */
export interface StartedEnvironment<E extends Engine = PostgresEngine> extends AsyncDisposable {
  readonly role: EnvironmentRole;
  readonly provider: ProviderName;
  readonly engine: E;
  /** What is running, for reports: `embedded PGlite 0.5.16 (PostgreSQL 18.6)`. Never holds secrets. */
  readonly description: string;
  /**
   * Server settings the provider chose for a rehearsal (`fsync: off`, …), stated in the
   * report because they make timings differ from production.
   */
  readonly serverSettings: Readonly<Record<string, string>>;
  /**
   * How another process (pg_dump, the user's own tools) reaches the database, when it can.
   * The URL may hold a password: pass it on, never log it.
   */
  readonly connection?: { readonly url: string };
  /** Copies the current state; the environment keeps running unchanged. */
  snapshot(): Promise<Snapshot>;
  stop(): Promise<StoppedEnvironment>;
}

export interface StoppedEnvironment {
  readonly role: EnvironmentRole;
  readonly provider: ProviderName;
  readonly description: string;
}

/**
 * A copy of an environment's state that the same provider, at the same engine version, can
 * start from. What it holds is the provider's business (a tarball, a stopped data dir, an
 * image): each provider narrows this type and refuses snapshots that are not its own.
 */
export interface Snapshot {
  readonly provider: ProviderName;
  /** Engine version the state was taken from; restoring into another version is refused. */
  readonly engineVersion: string;
  readonly bytes: number;
}

/** Seeded states reused across runs, keyed by a content hash of everything that made them. */
export interface SnapshotCache {
  get(key: string): Promise<Snapshot | undefined>;
  put(key: string, snapshot: Snapshot): Promise<void>;
}

/** An in-memory cache, for tests and for runs that must not touch the disk. */
export function memorySnapshotCache(): SnapshotCache {
  const entries = new Map<string, Snapshot>();
  return {
    get: async (key) => entries.get(key),
    put: async (key, snapshot) => void entries.set(key, snapshot),
  };
}
