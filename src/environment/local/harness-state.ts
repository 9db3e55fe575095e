import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, mkdirSync, openSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError } from '../../errors/harness-error.ts';
import { PROCS_DIR } from './reap-harness-dir.ts';
import { ownProcessRecord } from './sweep-orphans.ts';

/**
 * This process's share of the local provider's temp space: one folder holding every server's
 * data dir, log and socket, watched by a reaper process that removes it all when this
 * process dies (see `reaper.ts`).
 */
export interface HarnessState {
  /** `<tmp>/migration-pilot-<uid>/<pid>-<random>` */
  readonly dir: string;
  /** What the folder sits on (`in memory (tmpfs /dev/shm)`), for the report. */
  readonly storage: string;
  /**
   * Records a process group the reaper must stop if this process dies (initdb, a postmaster),
   * with the folder its command line names. Returns the function that forgets it once it has exited.
   */
  track(pid: number, dataDir: string): () => void;
}

/**
 * Where harness state folders live: `$PILOT_LOCAL_STATE_DIR`, else a tmpfs (`/dev/shm`) when
 * it has room, else the temp folder; one root per user, so a sweep never touches another
 * user's servers. Memory first because copying a data dir there takes 0.05 s against 0.1 to
 * 1.2 s on this machine's ext4 (which slows down a lot while other work writes to it), and
 * a rehearsal's data need not survive a reboot. `/dev/shm` counts only with 4 GiB free:
 * Docker gives containers 64 MB, and seeded data grows.
 */
export function stateRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PILOT_LOCAL_STATE_DIR) return env.PILOT_LOCAL_STATE_DIR;
  return path.join(memoryBackedTemp() ?? tmpdir(), `migration-pilot-${process.getuid?.() ?? 'user'}`);
}

/** Every root this user's state folders may sit in, for sweeping orphans. */
export function stateRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const user = `migration-pilot-${process.getuid?.() ?? 'user'}`;
  return [...new Set([stateRoot(env), path.join(tmpdir(), user), ...(process.platform === 'linux' ? [path.join('/dev/shm', user)] : [])])];
}

const TMPFS_MAGIC = 0x01021994;
const ROOM_NEEDED = 4 * 1024 ** 3;

function memoryBackedTemp(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const fs = statfsSync('/dev/shm');
    accessSync('/dev/shm', constants.W_OK);
    return fs.type === TMPFS_MAGIC && fs.bavail * fs.bsize >= ROOM_NEEDED ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

/** What the data dirs sit on, for `serverSettings`: it makes timings differ from a server's disks. */
export function stateStorage(root: string): string {
  return root.startsWith('/dev/shm/') ? 'in memory (tmpfs /dev/shm)' : `disk (${path.dirname(root)})`;
}

const REAPER = fileURLToPath(new URL('./reaper.ts', import.meta.url));
let current: Promise<HarnessState> | undefined;

/**
 * The state folder of this process, created with its reaper on first use. Resolves once the
 * reaper runs, so no server is ever started without someone to clean up after it.
 */
export function harnessState(): Promise<HarnessState> {
  current ??= createHarnessState().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}

async function createHarnessState(): Promise<HarnessState> {
  const root = stateRoot();
  // Root: the server runs as another user and must be able to pass through to its own folder.
  const asRoot = process.getuid?.() === 0;
  mkdirSync(root, { recursive: true, mode: asRoot ? 0o711 : 0o700 });
  const dir = path.join(root, `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(path.join(dir, PROCS_DIR), { recursive: true, mode: asRoot ? 0o711 : 0o700 });
  writeFileSync(path.join(dir, 'owner.json'), JSON.stringify(ownProcessRecord()));
  try {
    await startReaper(dir, root);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    storage: stateStorage(root),
    track(pid, dataDir) {
      const file = path.join(dir, PROCS_DIR, String(pid));
      // Synchronous: a kill -9 right after spawn() must still find the record.
      writeFileSync(file, dataDir);
      return () => rmSync(file, { force: true });
    },
  };
}

async function startReaper(dir: string, root: string): Promise<void> {
  // The reaper's complaints, if any, outlive both processes here.
  const log = openSync(path.join(root, 'reaper.log'), 'a');
  const env = { ...process.env };
  // Loader hooks meant for the harness (tsx, coverage) only slow the reaper down.
  delete env.NODE_OPTIONS;
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', REAPER, dir, String(process.pid), ...stateRoots().filter((r) => r !== root)], { detached: true, stdio: ['pipe', 'pipe', log], env });
  } finally {
    closeSync(log);
  }
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 15_000);
    child.stdout!.once('data', (data: Buffer) => (clearTimeout(timer), resolve(data.toString().startsWith('ready'))));
    child.once('exit', () => (clearTimeout(timer), resolve(false)));
    child.once('error', () => (clearTimeout(timer), resolve(false)));
  });
  if (!ready) {
    child.kill('SIGKILL');
    throw new HarnessError('ENVIRONMENT_START', `The local provider's reaper did not start (${process.execPath} ${REAPER}); no server is started without it.`, {
      hint: `It needs Node.js 22.18 or later, which runs TypeScript files itself; see ${path.join(root, 'reaper.log')} for what it said.`,
    });
  }
  child.stdout!.destroy();
  // Neither the reaper nor its pipe may keep this process alive; the pipe stays open until it exits.
  child.unref();
  (child.stdin as unknown as { unref(): void }).unref();
}
