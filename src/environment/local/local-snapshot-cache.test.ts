import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localSnapshotCache } from './local-snapshot-cache.ts';
import type { LocalSnapshot } from './local-snapshot.ts';

// Stand-ins for stopped data dirs: the cache only copies folders and checks for global/pg_control.
function fakeSnapshot(root: string, name: string, content: string): LocalSnapshot {
  const dataDir = path.join(root, name);
  mkdirSync(path.join(dataDir, 'global'), { recursive: true });
  writeFileSync(path.join(dataDir, 'global', 'pg_control'), content);
  return { provider: 'local', engineVersion: '15.18', bytes: content.length, dataDir, database: 'pilot', binDir: '/usr/lib/postgresql/15/bin' };
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const tempRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pilot-local-cache-test-'));
  roots.push(root);
  return root;
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('localSnapshotCache', () => {
  it('round-trips a snapshot as its own copy, and misses on an unknown key', async () => {
    const root = tempRoot();
    const cache = localSnapshotCache(path.join(root, 'cache'));
    const original = fakeSnapshot(root, 'snap', 'one');
    await cache.put('k1', original);
    rmSync(original.dataDir, { recursive: true });

    const got = (await cache.get('k1')) as LocalSnapshot;
    expect(got).toEqual({ ...original, dataDir: path.join(root, 'cache', 'k1', 'data') });
    expect(readFileSync(path.join(got.dataDir, 'global', 'pg_control'), 'utf8')).toBe('one');
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('replaces an entry of the same key, and never trusts an entry without its data dir', async () => {
    const root = tempRoot();
    const dir = path.join(root, 'cache');
    const cache = localSnapshotCache(dir);
    await cache.put('k', fakeSnapshot(root, 'a', 'first'));
    await cache.put('k', fakeSnapshot(root, 'b', 'second'));
    const got = (await cache.get('k')) as LocalSnapshot;
    expect(readFileSync(path.join(got.dataDir, 'global', 'pg_control'), 'utf8')).toBe('second');

    rmSync(path.join(dir, 'k', 'data'), { recursive: true });
    expect(await cache.get('k')).toBeUndefined();
  });

  it('keeps only the most recently used entries and clears what dead processes left half-made', async () => {
    const root = tempRoot();
    const dir = path.join(root, 'cache');
    const cache = localSnapshotCache(dir, { keep: 2 });
    await cache.put('a', fakeSnapshot(root, 'a', 'a'));
    await pause();
    await cache.put('b', fakeSnapshot(root, 'b', 'b'));
    await pause();
    await cache.get('a');
    await pause();
    // A put interrupted by a kill -9 of pid 999999 (no such process).
    mkdirSync(path.join(dir, '.tmp-999999-0badc0de', 'data'), { recursive: true });
    await cache.put('c', fakeSnapshot(root, 'c', 'c'));
    expect(readdirSync(dir).toSorted()).toEqual(['a', 'c']);
  });

  it('refuses a snapshot of another provider', async () => {
    const cache = localSnapshotCache(tempRoot());
    await expect(cache.put('k', { provider: 'embedded', engineVersion: '18.6', bytes: 0 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[HarnessError: The local snapshot cache keeps local snapshots, not "embedded" ones.]`,
    );
  });
});
