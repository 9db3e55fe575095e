import { getContainerRuntimeClient } from 'testcontainers';
import { testcontainersProvider } from '../testcontainers-provider.ts';

// Testcontainers shares one Ryuk between all processes of a machine, and Ryuk removes a
// session's containers only once every process using it has gone. With this label a test
// process's Ryuk is its own and joins no other's, so a test can kill a child process and
// see its containers go (the child inherits it and gets a Ryuk of its own too).
process.env.TESTCONTAINERS_RYUK_TEST_LABEL ??= 'true';

/** Testcontainers' dockerode, typed without depending on dockerode directly. */
export type Dockerode = Awaited<ReturnType<typeof getContainerRuntimeClient>>['container']['dockerode'];

export type DockerForTests = { skip: string } | { skip?: undefined; image: string; docker: Dockerode };

/**
 * What the container tests run on: the image the provider picks with no version asked
 * (the newest pinned one present here), or why they skip (no daemon, no image), printed so
 * that a skip is never mistaken for a pass.
 */
export async function dockerForTests(suite: string): Promise<DockerForTests> {
  const probe = await testcontainersProvider().probe({ role: 'source', engine: 'postgres' });
  if (!probe.available) {
    const skip = `${probe.reason}${probe.hint ? ` (${probe.hint})` : ''}`;
    console.warn(`[${suite}] skipped: ${skip}`);
    return { skip };
  }
  const client = await getContainerRuntimeClient();
  return { image: probe.identity.slice(0, probe.identity.lastIndexOf(' (')), docker: client.container.dockerode };
}
