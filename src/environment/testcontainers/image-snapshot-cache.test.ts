import { describe, expect, it } from 'vitest';
import { imageSnapshotCache } from './image-snapshot-cache.ts';

describe('imageSnapshotCache', () => {
  it('keeps only testcontainers snapshots, refusing others before touching Docker', async () => {
    const cache = imageSnapshotCache({
      docker: async () => {
        throw new Error('Docker must not be reached');
      },
    });
    await expect(cache.put('key', { provider: 'embedded', engineVersion: '18.1', bytes: 1 })).rejects.toThrow(
      'The image snapshot cache keeps testcontainers snapshots, not embedded ones.',
    );
  });
});
