import { describe, expect, it } from 'vitest';
import type { SnapshotCache } from './environment-provider.ts';
import { bestEffortCache } from './best-effort-cache.ts';

describe('bestEffortCache', () => {
  it('turns a failing cache into misses and one warning, never an error', async () => {
    const broken: SnapshotCache = {
      get: () => Promise.reject(new Error("ENOTDIR: not a directory, open '.pilot/cache/k.json'")),
      put: () => Promise.reject(new Error("ENOTDIR: not a directory, mkdir '.pilot/cache'")),
    };
    const warnings: string[] = [];
    const cache = bestEffortCache(broken, (warning) => warnings.push(warning));
    expect(await cache.get('k')).toBeUndefined();
    await cache.put('k', { provider: 'embedded', engineVersion: '18.6', bytes: 0 });
    expect(warnings).toEqual([
      "the snapshot cache could not be read (ENOTDIR: not a directory, open '.pilot/cache/k.json'); seeding without it",
    ]);
  });
});
