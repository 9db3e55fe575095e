import { randomBytes, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { PostgreSqlContainer, type StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { connectPostgres } from '../../engines/postgres/connect-postgres.ts';
import { type PostgresEngine, postgresEngine } from '../../engines/postgres/postgres-engine.ts';
import type { PostgresSession } from '../../engines/postgres/postgres-session.ts';
import { HarnessError, toHarnessError } from '../../errors/harness-error.ts';
import { firstLine } from '../../util/first-line.ts';
import { packageVersion } from '../../util/package-version.ts';
import type {
  EnvironmentProvider,
  EnvironmentRequest,
  ProviderProbe,
  SnapshotCache,
  StartedEnvironment,
  StoppedEnvironment,
} from '../environment-provider.ts';
import { type DockerApi, type DockerImageInfo, dockerReason, inspectImage, statusCode, testcontainersDocker } from './docker-api.ts';
import { IMAGE_LABELS } from './image-labels.ts';
import { imageAbsent, type LocatedImage, locateImage } from './locate-image.ts';
import { reachDocker, type Unavailable } from './reach-docker.ts';
import { readServerSettings, rehearsalCommand } from './rehearsal-settings.ts';
import { resetReusedDatabase } from './reset-reused-database.ts';
import { type ResolvedImage, resolvePostgresImage } from './resolve-postgres-image.ts';
import {
  isTestcontainersSnapshot,
  SNAPSHOT_REPOSITORY,
  snapshotLabelChanges,
  snapshotOfImage,
  type TestcontainersSnapshot,
} from './testcontainers-snapshot.ts';
import { waitForPostgres } from './wait-for-postgres.ts';

const TESTCONTAINERS_VERSION = packageVersion('testcontainers');

/**
 * PGDATA inside the container. Not the official images' default, which is on a declared
 * VOLUME (`/var/lib/postgresql/data`; from 18 on, under `/var/lib/postgresql`): `docker
 * commit` leaves volumes out, and a snapshot must hold the data dir.
 */
export const CONTAINER_DATA_DIR = '/var/lib/migration-pilot/data';
/** Container label holding `request.label` (the scenario's name): `docker ps --filter label=migration-pilot.label=<name>`. */
export const RUN_LABEL = 'migration-pilot.label';
export const ROLE_LABEL = 'migration-pilot.role';
const START_LABEL = 'migration-pilot.start';

export interface TestcontainersProviderOptions {
  /** Seeded snapshots kept between runs (see `imageSnapshotCache`). */
  cache?: SnapshotCache;
  /** Environment variables read: `PILOT_POSTGRES_<MAJOR>_IMAGE`, `TESTCONTAINERS_REUSE_ENABLE`, `DOCKER_HOST` (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** How the provider reaches the daemon for its own calls (default: Testcontainers' connection); tests pass a failing one. */
  docker?: () => Promise<DockerApi>;
}

/** The provider; disposing it removes the snapshot images it took that no cache kept. */
export interface TestcontainersProvider extends EnvironmentProvider, AsyncDisposable {
  readonly name: 'testcontainers';
}

interface Credentials {
  user: string;
  password: string;
  database: string;
}

type Plan = {
  available: true;
  docker: DockerApi;
  identity: string;
  /** The image the container runs: the resolved one, or the snapshot's own image. */
  image: string;
} & ({ resolved: ResolvedImage; located: LocatedImage } | { restore: TestcontainersSnapshot; info: DockerImageInfo });

/**
 * PostgreSQL in Docker containers, through Testcontainers and its PostgreSQL module: any
 * image per environment (old `postgres:12` next to new `postgres:16` for an engine
 * upgrade), test-friendly server settings, and Testcontainers' reaper (Ryuk), which
 * removes a run's containers when the harness dies, even by `kill -9`.
 *
 * Snapshots are `docker commit`s of the running container after a CHECKPOINT (see
 * `TestcontainersSnapshot`); restoring one starts a container from that image. With
 * `settings.reuse` (or `TESTCONTAINERS_REUSE_ENABLE=true`) a container is kept after the run
 * and found again by the next one, with its database reset to how it started.
 *
 * @example
 * await using provider = testcontainersProvider({ cache: imageSnapshotCache() });
 * await using old = await provider.start({ role: 'source', engine: 'postgres', engineVersion: '15', label: 'workflow-app' });
 * await using next = await provider.start({ role: 'target', engine: 'postgres', settings: { image: 'postgres:16' }, label: 'workflow-app' });
 */
export function testcontainersProvider(options: TestcontainersProviderOptions = {}): TestcontainersProvider {
  const env = options.env ?? process.env;
  const connect = options.docker ?? testcontainersDocker;
  /** Snapshot images taken here, removed on dispose (Ryuk removes them anyway when the process ends). */
  const taken = new Map<string, DockerApi>();

  async function plan(request: EnvironmentRequest, mode: 'probe' | 'start'): Promise<Plan | Unavailable> {
    const reached = await reachDocker(connect, env);
    if (!reached.available) return reached;
    const { docker } = reached;
    if (request.restore) return planRestore(docker, request);
    const resolved = await resolvePostgresImage(request, { env, isPresent: async (image) => (await inspectImage(docker, image)) !== undefined });
    if (!resolved.available) return resolved;
    // Starting needs no registry lookup: Testcontainers pulls what is missing, with the credentials it finds.
    const located = await locateImage(docker, resolved, { lookupRegistry: mode === 'probe' });
    if (!located.available) return located;
    return { available: true, docker, identity: located.identity, image: resolved.image, resolved, located };
  }

  async function planRestore(docker: DockerApi, request: EnvironmentRequest): Promise<Plan | Unavailable> {
    const restore = request.restore!;
    const reseed = 'A snapshot restores only on the image it was taken on: seed this environment afresh, or copy the data logically (an engine upgrade).';
    if (!isTestcontainersSnapshot(restore)) {
      return {
        available: false,
        reason: `the snapshot to restore is ${article(restore.provider)} ${JSON.stringify(restore.provider)} one; only testcontainers snapshots restore here`,
        hint: 'Use the same provider for both environments, or copy the data logically.',
      };
    }
    const info = await inspectImage(docker, restore.image);
    if (!info || info.Id !== restore.imageId) {
      return {
        available: false,
        reason: `the snapshot image ${JSON.stringify(restore.image)} is no longer on this Docker daemon`,
        hint: 'Snapshot images last as long as the run that took them, or in the cache until newer ones evict them; seed again.',
      };
    }
    if (!(await snapshotOfImage(docker, restore.image, info))) {
      return {
        available: false,
        reason: `the image ${JSON.stringify(restore.image)} is not a migration-pilot snapshot (it has none of its labels)`,
        hint: 'Restore what env.snapshot() or the snapshot cache returned; to start from another image, name it in image: instead.',
      };
    }
    if (request.engineVersion !== undefined && !sameMajor(restore.engineVersion, request.engineVersion)) {
      return {
        available: false,
        reason: `the snapshot holds PostgreSQL ${restore.engineVersion} data, but PostgreSQL ${request.engineVersion} was asked for`,
        hint: reseed,
      };
    }
    if (request.settings?.image !== undefined || request.engineVersion !== undefined) {
      const wanted = await resolvePostgresImage(request, { env, isPresent: async () => false });
      if (wanted.available && wanted.image !== restore.baseImage) {
        return {
          available: false,
          reason: `the snapshot was taken on ${JSON.stringify(restore.baseImage)}, but this ${request.role} asks for ${JSON.stringify(wanted.image)}`,
          hint: reseed,
        };
      }
    }
    return { available: true, docker, identity: `${restore.image} (${info.Id})`, image: restore.image, restore, info };
  }

  return {
    name: 'testcontainers',
    version: `testcontainers ${TESTCONTAINERS_VERSION}`,
    cache: options.cache,

    async probe(request): Promise<ProviderProbe> {
      const planned = await plan(request, 'probe');
      return planned.available ? { available: true, identity: planned.identity } : planned;
    },

    async start(request): Promise<StartedEnvironment> {
      const planned = await plan(request, 'start');
      if (!planned.available) {
        throw new HarnessError('ENVIRONMENT_START', `Cannot start a testcontainers ${request.role}: ${planned.reason}.`, { hint: planned.hint });
      }
      const { docker, image } = planned;
      const reuse = wantsReuse(request, env);
      const credentials: Credentials =
        'restore' in planned
          ? credentialsOf(planned.info)
          : // Testcontainers finds a reusable container by a hash of its whole configuration, password included.
            { user: 'pilot', database: 'pilot', password: reuse ? 'pilot' : randomBytes(12).toString('hex') };
      const logTail: string[] = [];
      // Names this start's container, for removing it should the start fail half-way
      // (a reusable container is found by its configuration, so it gets none).
      const startId = randomUUID();
      const container = new PostgreSqlContainer(image)
        .withUsername(credentials.user)
        .withPassword(credentials.password)
        .withDatabase(credentials.database)
        .withEnvironment({ PGDATA: CONTAINER_DATA_DIR })
        .withCommand(rehearsalCommand())
        .withLabels({ [RUN_LABEL]: request.label ?? 'migration-pilot', [ROLE_LABEL]: request.role, ...(reuse ? {} : { [START_LABEL]: startId }) })
        .withWaitStrategy(waitForPostgres(credentials))
        // The module installs a health check (pg_isready four times a second for the
        // container's whole life, about a tenth of a core while steps are timed) unless one is
        // set; readiness is the wait strategy's business, so this one runs hourly.
        .withHealthCheck({ test: ['CMD-SHELL', `pg_isready -q -h 127.0.0.1 -U ${credentials.user} -d ${credentials.database}`], interval: 3_600_000 })
        .withLogConsumer((stream) => keepTail(stream, logTail, 8));
      if (reuse) container.withReuse();
      // Entrypoints running as root chown the data dir before starting PostgreSQL, and on
      // overlayfs changing a file's owner copies the whole file into the container's layer:
      // about a second per 100 MB of snapshot. Started as the data dir's owner, an entrypoint
      // finds the data dir initialised and starts PostgreSQL at once.
      const owner = 'restore' in planned ? planned.info.Config.Labels?.[IMAGE_LABELS.dataOwner] : undefined;
      if (owner) container.withUser(owner);

      let started: StartedPostgreSqlContainer;
      try {
        started = await container.start();
      } catch (error) {
        if (!reuse) await removeContainers(planned.docker, startId);
        throw await startFailure(error, planned, request, logTail);
      }

      let session: PostgresSession | undefined;
      let engine: PostgresEngine;
      let serverSettings: Record<string, string>;
      let base: { image: string; imageId: string; size: number };
      const url = started.getConnectionUri();
      try {
        if (reuse) {
          const adminUrl = new URL(url);
          adminUrl.pathname = '/postgres';
          await resetReusedDatabase({ adminUrl: adminUrl.toString(), database: credentials.database, containerId: started.getId(), timeouts: request.settings?.timeouts });
        }
        session = await connectPostgres({
          url,
          applicationName: `migration-pilot ${request.label ?? ''} ${request.role}`.replace(/\s+/g, ' ').slice(0, 63),
          timeouts: request.settings?.timeouts,
        });
        engine = await postgresEngine(session);
        if (request.engineVersion !== undefined && !sameMajor(engine.serverVersion, request.engineVersion)) {
          const change = 'resolved' in planned ? planned.resolved.change : 'image:';
          throw new HarnessError(
            'ENVIRONMENT_START',
            `Cannot start a testcontainers ${request.role}: the image ${JSON.stringify(image)} runs PostgreSQL ${engine.serverVersion}, not ${request.engineVersion}.`,
            { hint: `Name a PostgreSQL ${request.engineVersion} image in ${change}.` },
          );
        }
        serverSettings = await readServerSettings(session);
        base =
          'restore' in planned
            ? { image: planned.restore.baseImage, imageId: planned.restore.baseImageId, size: (await inspectImage(docker, planned.restore.baseImageId))?.Size ?? 0 }
            : await imageBase(docker, image);
      } catch (error) {
        await session?.close().catch(() => undefined);
        if (!reuse) await started.stop().catch(() => undefined);
        throw toHarnessError(error, 'ENVIRONMENT_START', `Could not open the testcontainers ${request.role} (${image})`);
      }

      const description = [
        `testcontainers ${base.image} (PostgreSQL ${engine.serverVersion})`,
        ...('restore' in planned ? [`from snapshot ${planned.restore.image}`] : []),
        ...(reuse ? ['container kept for reuse'] : []),
      ].join(', ');
      let stopping: Promise<StoppedEnvironment> | undefined;
      const stop = (): Promise<StoppedEnvironment> =>
        (stopping ??= (async () => {
          await engine.session.close().catch(() => undefined);
          // A reusable container stays for the next run; Testcontainers finds it by its configuration.
          if (!reuse) await started.stop({ remove: true, removeVolumes: true });
          return { role: request.role, provider: 'testcontainers', description };
        })());

      return {
        role: request.role,
        provider: 'testcontainers',
        engine,
        description,
        serverSettings,
        connection: { url },
        async snapshot(): Promise<TestcontainersSnapshot> {
          try {
            // The commit pauses the container: the copy is what a crash at that instant would
            // leave, which PostgreSQL recovers from by replaying WAL on the next start (its
            // "consistent snapshot" backup method). The CHECKPOINT keeps that replay short.
            await engine.session.exec('CHECKPOINT');
            const owner = await started.exec(['stat', '-c', '%u:%g', CONTAINER_DATA_DIR]);
            const tag = randomUUID();
            const imageId = await started.commit({
              repo: SNAPSHOT_REPOSITORY,
              tag,
              // Testcontainers labels the image with the session, so Ryuk removes it after the run.
              deleteOnExit: true,
              changes: snapshotLabelChanges({
                engineVersion: engine.serverVersion,
                baseImage: base.image,
                baseImageId: base.imageId,
                dataOwner: owner.exitCode === 0 ? owner.stdout.trim() : '',
              }),
            });
            const snapshotImage = `${SNAPSHOT_REPOSITORY}:${tag}`;
            taken.set(snapshotImage, docker);
            const info = await docker.getImage(imageId).inspect();
            return {
              provider: 'testcontainers',
              engineVersion: engine.serverVersion,
              bytes: Math.max(0, info.Size - base.size),
              image: snapshotImage,
              imageId: info.Id,
              baseImage: base.image,
              baseImageId: base.imageId,
            };
          } catch (error) {
            throw toHarnessError(error, 'ENVIRONMENT_SNAPSHOT', `Could not snapshot the testcontainers ${request.role} (${started.getName()})`);
          }
        },
        stop,
        [Symbol.asyncDispose]: async () => void (await stop()),
      };
    },

    async [Symbol.asyncDispose]() {
      for (const [image, docker] of taken) {
        try {
          // Not forced: an image a container still runs from, or that a cache copy was made from, stays.
          await docker.getImage(image).remove({ force: false });
        } catch (error) {
          if (statusCode(error) !== 409 && statusCode(error) !== 404) throw toHarnessError(error, 'INTERNAL', `Could not remove the snapshot image ${image}`);
        }
        taken.delete(image);
      }
    },
  };
}

/** Reuse when the scenario asks, else when `TESTCONTAINERS_REUSE_ENABLE=true`; never when it is `false` (Testcontainers' own switch). */
function wantsReuse(request: EnvironmentRequest, env: NodeJS.ProcessEnv): boolean {
  if (env.TESTCONTAINERS_REUSE_ENABLE === 'false') return false;
  return request.settings?.reuse ?? env.TESTCONTAINERS_REUSE_ENABLE === 'true';
}

/** A snapshot image keeps the environment of the container it was committed from, credentials included. */
function credentialsOf(info: DockerImageInfo): Credentials {
  const vars = new Map((info.Config.Env ?? []).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
  const user = vars.get('POSTGRES_USER') ?? 'postgres';
  return { user, password: vars.get('POSTGRES_PASSWORD') ?? '', database: vars.get('POSTGRES_DB') ?? user };
}

async function imageBase(docker: DockerApi, image: string): Promise<{ image: string; imageId: string; size: number }> {
  const info = await docker.getImage(image).inspect();
  return { image, imageId: info.Id, size: info.Size };
}

/** Explains a failed container start: an image that could not be pulled, or the container's last log lines. */
async function startFailure(error: unknown, planned: Plan, request: EnvironmentRequest, logTail: readonly string[]): Promise<HarnessError> {
  if ('resolved' in planned && !planned.located.present && !(await inspectImage(planned.docker, planned.image).catch(() => undefined))) {
    const absent = imageAbsent(planned.resolved, dockerReason(error));
    return new HarnessError('ENVIRONMENT_START', `Cannot start a testcontainers ${request.role}: ${absent.reason}.`, { hint: absent.hint, cause: error });
  }
  const log = logTail.length > 0 ? `\nIts last log lines:\n${logTail.map((line) => `  ${line}`).join('\n')}` : '';
  return new HarnessError('ENVIRONMENT_START', `The ${request.role} container (${planned.image}) did not start: ${dockerReason(firstLine(error))}${log}`, {
    cause: error,
    hint: `Check that ${planned.image} is a PostgreSQL image with the official image's entrypoint (POSTGRES_PASSWORD, PGDATA), and that Docker has room (docker system df).`,
  });
}

/** Removes what a failed start left (Testcontainers removes a container that never got ready, not one that never ran). */
async function removeContainers(docker: DockerApi, startId: string): Promise<void> {
  const left = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${START_LABEL}=${startId}`] }) }).catch(() => []);
  for (const { Id } of left) await docker.getContainer(Id).remove({ force: true, v: true }).catch(() => undefined);
}

/** Keeps the last `size` lines of a container's log stream. */
function keepTail(stream: Readable, lines: string[], size: number): void {
  let partial = '';
  stream.on('data', (chunk: Buffer | string) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) if (line.trim()) lines.push(line.trimEnd());
    lines.splice(0, Math.max(0, lines.length - size));
  });
  stream.on('error', () => undefined);
}

/** `15.14` is PostgreSQL 15; `15` asks for any 15. */
function sameMajor(serverVersion: string, wanted: string): boolean {
  return serverVersion === wanted || serverVersion.startsWith(`${wanted}.`);
}

function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
