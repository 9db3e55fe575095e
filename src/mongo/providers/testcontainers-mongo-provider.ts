import { MongoDBContainer } from '@testcontainers/mongodb';
import { DEFAULT_MONGO_MAJOR, MONGO_IMAGES } from '../../environment/engine-versions.ts';
import type { ProviderProbe } from '../../environment/environment-provider.ts';
import { type DockerApi, testcontainersDocker } from '../../environment/testcontainers/docker-api.ts';
import { locateImage } from '../../environment/testcontainers/locate-image.ts';
import { reachDocker, type Unavailable } from '../../environment/testcontainers/reach-docker.ts';
import { pinnedImage, type ResolvedImage } from '../../environment/testcontainers/resolve-postgres-image.ts';
import { RUN_LABEL, ROLE_LABEL } from '../../environment/testcontainers/testcontainers-provider.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { packageVersion } from '../../util/package-version.ts';
import type { MongoProvider, MongoServerRequest } from './mongo-provider.ts';
import { openMongoServer } from './open-mongo-server.ts';

export interface TestcontainersMongoOptions {
  env?: NodeJS.ProcessEnv;
  /** The Docker connection (default: Testcontainers' own); injectable for tests. */
  connect?: () => Promise<DockerApi>;
}

/**
 * A real `mongod` in a container (`@testcontainers/mongodb`'s `MongoDBContainer`, a
 * single-node replica set). The image comes from the scenario's `image`, else the table in
 * engine-versions.ts for `mongo: "<major>"` (default `DEFAULT_MONGO_MAJOR`), overridable
 * with `PILOT_MONGO_<MAJOR>_IMAGE`. The probe says clearly when Docker is missing or the
 * image is neither present nor pullable, quoting the image and what to do.
 */
export function testcontainersMongoProvider(options: TestcontainersMongoOptions = {}): MongoProvider {
  const env = options.env ?? process.env;
  const connect = options.connect ?? testcontainersDocker;

  /** The image, present or pullable (its registry answered with a digest), or why not. */
  async function plan(request: MongoServerRequest): Promise<{ image: string; identity: string } | Unavailable> {
    const resolved = resolveMongoImage(request, env);
    if (!resolved.available) return resolved;
    const reached = await reachDocker(connect, env);
    if (!reached.available) return reached;
    const located = await locateImage(reached.docker, resolved, { lookupRegistry: true });
    if (!located.available) return located;
    return { image: resolved.image, identity: located.identity };
  }

  return {
    name: 'testcontainers',
    version: `@testcontainers/mongodb ${packageVersion('@testcontainers/mongodb')}`,
    async probe(request): Promise<ProviderProbe> {
      const planned = await plan(request);
      return 'image' in planned ? { available: true, identity: `MongoDB container ${planned.identity}` } : planned;
    },
    async start(request) {
      const planned = await plan(request);
      if (!('image' in planned)) {
        throw new HarnessError('ENVIRONMENT_START', `Cannot start the MongoDB ${request.role} in a container: ${planned.reason}.`, planned.hint ? { hint: planned.hint } : {});
      }
      const container = await new MongoDBContainer(planned.image)
        .withLabels({ [RUN_LABEL]: request.label ?? 'mongodb', [ROLE_LABEL]: request.role })
        .start();
      return openMongoServer(`${container.getConnectionString()}?directConnection=true`, {
        role: request.role,
        provider: 'testcontainers',
        where: `in container ${planned.identity}`,
        stop: async () => void (await container.stop()),
      });
    },
  };
}

/** The image for a request: the scenario's `image`, else the pinned one for its major (env override applied). */
export function resolveMongoImage(request: MongoServerRequest, env: NodeJS.ProcessEnv): ResolvedImage | Unavailable {
  const scenarioField = `image: on the scenario's servers.${request.role}`;
  if (request.settings?.image) return { available: true, image: request.settings.image, origin: 'scenario', change: scenarioField };
  const major = request.engineVersion?.split('.')[0] ?? DEFAULT_MONGO_MAJOR;
  return pinnedImage({ engine: 'MongoDB', images: MONGO_IMAGES, variable: `PILOT_MONGO_${major}_IMAGE` }, major, {
    origin: request.engineVersion ? 'pinned' : 'default',
    scenarioField,
    env,
  });
}
