import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmbeddedSnapshot } from './embedded-provider.ts';
import { isEmbeddedSnapshot } from './embedded-provider.ts';
import { fileSnapshotCache } from './file-snapshot-cache.ts';

const snapshot = (text: string): EmbeddedSnapshot => ({ provider: 'embedded', engineVersion: '18.6', bytes: text.length, data: new Blob([text]) });

describe('fileSnapshotCache', () => {
  it('round-trips a snapshot and misses on an unknown key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-cache-'));
    const cache = fileSnapshotCache(dir);
    await cache.put('k1', snapshot('data one'));
    const got = await cache.get('k1');
    expect(got && isEmbeddedSnapshot(got) && { ...got, data: await got.data.text() }).toEqual({ provider: 'embedded', engineVersion: '18.6', bytes: 8, data: 'data one' });
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('does not trust a data file whose size disagrees with its meta file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-cache-'));
    const cache = fileSnapshotCache(dir);
    await cache.put('k1', snapshot('data one'));
    await writeFile(path.join(dir, 'k1.tar'), 'data');
    expect(await cache.get('k1')).toBeUndefined();
  });

  it('keeps only the most recently used snapshots', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-cache-'));
    const cache = fileSnapshotCache(dir, { keep: 2 });
    await cache.put('a', snapshot('a'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.put('b', snapshot('b'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.get('a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.put('c', snapshot('c'));
    expect((await readdir(dir)).toSorted()).toEqual(['a.json', 'a.tar', 'c.json', 'c.tar']);
  });
});
