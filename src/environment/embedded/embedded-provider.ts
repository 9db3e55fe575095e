import { PGlite } from '@electric-sql/pglite';
import { HarnessError } from '../../errors/harness-error.ts';
import { type PostgresEngine, postgresEngine } from '../../engines/postgres/postgres-engine.ts';
import { pgliteSession } from '../../engines/postgres/pglite-session.ts';
import { packageVersion } from '../../util/package-version.ts';
import type {
  EnvironmentProvider,
  EnvironmentRequest,
  ProviderProbe,
  Snapshot,
  SnapshotCache,
  StartedEnvironment,
  StoppedEnvironment,
} from '../environment-provider.ts';

const PGLITE_VERSION = packageVersion('@electric-sql/pglite');
const INITDB_KEY = `initdb-pglite-${PGLITE_VERSION}`;
/** The PostgreSQL major this PGlite runs (0.5.x: 18, 0.3.x: 17, 0.2.x: 16). */
export const EMBEDDED_POSTGRES_MAJOR = '18';

/** An embedded environment's state: its data dir as a tarball. */
export interface EmbeddedSnapshot extends Snapshot {
  readonly provider: 'embedded';
  readonly data: Blob;
}

export function isEmbeddedSnapshot(snapshot: Snapshot): snapshot is EmbeddedSnapshot {
  return snapshot.provider === 'embedded' && (snapshot as Partial<EmbeddedSnapshot>).data instanceof Blob;
}

export interface EmbeddedProviderOptions {
  /** Where seeded snapshots (and the freshly initialised data dir) are kept between runs. */
  cache?: SnapshotCache;
}

/**
 * In-process PostgreSQL (PGlite, PostgreSQL 18 compiled to WebAssembly): no install, no
 * ports, nothing left behind when the process dies. Each environment is its own PGlite
 * instance with an in-memory data dir.
 *
 * A cold start runs initdb (about 3 s here); the provider keeps the freshly initialised
 * data dir in its cache and starts later environments from it (well under a second).
 */
export function embeddedProvider(options: EmbeddedProviderOptions = {}): EnvironmentProvider {
  const { cache } = options;
  return {
    name: 'embedded',
    version: `PGlite ${PGLITE_VERSION}`,
    cache,
    probe,
    async start(request: EnvironmentRequest): Promise<StartedEnvironment> {
      const probed = await probe(request);
      if (!probed.available) {
        throw new HarnessError('ENVIRONMENT_START', `Cannot start an embedded ${request.role}: ${probed.reason}.`, { hint: probed.hint });
      }
      if (request.restore && !isEmbeddedSnapshot(request.restore)) {
        throw new HarnessError(
          'ENVIRONMENT_START',
          `Cannot start an embedded environment from a ${JSON.stringify(request.restore.provider)} snapshot.`,
          { hint: 'Use the same provider for both environments, or copy the data logically.' },
        );
      }
      const cachedInitdb = request.restore ? undefined : await cache?.get(INITDB_KEY);
      const initial = request.restore?.data ?? (cachedInitdb && isEmbeddedSnapshot(cachedInitdb) ? cachedInitdb.data : undefined);
      let db: PGlite;
      try {
        db = await PGlite.create({ loadDataDir: initial, relaxedDurability: true });
      } catch (error) {
        throw new HarnessError('ENVIRONMENT_START', `Could not start the embedded ${request.role} environment (PGlite).`, {
          cause: error,
          hint: 'A snapshot in the cache may be damaged: delete .pilot/cache and run again.',
        });
      }
      let engine: PostgresEngine;
      try {
        if (!initial && cache) await cache.put(INITDB_KEY, await takeSnapshot(db, await serverVersion(db)));
        engine = await postgresEngine(pgliteSession(db));
        if (request.restore && request.restore.engineVersion !== engine.serverVersion) {
          throw new HarnessError(
            'ENVIRONMENT_START',
            `The snapshot was taken on PostgreSQL ${request.restore.engineVersion}, but the embedded engine is ${engine.serverVersion}.`,
            { hint: 'Delete .pilot/cache so the data is seeded again on this version.' },
          );
        }
      } catch (error) {
        // Nothing else holds this instance yet: close it here or it lives as long as the process.
        await db.close().catch(() => undefined);
        throw error;
      }
      const description = `embedded PGlite ${PGLITE_VERSION} (PostgreSQL ${engine.serverVersion})`;
      let stopped: StoppedEnvironment | undefined;
      const stop = async (): Promise<StoppedEnvironment> => {
        if (!stopped) {
          stopped = { role: request.role, provider: 'embedded', description };
          await engine.session.close();
        }
        return stopped;
      };
      return {
        role: request.role,
        provider: 'embedded',
        engine,
        description,
        serverSettings: SERVER_SETTINGS,
        snapshot: () => takeSnapshot(db, engine.serverVersion),
        stop,
        [Symbol.asyncDispose]: async () => void (await stop()),
      };
    },
  };
}

async function probe(request: EnvironmentRequest): Promise<ProviderProbe> {
  if (request.engineVersion !== undefined && request.engineVersion !== EMBEDDED_POSTGRES_MAJOR) {
    return {
      available: false,
      reason: `embedded PGlite ${PGLITE_VERSION} runs PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}, not ${request.engineVersion}`,
      hint: `Use provider local or testcontainers for PostgreSQL ${request.engineVersion}.`,
    };
  }
  return { available: true, identity: `PGlite ${PGLITE_VERSION} (PostgreSQL ${EMBEDDED_POSTGRES_MAJOR})` };
}

/** What differs from a production server, for the report. */
const SERVER_SETTINGS = { durability: 'relaxed (PGlite relaxedDurability: writes are not flushed to disk)', storage: 'in memory' };

async function takeSnapshot(db: PGlite, engineVersion: string): Promise<EmbeddedSnapshot> {
  try {
    // CHECKPOINT first so the data files hold everything and the copy restores without WAL replay.
    await db.exec('CHECKPOINT');
    const data = await db.dumpDataDir('none');
    return { provider: 'embedded', engineVersion, bytes: data.size, data };
  } catch (error) {
    throw new HarnessError('ENVIRONMENT_SNAPSHOT', 'Could not snapshot the embedded environment.', { cause: error });
  }
}

async function serverVersion(db: PGlite): Promise<string> {
  const { rows } = await db.query<{ v: string }>(`select current_setting('server_version') as v`);
  return rows[0]!.v.split(' ')[0]!;
}
