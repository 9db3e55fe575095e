import { getContainerRuntimeClient } from 'testcontainers';

/**
 * The part of the Docker Engine API the provider uses directly (Testcontainers does the
 * rest), declared here so dockerode's types stay out of the harness. Testcontainers' own
 * client provides it: the same daemon, found the same way (`DOCKER_HOST`,
 * `~/.testcontainers.properties`, the usual sockets).
 */
export interface DockerApi {
  ping(): Promise<unknown>;
  getImage(name: string): DockerImage;
  listImages(options?: { filters?: string }): Promise<DockerImageSummary[]>;
  createContainer(options: { Image: string; Labels?: Record<string, string> }): Promise<DockerContainer>;
  listContainers(options: { all?: boolean; filters?: string }): Promise<{ Id: string }[]>;
  getContainer(id: string): { remove(options?: { force?: boolean; v?: boolean }): Promise<unknown> };
}

export interface DockerImage {
  inspect(): Promise<DockerImageInfo>;
  tag(options: { repo: string; tag: string }): Promise<unknown>;
  remove(options?: { force?: boolean }): Promise<unknown>;
  /** Asks the image's registry for its manifest without pulling anything (`GET /distribution/{name}/json`). */
  distribution(): Promise<{ Descriptor: { digest: string } }>;
}

export interface DockerImageInfo {
  Id: string;
  Size: number;
  Config: { Env?: string[] | null; Labels?: Record<string, string> | null };
  Metadata?: { LastTagTime?: string | null };
}

export interface DockerImageSummary {
  Id: string;
  RepoTags?: string[] | null;
}

export interface DockerContainer {
  commit(options: { repo: string; tag: string; changes?: string }): Promise<{ Id: string }>;
  remove(options?: { force?: boolean; v?: boolean }): Promise<unknown>;
}

/** Testcontainers' connection to the daemon (made once per process, then shared). */
export async function testcontainersDocker(): Promise<DockerApi> {
  const client = await getContainerRuntimeClient();
  return client.container.dockerode;
}

/** Whether `name` is an image the daemon has; `undefined` when it has not. */
export async function inspectImage(docker: DockerApi, name: string): Promise<DockerImageInfo | undefined> {
  try {
    return await docker.getImage(name).inspect();
  } catch (error) {
    if (statusCode(error) === 404) return undefined;
    throw error;
  }
}

/** The HTTP status of a failed Docker API call (dockerode puts it on the error). */
export function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Docker's own explanation of a failed call, on one line, without dockerode's `(HTTP code 500) server error - ` prefix. */
export function dockerReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^\(HTTP code \d+\)\s*[\w ]*-\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
