import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './find-postgres-binaries.ts';
import type { HarnessState } from './harness-state.ts';
import type { ServerUser } from './server-user.ts';

export interface PostgresServerOptions {
  binaries: PostgresBinaries;
  dataDir: string;
  /** TCP port; with `listen: ''` it only names the unix socket. */
  port: number;
  /** `listen_addresses`: `127.0.0.1`, or `''` for a server reachable only through its socket. */
  listen: string;
  /** Folder for the unix socket, or `''` for none (a path too long for a socket). */
  socketDir: string;
  /** More `-c name=value` settings. */
  settings: Readonly<Record<string, string>>;
  user: ServerUser | undefined;
  logFile: string;
  state: HarnessState;
  /** How long start-up (crash recovery included) may take. */
  readyTimeoutMs?: number;
}

/** A running postmaster. */
export interface PostgresServer {
  readonly pid: number;
  /** Fast shutdown (clients disconnected, a shutdown checkpoint, a clean data dir); SIGKILL to its group after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Start-up failed; `log` is the tail of the server's log. */
export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
  readonly log: string;
  /** The port was taken between choosing it and binding it: try another. */
  readonly portTaken: boolean;
  constructor(message: string, log: string) {
    super(message);
    this.log = log;
    this.portTaken = /could not bind IPv4 address|could not create any TCP\/IP sockets|Address already in use/.test(log);
  }
}

/**
 * Starts `postgres` on a data dir and resolves when it accepts connections, which the
 * postmaster announces in `postmaster.pid` (the status line `pg_ctl -w` waits for), so there
 * is no fixed sleep and no connection polling. It runs detached, in its own process group:
 * a Ctrl-C meant for the harness does not shut it down behind the harness's back, and the
 * reaper can kill the whole group.
 */
export async function startPostgresServer(options: PostgresServerOptions): Promise<PostgresServer> {
  const args = ['-D', options.dataDir, '-p', String(options.port), '-c', `listen_addresses=${options.listen}`, '-c', `unix_socket_directories=${options.socketDir}`];
  for (const [name, value] of Object.entries(options.settings)) args.push('-c', `${name}=${value}`);
  const child = spawnTracked(path.join(options.binaries.dir, 'postgres'), args, options);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  let gone = false;
  void exited.then(() => (gone = true));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let ready = false;
  while (!ready && !gone) {
    if (Date.now() > deadline) {
      killGroup(child.pid!);
      await exited;
      throw new ServerStartError(`it did not accept connections within ${(options.readyTimeoutMs ?? 60_000) / 1000} s`, await logTail(options.logFile));
    }
    ready = await announcedReady(options.dataDir, child.pid!);
    if (!ready) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5))]);
  }
  if (!ready) {
    const code = await exited;
    throw new ServerStartError(`it exited during start-up${code === null || code < 0 ? '' : ` with code ${code}`}`, await logTail(options.logFile));
  }
  child.unref();

  let stopping: Promise<void> | undefined;
  return {
    pid: child.pid!,
    stop(timeoutMs = 30_000) {
      stopping ??= (async () => {
        if (gone) return;
        // Keeps the event loop alive until the server is down, even if nothing else would.
        child.ref();
        child.kill('SIGINT');
        const timer = setTimeout(() => killGroup(child.pid!), timeoutMs);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/**
 * Spawns one of the server programs detached, as the server user, its output appended to
 * `logFile`, and records it with the reaper before anything else can happen. Its exit
 * removes the record.
 */
export function spawnTracked(
  file: string,
  args: readonly string[],
  options: { dataDir: string; user: ServerUser | undefined; logFile: string; state: HarnessState },
): ChildProcess {
  const log = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(file, args, {
      detached: true,
      stdio: ['ignore', log, log],
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
      // LC_ALL=C: messages in English whatever the machine's locale, so logs can be matched.
      env: { ...process.env, LC_ALL: 'C' },
    });
  } finally {
    closeSync(log);
  }
  // Without a listener a failed spawn's 'error' event would crash the process.
  child.once('error', () => undefined);
  if (child.pid === undefined) {
    // spawn failed (ENOENT, EACCES, EPERM): nothing runs, nothing to record.
    throw new ServerStartError(`${file} could not be run${options.user ? ` as user ${JSON.stringify(options.user.name)}` : ''}`, '');
  }
  const forget = options.state.track(child.pid, options.dataDir);
  child.once('exit', forget);
  return child;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function announcedReady(dataDir: string, pid: number): Promise<boolean> {
  try {
    const lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
    // Line 1 is the postmaster's pid, line 8 its status (PostgreSQL 10+): `ready` once it accepts connections.
    return Number(lines[0]) === pid && lines[7]?.trim() === 'ready';
  } catch {
    return false;
  }
}

/** The last lines of a log, for an error message. */
export async function logTail(file: string, lines = 15): Promise<string> {
  try {
    const text = (await readFile(file, 'utf8')).trimEnd();
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
