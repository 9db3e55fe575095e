import { type DockerApi, type DockerImageInfo, dockerReason, inspectImage } from './docker-api.ts';
import type { Unavailable } from './reach-docker.ts';
import type { ResolvedImage } from './resolve-postgres-image.ts';

export type LocatedImage =
  | { available: true; present: true; identity: string; info: DockerImageInfo }
  | { available: true; present: false; identity: string };

/**
 * Finds the image without pulling it: on the daemon, else (with `lookupRegistry`) by asking
 * its registry for the manifest. A registry that cannot be reached fails fast (the daemon
 * answers in milliseconds when DNS fails); a slow one is given `timeoutMs`.
 *
 * The lookup sends no credentials: an image that needs `docker login` is reported as not
 * pullable here, though Testcontainers could pull it with the credentials it reads; pull it
 * once by hand and it is found locally.
 */
export async function locateImage(
  docker: DockerApi,
  resolved: ResolvedImage,
  options: { lookupRegistry: boolean; timeoutMs?: number },
): Promise<LocatedImage | Unavailable> {
  const { image } = resolved;
  const info = await inspectImage(docker, image);
  if (info) return { available: true, present: true, identity: `${image} (${info.Id})`, info };
  if (!options.lookupRegistry) return { available: true, present: false, identity: image };

  const timeoutMs = options.timeoutMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await Promise.race([
      docker.getImage(image).distribution(),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      }),
    ]);
    if (answer === 'timeout') return imageAbsent(resolved, `its registry did not answer within ${timeoutMs / 1000} s`);
    return { available: true, present: false, identity: `${image}@${answer.Descriptor.digest}` };
  } catch (error) {
    return imageAbsent(resolved, dockerReason(error));
  } finally {
    clearTimeout(timer);
  }
}

/** The one message for an image that is neither here nor pullable, from probe and start alike. */
export function imageAbsent(resolved: ResolvedImage, detail: string): Unavailable {
  return {
    available: false,
    reason: `image ${JSON.stringify(resolved.image)} is not present locally and cannot be pulled (${detail})`,
    hint: `Pull it (docker pull ${resolved.image}) or build it, or choose an image this machine has: ${resolved.change}.`,
  };
}
