import type { Snapshot } from '../environment-provider.ts';
import type { DockerApi, DockerImageInfo } from './docker-api.ts';
import { inspectImage } from './docker-api.ts';
import { IMAGE_LABELS, labelChange } from './image-labels.ts';

/**
 * A testcontainers environment's state: an image committed from its container (`docker
 * commit`), whose top layer holds the data dir. A new container starts from it like from
 * any image; nothing is copied until PostgreSQL writes (overlayfs copies files up on write),
 * so a restore costs a container start, not a data copy.
 */
export interface TestcontainersSnapshot extends Snapshot {
  readonly provider: 'testcontainers';
  /** The committed image by a tag of its own: `migration-pilot-snapshot:<id>`, or the cache's `migration-pilot-cache:<key>`. */
  readonly image: string;
  readonly imageId: string;
  /** The image the data was first initialised on (`postgres:15`): its server is the one in the snapshot. */
  readonly baseImage: string;
  readonly baseImageId: string;
}

export function isTestcontainersSnapshot(snapshot: Snapshot): snapshot is TestcontainersSnapshot {
  const s = snapshot as Partial<TestcontainersSnapshot>;
  return s.provider === 'testcontainers' && typeof s.image === 'string' && typeof s.imageId === 'string' && typeof s.baseImage === 'string';
}

/** Repository of the images `snapshot()` commits (one tag per snapshot). */
export const SNAPSHOT_REPOSITORY = 'migration-pilot-snapshot';

/** `LABEL` instructions for the `docker commit` of a snapshot. */
export function snapshotLabelChanges(meta: { engineVersion: string; baseImage: string; baseImageId: string; dataOwner: string }): string[] {
  return [
    labelChange(IMAGE_LABELS.engineVersion, meta.engineVersion),
    labelChange(IMAGE_LABELS.baseImage, meta.baseImage),
    labelChange(IMAGE_LABELS.baseImageId, meta.baseImageId),
    labelChange(IMAGE_LABELS.dataOwner, meta.dataOwner),
    // Inherited when the container was started from a cached image; this image is not in the cache.
    labelChange(IMAGE_LABELS.cacheKey, ''),
    labelChange(IMAGE_LABELS.cacheRepository, ''),
  ];
}

/**
 * The snapshot an image holds, or `undefined` when it is not one of ours. `bytes` is what
 * the snapshot adds to its base image (the data dir and what PostgreSQL rewrote).
 */
export async function snapshotOfImage(docker: DockerApi, image: string, info: DockerImageInfo): Promise<TestcontainersSnapshot | undefined> {
  const labels = info.Config.Labels ?? {};
  const engineVersion = labels[IMAGE_LABELS.engineVersion];
  const baseImage = labels[IMAGE_LABELS.baseImage];
  const baseImageId = labels[IMAGE_LABELS.baseImageId];
  if (!engineVersion || !baseImage || !baseImageId) return undefined;
  const base = await inspectImage(docker, baseImageId);
  return {
    provider: 'testcontainers',
    engineVersion,
    bytes: Math.max(0, info.Size - (base?.Size ?? 0)),
    image,
    imageId: info.Id,
    baseImage,
    baseImageId,
  };
}
