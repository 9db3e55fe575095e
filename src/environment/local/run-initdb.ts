import path from 'node:path';
import { HarnessError } from '../../errors/harness-error.ts';
import type { PostgresBinaries } from './find-postgres-binaries.ts';
import type { HarnessState } from './harness-state.ts';
import { logTail, spawnTracked } from './postgres-server.ts';
import type { ServerUser } from './server-user.ts';

/**
 * The initdb options of every local data dir. Trust authentication is safe here: the server
 * listens on 127.0.0.1 only and its socket sits in a folder only its user can enter.
 * `--locale=C`: byte-order collation and English messages, the same on every machine.
 */
export const INITDB_ARGS: readonly string[] = ['--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C', '--no-sync'];

/** Creates a new cluster in `dataDir` (which must not exist yet, or be empty). */
export async function runInitdb(options: { binaries: PostgresBinaries; dataDir: string; user: ServerUser | undefined; logFile: string; state: HarnessState }): Promise<void> {
  const { binaries } = options;
  const initdb = path.join(binaries.dir, 'initdb');
  let code: number | null;
  try {
    const child = spawnTracked(initdb, ['-D', options.dataDir, ...INITDB_ARGS], options);
    code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  } catch (error) {
    throw new HarnessError('ENVIRONMENT_START', `Could not run ${initdb}.`, { cause: error, hint: startHint(options.user, options.dataDir) });
  }
  if (code !== 0) {
    throw new HarnessError('ENVIRONMENT_START', `initdb of PostgreSQL ${binaries.version} (${binaries.dir}) failed${code === null ? '' : ` with code ${code}`}:\n${await logTail(options.logFile)}`, {
      hint: startHint(options.user, options.dataDir),
    });
  }
}

/** What to check when a local server or initdb does not start. */
export function startHint(user: ServerUser | undefined, dataDir: string): string {
  const who = user
    ? `It runs as user ${JSON.stringify(user.name)} (PostgreSQL refuses root), which must be able to run the binaries and enter ${path.dirname(dataDir)}: point TMPDIR (or PILOT_LOCAL_STATE_DIR) at a folder it can reach, or choose the user with PILOT_PG_USER.`
    : `Check that TMPDIR (${path.dirname(path.dirname(path.dirname(dataDir)))}) is writable and has free space.`;
  return `${who} The log above says what failed; shared memory limits (shared_buffers) and an exhausted disk are the usual causes.`;
}
