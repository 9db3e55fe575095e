import { LABEL_TESTCONTAINERS_SESSION_ID } from 'testcontainers';

/**
 * Labels on the images this provider makes. A snapshot image carries what a cache (or
 * another process) needs to rebuild the snapshot from the image alone; a cached copy also
 * carries its key and repository. Labels are inherited through `docker commit`, so a
 * snapshot of a container started from a cached image clears the cache's labels.
 */
export const IMAGE_LABELS = {
  engineVersion: 'migration-pilot.snapshot.engine-version',
  baseImage: 'migration-pilot.snapshot.base-image',
  baseImageId: 'migration-pilot.snapshot.base-image-id',
  /** `uid:gid` owning the data dir: a restored container runs as it (see `testcontainersProvider`). */
  dataOwner: 'migration-pilot.snapshot.data-owner',
  /** The full cache key of a cached snapshot image. */
  cacheKey: 'migration-pilot.cache-key',
  /** The cache repository an image belongs to, so a prune sees its own images, untagged ones included. */
  cacheRepository: 'migration-pilot.cache',
  /** Testcontainers' session: Ryuk removes images carrying the session of a run that ended. */
  session: LABEL_TESTCONTAINERS_SESSION_ID,
} as const;

/** A `LABEL` instruction for `docker commit`, the value quoted as a Dockerfile string. */
export function labelChange(name: string, value: string): string {
  return `LABEL ${name}=${JSON.stringify(value)}`;
}
