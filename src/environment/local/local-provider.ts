import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, lstat, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { connectPostgres } from '../../engines/postgres/connect-postgres.ts';
import { postgresEngine } from '../../engines/postgres/postgres-engine.ts';
import { quoteName } from '../../engines/postgres/postgres-session.ts';
import { HarnessError, toHarnessError } from '../../errors/harness-error.ts';
import { packageVersion } from '../../util/package-version.ts';
import type {
  EnvironmentProvider,
  EnvironmentRequest,
  ProviderProbe,
  SnapshotCache,
  StartedEnvironment,
} from '../environment-provider.ts';
import { copyDir, dirBytes } from './copy-dir.ts';
import { type BinarySearch, choosePostgresBinaries, findPostgresBinaries, majorOf, type PostgresBinaries } from './find-postgres-binaries.ts';
import { freePort } from './free-port.ts';
import { type HarnessState, harnessState } from './harness-state.ts';
import { localEnvironment } from './local-environment.ts';
import { isLocalSnapshot, type LocalSnapshot } from './local-snapshot.ts';
import { localSnapshotCache } from './local-snapshot-cache.ts';
import { type PostgresServer, ServerStartError, startPostgresServer } from './postgres-server.ts';
import { INITDB_ARGS, runInitdb, startHint } from './run-initdb.ts';
import { type ServerUser, serverUser } from './server-user.ts';

export interface LocalProviderOptions {
  /**
   * Keeps seeded snapshots, and the freshly initialised data dir, between runs
   * (e.g. `.pilot/cache/local`). Without it nothing outlives the process.
   */
  cacheDir?: string;
  /** How many snapshots the cache keeps (default 8; each is a whole data dir). */
  cacheKeep?: number;
  /**
   * Folder (or folders) holding `postgres` and `initdb`. Default: `$PILOT_PG_BIN` (folders
   * separated like PATH), else PATH, else the usual install places. A scenario's `bin` wins.
   */
  bin?: string | readonly string[];
  /** When the harness runs as root: the unprivileged user that runs the server (default `$PILOT_PG_USER`, else `postgres`, else `nobody`). */
  user?: string;
  /** The application database created in each new environment (default `pilot`). */
  database?: string;
  /** Server settings added to (or replacing) the rehearsal defaults; stated in `serverSettings`. */
  settings?: Readonly<Record<string, string>>;
  /** Environment variables to read (`PILOT_PG_BIN`, `PATH`, `PILOT_PG_USER`); default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Install places searched after PATH (default `USUAL_PLACES`); `*` stands for the major. */
  usualPlaces?: readonly string[];
}

/**
 * Settings every local server runs with. Durability is off: a rehearsal's data can always be
 * made again, and commits that wait for the disk would only measure the disk. The report
 * states them because timings differ from a production server's.
 */
export const LOCAL_SERVER_SETTINGS: Readonly<Record<string, string>> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

/** What else differs from a typical production server: initdb's choices and where it listens. */
const STATED_FACTS: Readonly<Record<string, string>> = {
  lc_collate: 'C',
  lc_ctype: 'C',
  listen_addresses: '127.0.0.1',
  authentication: 'trust (local connections only)',
};

/**
 * Native PostgreSQL servers started from the binaries installed on this machine: initdb into
 * a temp folder (once; later environments copy that data dir, about 0.1 s), a free port on
 * 127.0.0.1, a unix socket beside the data dir, durability off. Snapshots are online copies
 * of the data dir, settled into clean stopped data dirs; starting from one is a copy and a
 * plain start (old and new together: about 0.15 s). A reaper process removes servers and
 * folders when the harness dies, however it dies (see `reaper.ts`).
 *
 * Data dirs live in `/dev/shm` when it has room, else in TMPDIR (`$PILOT_LOCAL_STATE_DIR`
 * overrides). PostgreSQL refuses to run as root: a harness running as root (CI, containers)
 * runs initdb and the server as an unprivileged user (`$PILOT_PG_USER`, else `postgres`,
 * else `nobody`; see `server-user.ts`) that owns the data dirs. Linux and macOS only.
 *
 * @example
 * const provider = localProvider({ cacheDir: '.pilot/cache/local' });
 * await using source = await provider.start({ role: 'source', engine: 'postgres', engineVersion: '15' });
 * const seeded = await source.snapshot();
 * await using target = await provider.start({ role: 'target', engine: 'postgres', restore: seeded });
 */
