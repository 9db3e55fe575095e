import { createHash } from 'node:crypto';
import { HarnessError } from '../../errors/harness-error.ts';
import type { Snapshot, SnapshotCache } from '../environment-provider.ts';
import { type DockerApi, inspectImage, statusCode, testcontainersDocker } from './docker-api.ts';
import { IMAGE_LABELS, labelChange } from './image-labels.ts';
import { isTestcontainersSnapshot, snapshotOfImage } from './testcontainers-snapshot.ts';

/** Default repository of cached snapshot images; the tag is the cache key. */
export const CACHE_REPOSITORY = 'migration-pilot-cache';

export interface ImageSnapshotCacheOptions {
  /** How many snapshot images stay (default 8), the most recently used ones. */
  keep?: number;
  /** Where the images are tagged (default `migration-pilot-cache`); caches with different repositories never evict each other's images. */
  repository?: string;
  /** The daemon (default: Testcontainers' connection). */
  docker?: () => Promise<DockerApi>;
}

/**
 * Keeps testcontainers snapshots between runs as images on the Docker daemon, tagged
 * `<repository>:<key>`. A snapshot image carries Testcontainers' session label, so
 * Ryuk removes it when the run ends; keeping it means a copy without that label (a
 * container created from it, never started, and committed again: an empty layer, about
 * 0.2 s). Use is recorded by re-tagging (Docker updates the image's `LastTagTime`), and only
 * the `keep` most recently used images stay; one still used by a container stays until a
 * later prune.
 *
 * @example
 * const provider = testcontainersProvider({ cache: imageSnapshotCache({ keep: 4 }) });
 */
export function imageSnapshotCache(options: ImageSnapshotCacheOptions = {}): SnapshotCache {
  const keep = options.keep ?? 8;
  const repository = options.repository ?? CACHE_REPOSITORY;
  const connect = options.docker ?? testcontainersDocker;
  return {
    async get(key) {
      const docker = await connect();
      const tag = cacheTag(key);
      const image = `${repository}:${tag}`;
      const info = await inspectImage(docker, image);
      if (!info || info.Config.Labels?.[IMAGE_LABELS.cacheKey] !== key) return undefined;
      const snapshot = await snapshotOfImage(docker, image, info);
      if (snapshot) await docker.getImage(image).tag({ repo: repository, tag });
      return snapshot;
    },
    async put(key, snapshot: Snapshot) {
      if (!isTestcontainersSnapshot(snapshot)) {
        throw new HarnessError('INTERNAL', `The image snapshot cache keeps testcontainers snapshots, not ${snapshot.provider} ones.`);
      }
      const docker = await connect();
      const tag = cacheTag(key);
      const replaced = await inspectImage(docker, `${repository}:${tag}`);
      if (replaced?.Id === snapshot.imageId) return;
      // The container keeps the snapshot's session label: should this process die right here, Ryuk removes it.
      const container = await docker.createContainer({ Image: snapshot.imageId });
      try {
        await container.commit({
          repo: repository,
          tag,
          changes: [labelChange(IMAGE_LABELS.session, ''), labelChange(IMAGE_LABELS.cacheKey, key), labelChange(IMAGE_LABELS.cacheRepository, repository)].join('\n'),
        });
      } finally {
        await container.remove({ force: true, v: true });
      }
      if (replaced) await removeQuietly(docker, replaced.Id);
      await prune(docker, repository, keep);
    },
  };
}

/** A Docker tag for a key: the key itself when it is one (a content hash is), else its sha256. */
function cacheTag(key: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(key) ? key : createHash('sha256').update(key).digest('hex');
}

/** Removes all but the `keep` most recently used cached images, and cached images that lost their tag. */
async function prune(docker: DockerApi, repository: string, keep: number): Promise<void> {
  const images = await docker.listImages({ filters: JSON.stringify({ label: [`${IMAGE_LABELS.cacheRepository}=${repository}`] }) });
  const tagged: { id: string; at: number }[] = [];
  for (const image of images) {
    const tags = (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
    if (tags.length === 0) {
      // Replaced under its key by another process, or its tag removed by hand.
      await removeQuietly(docker, image.Id);
      continue;
    }
    if (!tags.some((tag) => tag.startsWith(`${repository}:`))) continue;
    const info = await inspectImage(docker, image.Id);
    tagged.push({ id: image.Id, at: Date.parse(info?.Metadata?.LastTagTime ?? '') || 0 });
  }
  for (const { id } of tagged.sort((a, b) => b.at - a.at).slice(keep)) await removeQuietly(docker, id);
}

/** Removes an image unless a container still uses it (409) or it is gone already (404). */
async function removeQuietly(docker: DockerApi, id: string): Promise<void> {
  try {
    await docker.getImage(id).remove({ force: false });
  } catch (error) {
    if (statusCode(error) !== 409 && statusCode(error) !== 404) throw error;
  }
}
