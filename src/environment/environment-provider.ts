import type { Engine } from '../engines/engine.ts';
import type { PostgresEngine } from '../engines/postgres/postgres-engine.ts';

/**
 * Starts database environments. A provider is chosen per environment in the scenario
 * (`embedded` is the default: in-process PGlite, nothing to install).
 *
 * @example
 * await using source = await provider.start({ role: 'source', engine: 'postgres' });
 * await source.engine.count('dir_user');
 */
export interface EnvironmentProvider {
  readonly name: ProviderName;
  /** Version of what the provider runs (`PGlite 0.5.16`); part of snapshot cache keys. */
  readonly version: string;
  start(request: EnvironmentRequest): Promise<StartedEnvironment>;
  /** Seeded states kept between runs, keyed by content hash; absent when the provider keeps none. */
  readonly cache?: SnapshotCache;
}

export type ProviderName = 'embedded' | 'local' | 'testcontainers' | 'external';
export type EnvironmentRole = 'source' | 'target';

export interface EnvironmentRequest {
  role: EnvironmentRole;
  engine: 'postgres';
  /** Start from this state instead of an empty database (copy, never move: the snapshot is not consumed). */
  restore?: Snapshot;
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
  /** Copies the current state; the environment keeps running unchanged. */
  snapshot(): Promise<Snapshot>;
  stop(): Promise<StoppedEnvironment>;
}

export interface StoppedEnvironment {
  readonly role: EnvironmentRole;
  readonly provider: ProviderName;
  readonly description: string;
}

/** A copy of an environment's state that a provider of the same kind can start from. */
export interface Snapshot {
  readonly provider: ProviderName;
  /** Engine version the state was taken from; restoring into another version is refused. */
  readonly engineVersion: string;
  readonly bytes: number;
  /** Provider-specific payload (a PGlite data-dir tarball for `embedded`). */
  readonly data: Blob;
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
