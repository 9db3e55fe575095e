import type { SnapshotCache } from './environment-provider.ts';

/**
 * The cache as an optimisation only: a cache that cannot be read or written (a full disk, a
 * read-only folder, `.pilot` being a file) costs a warning and a fresh seed, never the run.
 */
export function bestEffortCache(cache: SnapshotCache, warn: (message: string) => void): SnapshotCache {
  let warned = false;
  const once = (what: string, error: unknown) => {
    if (warned) return;
    warned = true;
    warn(`the snapshot cache could not be ${what} (${error instanceof Error ? error.message : String(error)}); seeding without it`);
  };
  return {
    async get(key) {
      try {
        return await cache.get(key);
      } catch (error) {
        once('read', error);
        return undefined;
      }
    },
    async put(key, snapshot) {
      try {
        await cache.put(key, snapshot);
      } catch (error) {
        once('written', error);
      }
    },
  };
}
