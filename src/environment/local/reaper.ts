/*
 * The reaper: a small watchdog process, in the style of Testcontainers' Ryuk, that stops a
 * harness process's PostgreSQL servers and removes their folders when the harness dies, however
 * it dies (a normal exit, SIGINT, SIGTERM, kill -9, an out-of-memory kill).
 *
 *   node reaper.ts <harness state folder> <harness pid> [other state roots to sweep…]
 *
 * The harness starts it detached (its own session, so a Ctrl-C or a signal to the harness's
 * process group does not reach it) with a pipe on its stdin that only the harness holds. The
 * kernel closes that pipe when the harness dies, whatever killed it, so end-of-file here is the
 * signal; polling the harness pid is a fallback. It also sweeps folders of earlier harness
 * processes that died with no reaper left (see `sweep-orphans.ts`).
 *
 * Run by plain `node` (type stripping: only erasable TypeScript, node built-ins, and files of
 * this folder), so that it starts in tens of milliseconds and needs no loader.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './process-liveness.ts';
import { reapHarnessDir } from './reap-harness-dir.ts';
import { ownProcessRecord, sweepOrphans } from './sweep-orphans.ts';

const [dir, harnessPidText, ...otherRoots] = process.argv.slice(2);
const harnessPid = Number(harnessPidText);
if (!dir || !Number.isInteger(harnessPid)) {
  console.error('usage: node reaper.ts <harness state folder> <harness pid>');
  process.exit(64);
}

writeFileSync(path.join(dir, 'reaper.json'), JSON.stringify(ownProcessRecord()));
process.stdout.write('ready\n');

let reaping = false;
async function reap(why: string): Promise<void> {
  if (reaping) return;
  reaping = true;
  try {
    await reapHarnessDir(dir!);
  } catch (error) {
    console.error(`${new Date().toISOString()} reaper ${process.pid}: cleaning ${dir} after the harness ${why} failed:`, error);
  }
  process.exit(0);
}

process.stdin.on('end', () => void reap('closed its pipe'));
process.stdin.on('error', () => void reap('broke its pipe'));
process.stdin.resume();
setInterval(() => {
  if (!isProcessAlive(harnessPid)) void reap('exited');
}, 1_000);

// After the handshake, so that the harness never waits for an old mess to be cleaned.
(async () => {
  for (const root of [path.dirname(dir), ...otherRoots]) await sweepOrphans(root, { except: dir });
})().catch((error: unknown) => console.error(`reaper ${process.pid}: sweeping orphans failed:`, error));
