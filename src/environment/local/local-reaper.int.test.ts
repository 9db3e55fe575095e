import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from './process-liveness.ts';
import { sweepOrphans } from './sweep-orphans.ts';
import { skipReason, testBinaries } from './testing/local-binaries.ts';
import type { HeldEnvironments } from './testing/hold-environments.ts';

const HOLDER = fileURLToPath(new URL('./testing/hold-environments.ts', import.meta.url));
// A state root of its own: what is left in it afterwards is what these tests left.
let root = '';

/** Starts a harness process holding `count` local environments; resolves once they are ready. */
async function holdEnvironments(count: number, mode?: 'dispose-on-signal'): Promise<{ child: ChildProcess; held: HeldEnvironments }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, String(count), ...(mode ? [mode] : [])], {
    env: { ...process.env, PILOT_LOCAL_STATE_DIR: root, PILOT_PG_BIN: testBinaries?.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
  const lines = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the holder exited with code ${code} before it was ready:\n${stderr}`)));
  });
  return { child, held: JSON.parse(line) as HeldEnvironments };
}

/** Polls until nothing of `held` runs or exists, for at most `limitMs`; returns what is left. */
async function leftovers(held: HeldEnvironments, limitMs = 30_000): Promise<{ afterMs: number; running: number[]; folders: string[] }> {
  const started = Date.now();
  for (;;) {
    const running = held.postmasterPids.filter(isProcessAlive);
    const folders = [held.stateDir, ...held.dataDirs].filter((dir) => existsSync(dir));
    if ((running.length === 0 && folders.length === 0) || Date.now() - started > limitMs) return { afterMs: Date.now() - started, running, folders };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Live processes whose command line or environment names `text` (Linux). */
function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        // The environment too: initdb's bootstrap backend finds its data dir through PGDATA.
        const mentions = ['cmdline', 'environ'].some((file) => readFileSync(`/proc/${pid}/${file}`, 'utf8').includes(text));
        return mentions && isProcessAlive(pid);
      } catch {
        return false;
      }
    });
}

describe.skipIf(skipReason !== undefined)(`local provider cleanup (${testBinaries ? `PostgreSQL ${testBinaries.version}` : skipReason})`, () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pilot-reaper-test-'));
    // As root, the server user must be able to pass through to its folders.
    chmodSync(root, 0o711);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves no server and no folder 30 s after a kill -9 of the harness mid-run', async () => {
    const { child, held } = await holdEnvironments(2);
    expect(held.postmasterPids.every(isProcessAlive)).toBe(true);
    expect(held.dataDirs.every((dir) => existsSync(dir))).toBe(true);

    child.kill('SIGKILL');
    const left = await leftovers(held);
    expect({ running: left.running, folders: left.folders }).toEqual({ running: [], folders: [] });
    console.log(`kill -9: servers stopped and folders removed ${left.afterMs} ms after the harness died`);
  });

  it.skipIf(process.platform !== 'linux')('leaves nothing after a kill -9 in the middle of starting (during initdb)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, '3'], {
      env: { ...process.env, PILOT_LOCAL_STATE_DIR: root, PILOT_PG_BIN: testBinaries?.dir },
      stdio: 'ignore',
    });
    // Killed as soon as its first server process (initdb) is recorded: mid-start by construction.
    const recorded = () => readdirSync(root).some((name) => readdirSafe(path.join(root, name, 'procs')).length > 0);
    const waitFrom = Date.now();
    while (!recorded() && Date.now() - waitFrom < 60_000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(recorded()).toBe(true);
    child.kill('SIGKILL');
    const started = Date.now();
    let left: { processes: number[]; folders: string[] };
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = { processes: processesMentioning(root), folders: readdirSync(root).filter((name) => name !== 'reaper.log') };
    } while ((left.processes.length > 0 || left.folders.length > 0) && Date.now() - started < 30_000);
    expect(left).toEqual({ processes: [], folders: [] });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('cleans up after a harness killed by %s', async (signal) => {
    const { child, held } = await holdEnvironments(1);
    child.kill(signal);
    const left = await leftovers(held);
    expect({ running: left.running, folders: left.folders }).toEqual({ running: [], folders: [] });
  });

  it('lets a harness that handles SIGINT stop its environments itself', async () => {
    const { child, held } = await holdEnvironments(2, 'dispose-on-signal');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // The environments' folders are gone when stop() resolves; the state folder goes with the reaper.
    expect(held.dataDirs.filter((dir) => existsSync(dir))).toEqual([]);
    expect(held.postmasterPids.filter(isProcessAlive)).toEqual([]);
    const left = await leftovers(held);
    expect(left.folders).toEqual([]);
  });

  it('sweeps the servers of a harness whose reaper died with it', async () => {
    const { child, held } = await holdEnvironments(1);
    process.kill(held.reaperPid, 'SIGKILL');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // Nobody is left to clean up: the servers keep running until the next harness sweeps.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(held.postmasterPids.filter(isProcessAlive)).toEqual(held.postmasterPids);

    expect(await sweepOrphans(root)).toEqual([held.stateDir]);
    expect(held.postmasterPids.filter(isProcessAlive)).toEqual([]);
    expect(readdirSync(root).filter((name) => name !== 'reaper.log')).toEqual([]);
  });
});
