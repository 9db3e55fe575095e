import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresEngine } from '../../engines/postgres/postgres-engine.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import type { EnvironmentRole, StartedEnvironment, StoppedEnvironment } from '../environment-provider.ts';
import type { PostgresBinaries } from './find-postgres-binaries.ts';
import type { HarnessState } from './harness-state.ts';
import type { PostgresServer } from './postgres-server.ts';
import type { ServerUser } from './server-user.ts';
import { takeLocalSnapshot } from './take-local-snapshot.ts';

export interface LocalEnvironmentParts {
  role: EnvironmentRole;
  engine: PostgresEngine;
  description: string;
  url: string;
  database: string;
  server: PostgresServer;
  /** The environment's folder (data dir, log, socket), removed when it stops. */
  envDir: string;
  state: HarnessState;
  binaries: PostgresBinaries;
  user: ServerUser | undefined;
  /** `-c` settings the server runs with (the snapshot's settling start uses them too). */
  settings: Readonly<Record<string, string>>;
  serverSettings: Readonly<Record<string, string>>;
}

/**
 * A running local server as a `StartedEnvironment`. Stopping it closes the session, shuts the
 * server down (fast shutdown) and removes its folder; snapshots go next to it in the process's
 * state folder and last as long as the process (or the cache that keeps them).
 */
export function localEnvironment(parts: LocalEnvironmentParts): StartedEnvironment {
  const { role, engine, description, envDir, state } = parts;
  const dataDir = path.join(envDir, 'data');
  let stopped: Promise<StoppedEnvironment> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await engine.session.close().catch(() => undefined);
      await parts.server.stop();
      await rm(envDir, { recursive: true, force: true, maxRetries: 3 });
      return { role, provider: 'local' as const, description };
    })());
  let snapshots = 0;
  return {
    role,
    provider: 'local',
    engine,
    description,
    serverSettings: parts.serverSettings,
    connection: { url: parts.url },
    async snapshot() {
      if (stopped) throw new HarnessError('ENVIRONMENT_SNAPSHOT', `The local ${role} environment is stopped: there is nothing to snapshot.`);
      try {
        return await takeLocalSnapshot({
          url: parts.url,
          dataDir,
          database: parts.database,
          into: path.join(state.dir, `${path.basename(envDir)}-snapshot-${++snapshots}`),
          binaries: parts.binaries,
          user: parts.user,
          state,
          settings: parts.settings,
        });
      } catch (error) {
        throw new HarnessError('ENVIRONMENT_SNAPSHOT', `Could not snapshot the local ${role} environment (${description}): ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
          hint: `A snapshot needs wal_level replica or higher (the default) and room for a copy of the data dir in ${state.dir}; the server's log is ${path.join(envDir, 'server.log')}.`,
        });
      }
    },
    stop,
    [Symbol.asyncDispose]: async () => void (await stop()),
  };
}
