import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../../errors/harness-error.ts';
import type { Snapshot, SnapshotCache } from '../environment-provider.ts';
import { copyDir } from './copy-dir.ts';
import { isLocalSnapshot, type LocalSnapshot } from './local-snapshot.ts';
import { isProcessAlive } from './process-liveness.ts';

type Meta = Omit<LocalSnapshot, 'dataDir'>;

/**
 * Keeps local snapshots as data dirs under `dir` (`<key>/data` and `<key>/meta.json`). A
 * snapshot is put together under a temporary name and renamed into place, so an interrupted
 * run never leaves a half-copied data dir that a later run would start from. Files are hard
 * links to the snapshot's when both sit on one file system: putting a snapshot costs no copy
 * (nothing ever writes to either: servers always run on copies). Only the `keep` most
 * recently used entries stay.
 *
 * @example
 * const cache = localSnapshotCache('.pilot/cache/local');
 * await cache.put(key, await source.snapshot());
 * await provider.start({ role: 'target', engine: 'postgres', restore: await cache.get(key) });
 */
export function localSnapshotCache(dir: string, options: { keep?: number } = {}): SnapshotCache {
  const keep = options.keep ?? 8;
  return {
    async get(key) {
      const entry = path.join(dir, entryName(key));
      try {
        const meta = JSON.parse(await readFile(path.join(entry, 'meta.json'), 'utf8')) as Meta;
        const dataDir = path.join(entry, 'data');
        if (meta.provider !== 'local' || !existsSync(path.join(dataDir, 'global', 'pg_control'))) return undefined;
        const now = new Date();
        await utimes(path.join(entry, 'meta.json'), now, now);
        return { ...meta, dataDir } satisfies LocalSnapshot;
      } catch {
        return undefined;
      }
    },
    async put(key, snapshot: Snapshot) {
      if (!isLocalSnapshot(snapshot)) {
        throw new HarnessError('INTERNAL', `The local snapshot cache keeps local snapshots, not ${JSON.stringify(snapshot.provider)} ones.`);
      }
      await mkdir(dir, { recursive: true });
      const entry = path.join(dir, entryName(key));
      const temp = path.join(dir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      try {
        await mkdir(temp);
        await copyDir(snapshot.dataDir, path.join(temp, 'data'), { hardLinks: true });
        const { dataDir: _, ...meta } = snapshot;
        await writeFile(path.join(temp, 'meta.json'), JSON.stringify(meta satisfies Meta));
        await install(temp, entry, dir);
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
      await prune(dir, keep);
    },
  };
}

/** Keys are content hashes or names like `initdb-15-…`; anything else is made safe for a folder name. */
function entryName(key: string): string {
  return /^[\w.-]{1,120}$/.test(key) && !key.startsWith('.') ? key : Buffer.from(key).toString('base64url').slice(0, 120);
}

/** Renames `temp` to `entry`, replacing an older entry of the same key. */
async function install(temp: string, entry: string, dir: string): Promise<void> {
  try {
    await rename(temp, entry);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  const old = path.join(dir, `.old-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await rename(entry, old);
  } catch {
    // Someone else replaced or removed it just now.
  }
  try {
    await rename(temp, entry);
  } catch {
    // Another process put the same key at the same moment: same content, keep theirs.
  }
  await rm(old, { recursive: true, force: true });
}

/** Removes all but the `keep` most recently used entries, and leftovers of processes that died mid-put. */
async function prune(dir: string, keep: number): Promise<void> {
  const names = await readdir(dir);
  for (const name of names) {
    const leftover = /^\.(?:tmp|old)-(\d+)-/.exec(name);
    if (leftover && !isProcessAlive(Number(leftover[1]))) await rm(path.join(dir, name), { recursive: true, force: true });
  }
  const entries = await Promise.all(
    names
      .filter((name) => !name.startsWith('.'))
      .map(async (name) => ({ name, at: await stat(path.join(dir, name, 'meta.json')).then((s) => s.mtimeMs, () => 0) })),
  );
  for (const { name } of entries.sort((a, b) => b.at - a.at).slice(keep)) {
    const old = path.join(dir, `.old-${process.pid}-${randomBytes(4).toString('hex')}`);
    // Renamed away first, so that no reader ever sees a half-deleted entry.
    await rename(path.join(dir, name), old).then(() => rm(old, { recursive: true, force: true }), () => undefined);
  }
}