export function localProvider(options: LocalProviderOptions = {}): EnvironmentProvider {
  const env = options.env ?? process.env;
  const cache: SnapshotCache | undefined = options.cacheDir ? localSnapshotCache(options.cacheDir, { keep: options.cacheKeep ?? 8 }) : undefined;
  const settings = { ...LOCAL_SERVER_SETTINGS, ...options.settings };
  const database = options.database ?? 'pilot';
  const templates = new Map<string, Promise<LocalSnapshot>>();

  const locate = async (request: EnvironmentRequest) => {
    const explicit = explicitBin(request, options, env);
    const search = await findPostgresBinaries({ ...(explicit ? { explicit } : {}), env, ...(options.usualPlaces ? { usualPlaces: options.usualPlaces } : {}) });
    const wanted = request.engineVersion ?? (request.restore && isLocalSnapshot(request.restore) ? majorOf(request.restore.engineVersion) : undefined);
    return { search, wanted, chosen: choosePostgresBinaries(search.found, wanted) };
  };

  const probe = async (request: EnvironmentRequest): Promise<ProviderProbe> => {
    if (process.platform === 'win32') return UNSUPPORTED_PLATFORM;
    const { search, wanted, chosen } = await locate(request);
    return chosen ? { available: true, identity: identityOf(chosen) } : notFound(search, wanted);
  };

  /** A freshly initialised data dir for these binaries: from the cache, else initdb (once per process). */
  const template = (binaries: PostgresBinaries, state: HarnessState, user: ServerUser | undefined): Promise<LocalSnapshot> => {
    const key = `initdb-${binaries.major}-${createHash('sha256').update([binaries.dir, binaries.version, ...INITDB_ARGS, user?.name ?? ''].join('\n')).digest('hex').slice(0, 16)}`;
    let made = templates.get(key);
    if (!made) {
      made = (async () => {
        const cached = await cache?.get(key).catch(() => undefined);
        if (cached && isLocalSnapshot(cached)) return cached;
        const dir = path.join(state.dir, `initdb-${binaries.major}-${++counter}`);
        await makeOwnedDir(dir, user);
        const dataDir = path.join(dir, 'data');
        await runInitdb({ binaries, dataDir, user, logFile: path.join(dir, 'initdb.log'), state });
        const fresh: LocalSnapshot = { provider: 'local', engineVersion: binaries.version, bytes: await dirBytes(dataDir), dataDir, database: 'postgres', binDir: binaries.dir };
        // Best effort: a cache that cannot be written only costs the next run an initdb.
        await cache?.put(key, fresh).catch(() => undefined);
        return fresh;
      })();
      made.catch(() => templates.delete(key));
      templates.set(key, made);
    }
    return made;
  };

  return {
    name: 'local',
    version: `migration-pilot ${packageVersion('migration-pilot')}`,
    ...(cache ? { cache } : {}),
    probe,
    async start(request: EnvironmentRequest): Promise<StartedEnvironment> {
      if (request.restore && !isLocalSnapshot(request.restore)) {
        throw new HarnessError('ENVIRONMENT_START', `Cannot start a local environment from a ${JSON.stringify(request.restore.provider)} snapshot.`, {
          hint: 'Use the same provider for both environments, or copy the data logically.',
        });
      }
      if (process.platform === 'win32') throw new HarnessError('ENVIRONMENT_START', `Cannot start a local ${request.role}: ${UNSUPPORTED_PLATFORM.reason}.`, { hint: UNSUPPORTED_PLATFORM.hint });
      const { search, wanted, chosen } = await locate(request);
      if (!chosen) {
        const missing = notFound(search, wanted);
        throw new HarnessError('ENVIRONMENT_START', `Cannot start a local ${request.role}: ${missing.reason}.`, { hint: missing.hint });
      }
      const binaries = chosen;
      const restore = request.restore && checkedRestore(request.restore as LocalSnapshot, binaries);
      const user = serverUser(options.user, env);
      const state = await harnessState();
      const envDir = path.join(state.dir, `${request.role}-${++counter}${slug(request.label)}`);
      await makeOwnedDir(envDir, user);
      const dataDir = path.join(envDir, 'data');
      const logFile = path.join(envDir, 'server.log');
      const description = `local ${identityOf(binaries)}`;
      let server: PostgresServer | undefined;
      try {
        const from = restore ?? (await template(binaries, state, user));
        await copyDir(from.dataDir, dataDir);
        await ensureOwner(dataDir, user);
        const socketDir = path.join(envDir, '.s.PGSQL.65535').length <= 100 ? envDir : '';
        let port = 0;
        for (let attempt = 1; !server; attempt++) {
          port = await freePort();
          try {
            server = await startPostgresServer({ binaries, dataDir, port, listen: '127.0.0.1', socketDir, settings, user, logFile, state });
          } catch (error) {
            if (error instanceof ServerStartError && error.portTaken && attempt < 5) continue;
            throw startError(error, binaries, request, port, user, dataDir);
          }
        }
        const dbName = restore?.database ?? database;
        const urlOf = (db: string) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(db)}`;
        const applicationName = `migration-pilot ${request.role}${request.label ? ` ${request.label}` : ''}`.slice(0, 63);
        const timeouts = request.settings?.timeouts;
        if (!restore) {
          const admin = await connectPostgres({ url: urlOf('postgres'), applicationName, ...(timeouts ? { timeouts } : {}) });
          try {
            await admin.exec(`CREATE DATABASE ${quoteName(dbName)}`);
          } finally {
            await admin.close().catch(() => undefined);
          }
        }
        const url = urlOf(dbName);
        const engine = await postgresEngine(await connectPostgres({ url, applicationName, ...(timeouts ? { timeouts } : {}) }));
        const serverSettings = { ...settings, ...STATED_FACTS, storage: state.storage };
        return localEnvironment({ role: request.role, engine, description, url, database: dbName, server, envDir, state, binaries, user, settings, serverSettings });
      } catch (error) {
        await server?.stop().catch(() => undefined);
        await rm(envDir, { recursive: true, force: true }).catch(() => undefined);
        throw toHarnessError(error, 'ENVIRONMENT_START', `Could not start a local ${request.role} (${description})`);
      }
    },
  };
}

// Process groups, unix sockets and `cp -a` are what cleanup and snapshots rest on.
const UNSUPPORTED_PLATFORM = {
  available: false,
  reason: 'the local provider runs on Linux and macOS, not Windows',
  hint: 'Use provider testcontainers (Docker Desktop) or embedded.',
} as const;

// Numbers the folders of this process's state folder, which all providers of the process share.
let counter = 0;

/** `PostgreSQL 15.18 (/usr/lib/postgresql/15/bin)`: what runs, for reports and cache keys. */
function identityOf(binaries: PostgresBinaries): string {
  return `PostgreSQL ${binaries.version} (${binaries.dir})`;
}

function explicitBin(request: EnvironmentRequest, options: LocalProviderOptions, env: NodeJS.ProcessEnv): { dirs: string[]; from: string } | undefined {
  if (request.settings?.bin) return { dirs: [request.settings.bin], from: "the scenario's bin" };
  if (options.bin !== undefined) return { dirs: typeof options.bin === 'string' ? [options.bin] : [...options.bin], from: 'options.bin' };
  if (env.PILOT_PG_BIN) return { dirs: env.PILOT_PG_BIN.split(path.delimiter).filter(Boolean), from: 'PILOT_PG_BIN' };
  return undefined;
}

function notFound(search: BinarySearch, wanted: string | undefined): { available: false; reason: string; hint: string } {
  const what = wanted ? `PostgreSQL ${wanted}` : 'PostgreSQL';
  const others = search.found.length > 0 ? ` (found ${search.found.map((b) => `${b.version} in ${b.dir}`).join(', ')})` : '';
  const reason = `no ${what} server binaries found${others}; looked in ${search.lookedIn.join(', ')}`;
  const install = wanted
    ? `Install PostgreSQL ${wanted} (Debian/Ubuntu: apt-get install postgresql-${wanted}; RHEL: dnf install postgresql${wanted}-server; macOS: brew install postgresql@${wanted})`
    : 'Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql; RHEL: dnf install postgresql-server; macOS: brew install postgresql)';
  const point = search.explicit
    ? 'or point bin at the folder holding its postgres and initdb (e.g. /usr/lib/postgresql/15/bin), or unset it to search PATH and the usual places.'
    : 'or set bin: in the scenario (or PILOT_PG_BIN) to the folder holding its postgres and initdb.';
  return { available: false, reason, hint: `${install}, ${point}` };
}

function checkedRestore(snapshot: LocalSnapshot, binaries: PostgresBinaries): LocalSnapshot {
  if (majorOf(snapshot.engineVersion) !== binaries.major) {
    throw new HarnessError(
      'ENVIRONMENT_START',
      `Cannot start PostgreSQL ${binaries.version} (${binaries.dir}) from a snapshot taken on PostgreSQL ${snapshot.engineVersion}: a data dir opens only with the major version that wrote it.`,
      { hint: 'Run both environments on the same major, or move the data with copy: logical or pg_dump for an engine upgrade.' },
    );
  }
  if (!existsSync(path.join(snapshot.dataDir, 'global', 'pg_control'))) {
    throw new HarnessError('ENVIRONMENT_START', `The local snapshot at ${snapshot.dataDir} is gone.`, {
      hint: 'A snapshot taken in a run lasts as long as the process that took it; a cached one, until the cache drops it. Seed again (delete the cache folder if it persists).',
    });
  }
  return snapshot;
}

function startError(error: unknown, binaries: PostgresBinaries, request: EnvironmentRequest, port: number, user: ServerUser | undefined, dataDir: string): HarnessError {
  if (!(error instanceof ServerStartError)) return error instanceof HarnessError ? error : new HarnessError('ENVIRONMENT_START', `Could not start a local ${request.role}: ${String(error)}`, { cause: error });
  const log = error.log ? ` Its log ends:\n${error.log}` : '';
  return new HarnessError('ENVIRONMENT_START', `PostgreSQL ${binaries.version} (${binaries.dir}) did not start for the ${request.role} on port ${port}: ${error.message}.${log}`, {
    cause: error,
    hint: startHint(user, dataDir),
  });
}

async function makeOwnedDir(dir: string, user: ServerUser | undefined): Promise<void> {
  await mkdir(dir, { mode: 0o700 });
  if (user) await chown(dir, user.uid, user.gid);
}

/** A data dir copied from a cache made under another server user gets this one's. */
async function ensureOwner(dataDir: string, user: ServerUser | undefined): Promise<void> {
  if (!user || (await lstat(dataDir)).uid === user.uid) return;
  await new Promise<void>((resolve, reject) =>
    execFile('chown', ['-R', `${user.uid}:${user.gid}`, dataDir], (error) => (error ? reject(error) : resolve())),
  );
}

/** `-workflow-app`: a label made safe and short for a folder name (the socket path must stay under 108 bytes). */
function slug(label: string | undefined): string {
  const safe = (label ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20);
  return safe ? `-${safe}` : '';
}
