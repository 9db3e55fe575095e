import type { DockerApi } from './docker-api.ts';

/** Why an environment cannot be served, and what to do about it (the shape of an unavailable probe). */
export interface Unavailable {
  available: false;
  reason: string;
  hint?: string;
}

const DOCKER_HINT =
  'Start Docker (Docker Desktop, Colima, Rancher Desktop, Podman with its Docker socket, or dockerd), ' +
  'or point DOCKER_HOST at a daemon that runs; or choose provider local or embedded.';

/**
 * Connects to the Docker daemon and checks that it answers, within `timeoutMs` (a
 * `DOCKER_HOST` on an unreachable machine would otherwise hang until the TCP timeout).
 */
export async function reachDocker(
  connect: () => Promise<DockerApi>,
  env: NodeJS.ProcessEnv,
  timeoutMs = 10_000,
): Promise<{ available: true; docker: DockerApi } | Unavailable> {
  const where = env.DOCKER_HOST ? ` at DOCKER_HOST=${env.DOCKER_HOST}` : '';
  const looked = env.DOCKER_HOST ? [] : ['looked for DOCKER_HOST, ~/.testcontainers.properties and the usual sockets'];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const answer = await Promise.race([
      (async () => {
        const docker = await connect();
        await docker.ping();
        return docker;
      })(),
      timeout,
    ]);
    if (answer === 'timeout') {
      return { available: false, reason: `no Docker daemon answered${where} within ${timeoutMs / 1000} s${looked.map((l) => ` (${l})`).join('')}`, hint: DOCKER_HINT };
    }
    return { available: true, docker: answer };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { available: false, reason: `no Docker daemon answers${where} (${[...looked, detail].join(': ')})`, hint: DOCKER_HINT };
  } finally {
    clearTimeout(timer);
  }
}
