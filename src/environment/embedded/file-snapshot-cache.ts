import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../../errors/harness-error.ts';
import type { ProviderName, Snapshot, SnapshotCache } from '../environment-provider.ts';
import { isEmbeddedSnapshot } from './embedded-provider.ts';

interface Meta {
  provider: ProviderName;
  engineVersion: string;
  bytes: number;
}

/**
 * Keeps snapshots as files under `dir` (`<key>.tar` and `<key>.json`). Writes go to a
 * temporary name first and are renamed into place, so an interrupted run never leaves a
 * half-written snapshot that a later run would trust. Only the `keep` most recently used
 * snapshots stay (each is the whole data dir, tens of MB at dev scale).
 */
export function fileSnapshotCache(dir: string, options: { keep?: number } = {}): SnapshotCache {
  const keep = options.keep ?? 8;
  return {
    async get(key) {
      try {
        const meta = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as Meta;
        const data = await readFile(path.join(dir, `${key}.tar`));
        if (data.byteLength !== meta.bytes) return undefined;
        const now = new Date();
        await utimes(path.join(dir, `${key}.json`), now, now);
        return { ...meta, provider: 'embedded', data: new Blob([data]) } satisfies Snapshot & { data: Blob };
      } catch {
        return undefined;
      }
    },
    async put(key, snapshot: Snapshot) {
      if (!isEmbeddedSnapshot(snapshot)) throw new HarnessError('INTERNAL', `The file snapshot cache keeps embedded snapshots, not ${snapshot.provider} ones.`);
      await mkdir(dir, { recursive: true });
      const temp = path.join(dir, `.${key}.${process.pid}.tmp`);
      const meta: Meta = { provider: snapshot.provider, engineVersion: snapshot.engineVersion, bytes: snapshot.bytes };
      try {
        await writeFile(`${temp}.tar`, new Uint8Array(await snapshot.data.arrayBuffer()));
        await writeFile(`${temp}.json`, JSON.stringify(meta));
        // The data file lands first: a meta file is only ever next to complete data.
        await rename(`${temp}.tar`, path.join(dir, `${key}.tar`));
        await rename(`${temp}.json`, path.join(dir, `${key}.json`));
      } finally {
        await rm(`${temp}.tar`, { force: true });
        await rm(`${temp}.json`, { force: true });
      }
      await prune(dir, keep);
    },
  };
}

/** Removes all but the `keep` most recently used snapshots (by the time of their meta file). */
async function prune(dir: string, keep: number): Promise<void> {
  const metas = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  const used = await Promise.all(metas.map(async (name) => ({ key: name.slice(0, -'.json'.length), at: (await stat(path.join(dir, name))).mtimeMs })));
  for (const { key } of used.sort((a, b) => b.at - a.at).slice(keep)) {
    // Meta first: without it the data file is never trusted, even if removing it fails.
    await rm(path.join(dir, `${key}.json`), { force: true });
    await rm(path.join(dir, `${key}.tar`), { force: true });
  }
}
