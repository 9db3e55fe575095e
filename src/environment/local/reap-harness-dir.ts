import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { commandLineMentions, isProcessAlive } from './process-liveness.ts';

/**
 * The layout of one harness process's state folder (`<tmp>/migration-pilot-<uid>/<pid>-<id>/`):
 * `owner.json` (the harness pid and start time), `reaper.pid`, `procs/<pid>` (one file per
 * process group started: initdb or a postmaster, holding its data dir) and the environments'
 * folders (data dirs, logs, sockets, snapshots) that go with it.
 */
export const PROCS_DIR = 'procs';

export interface ReapOptions {
  /** The folder's path when the processes were started, if it was renamed since (a claimed orphan). */
  startedAs?: string;
  /** How long a server may take to shut down (fast shutdown) before it is killed. */
  graceMs?: number;
}

/**
 * Stops every process recorded in a harness state folder and removes the folder. Each
 * recorded pid leads its own process group (it was started detached), so when asking nicely
 * (SIGINT: a postmaster's fast shutdown, initdb's clean exit) does not end it within
 * `graceMs`, SIGKILL to the group ends the server and its backends together.
 */
export async function reapHarnessDir(dir: string, options: ReapOptions = {}): Promise<void> {
  const startedAs = options.startedAs ?? dir;
  const graceMs = options.graceMs ?? 5_000;
  const leaders = recordedProcesses(dir).filter((pid) => !isProcessAlive(pid) || commandLineMentions(pid, startedAs));
  for (const pid of leaders) signal(pid, 'SIGINT');
  await waitUntil(() => leaders.every((pid) => !isProcessAlive(pid)), graceMs);
  // Also for leaders already gone: initdb's bootstrap backend outlives a killed initdb.
  for (const pid of leaders) signal(-pid, 'SIGKILL');
  await waitUntil(() => leaders.every((pid) => !isProcessAlive(pid)), 5_000);
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Pids from `procs/`, plus any postmaster named in a `postmaster.pid` below `dir` (belt and braces). */
function recordedProcesses(dir: string): number[] {
  const pids = new Set<number>();
  for (const name of safeReaddir(path.join(dir, PROCS_DIR))) {
    if (/^\d+$/.test(name)) pids.add(Number(name));
  }
  for (const pidFile of postmasterPidFiles(dir, 3)) {
    const pid = Number(safeRead(pidFile).split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) pids.add(pid);
  }
  return [...pids];
}

function postmasterPidFiles(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  const files: string[] = [];
  for (const name of safeReaddir(dir)) {
    if (name === 'postmaster.pid') files.push(path.join(dir, name));
    else if (name !== PROCS_DIR && !name.startsWith('pg_') && name !== 'base' && name !== 'global') files.push(...postmasterPidFiles(path.join(dir, name), depth - 1));
  }
  return files;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already, or never ours to signal.
  }
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
