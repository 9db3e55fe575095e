import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProviderName, Snapshot, SnapshotCache } from './environment-provider.ts';

interface Meta {
  provider: ProviderName;
  engineVersion: string;
  bytes: number;
}

/**
 * Keeps snapshots as files under `dir` (`<key>.tar` and `<key>.json`). Writes go to a
 * temporary name first and are renamed into place, so an interrupted run never leaves a
 * half-written snapshot that a later run would trust.
 */
export function fileSnapshotCache(dir: string): SnapshotCache {
  return {
    async get(key) {
      try {
        const meta = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as Meta;
        const data = await readFile(path.join(dir, `${key}.tar`));
        if (data.byteLength !== meta.bytes) return undefined;
        return { ...meta, data: new Blob([data]) };
      } catch {
        return undefined;
      }
    },
    async put(key, snapshot: Snapshot) {
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
    },
  };
}
