import { describe, expect, it } from 'vitest';
import { chooseProvider } from '../../environment/choose-provider.ts';
import type { DockerApi, DockerImageInfo } from '../../environment/testcontainers/docker-api.ts';
import { isHarnessError } from '../../errors/harness-error.ts';
import { mongoProviders, type MongoServerRequest } from './mongo-provider.ts';
import { resolveMongoImage, testcontainersMongoProvider } from './testcontainers-mongo-provider.ts';

const TARGET: MongoServerRequest = { role: 'target', engine: 'mongodb' };
const NO_REGISTRY = 'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host';

/** An in-memory Docker daemon holding `images`, whose registry cannot be reached; records the images asked for. */
function fakeDocker(images: Record<string, string>, asked: string[] = []): () => Promise<DockerApi> {
  const docker = {
    ping: async () => 'OK',
    getImage: (name: string) => ({
      inspect: async (): Promise<DockerImageInfo> => {
        asked.push(name);
        if (!images[name]) throw Object.assign(new Error(`(HTTP code 404) no such image - ${name}`), { statusCode: 404 });
        return { Id: images[name]!, Size: 1, Config: {} };
      },
      distribution: async () => {
        throw Object.assign(new Error(`(HTTP code 500) server error - ${NO_REGISTRY}`), { statusCode: 500 });
      },
    }),
  };
  return async () => docker as unknown as DockerApi;
}

describe('testcontainers provider for MongoDB', () => {
  it('without Docker: says no daemon answers and how to start one', async () => {
    const provider = testcontainersMongoProvider({ env: {}, connect: () => Promise.reject(new Error('connect ENOENT /var/run/docker.sock')) });
    const probe = await provider.probe(TARGET);
    expect(probe).toEqual({
      available: false,
      reason: 'no Docker daemon answers (looked for DOCKER_HOST, ~/.testcontainers.properties and the usual sockets: connect ENOENT /var/run/docker.sock)',
      hint: expect.stringMatching(/^Start Docker \(Docker Desktop, Colima/),
    });
    await expect(provider.start(TARGET)).rejects.toThrow('Cannot start the MongoDB target in a container: no Docker daemon answers');
  });

  it('with Docker but not the image: quotes the pinned image, why it cannot be pulled, and what to change', async () => {
    const probe = await testcontainersMongoProvider({ env: {}, connect: fakeDocker({}) }).probe(TARGET);
    expect(probe).toEqual({
      available: false,
      reason: `image "mongo:7" is not present locally and cannot be pulled (${NO_REGISTRY})`,
      hint: "Pull it (docker pull mongo:7) or build it, or choose an image this machine has: image: on the scenario's servers.target, or PILOT_MONGO_7_IMAGE.",
    });
  });

  it('uses the pinned image for the major asked, PILOT_MONGO_<MAJOR>_IMAGE over it, and the scenario image over both', async () => {
    const asked: string[] = [];
    const provider = testcontainersMongoProvider({
      env: { PILOT_MONGO_6_IMAGE: 'registry.local/mongo:6.0.19' },
      connect: fakeDocker({ 'mongo:8': 'sha256:eight', 'registry.local/mongo:6.0.19': 'sha256:six', 'mirror/mongo:7': 'sha256:mirror' }, asked),
    });
    expect(await provider.probe({ ...TARGET, engineVersion: '8' })).toEqual({ available: true, identity: 'MongoDB container mongo:8 (sha256:eight)' });
    expect(await provider.probe({ ...TARGET, engineVersion: '6' })).toEqual({ available: true, identity: 'MongoDB container registry.local/mongo:6.0.19 (sha256:six)' });
    expect(await provider.probe({ ...TARGET, engineVersion: '8', settings: { image: 'mirror/mongo:7' } })).toEqual({ available: true, identity: 'MongoDB container mirror/mongo:7 (sha256:mirror)' });
    expect(asked).toEqual(['mongo:8', 'registry.local/mongo:6.0.19', 'mirror/mongo:7']);
  });

  it('refuses a major with no pinned image, naming the pinned ones and the override', () => {
    expect(resolveMongoImage({ ...TARGET, engineVersion: '5' }, {})).toEqual({
      available: false,
      reason: 'no image is pinned for MongoDB "5" (pinned: 6, 7, 8)',
      hint: "Name one with image: on the scenario's servers.target or with the environment variable PILOT_MONGO_5_IMAGE.",
    });
  });
});

describe('choosing a MongoDB provider', () => {
  it('auto: tries testcontainers, then says why neither native nor embedded MongoDB exists', async () => {
    const providers = mongoProviders({ env: {}, connect: fakeDocker({}) });
    const error = await chooseProvider('auto', TARGET, providers).catch((e: unknown) => e);
    expect(isHarnessError(error) && [error.code, error.message, error.hint]).toEqual([
      'ENVIRONMENT_START',
      'No provider can start the target here (provider: auto).',
      `Tried testcontainers: image "mongo:7" is not present locally and cannot be pulled (${NO_REGISTRY}); ` +
        'local: migration-pilot does not start native mongod binaries (the local provider is PostgreSQL only); ' +
        'embedded: no embedded MongoDB exists (MongoDB cannot run in-process; embedded means PGlite, which is PostgreSQL only).',
    ]);
  });

  it('auto with the image present: testcontainers, with the reason for the report', async () => {
    const providers = mongoProviders({ env: {}, connect: fakeDocker({ 'mongo:7': 'sha256:seven' }) });
    const choice = await chooseProvider('auto', TARGET, providers);
    expect([choice.provider.name, choice.identity, choice.reason]).toEqual(['testcontainers', 'MongoDB container mongo:7 (sha256:seven)', 'auto: testcontainers was the first that can serve']);
  });

  it('a URL makes auto choose external; external without a URL says which variable to set', async () => {
    const providers = mongoProviders({ env: {}, connect: fakeDocker({}) });
    const choice = await chooseProvider('auto', { ...TARGET, settings: { url: 'mongodb://pilot:hunter2@new:27017/' } }, providers);
    expect([choice.provider.name, choice.identity]).toEqual(['external', 'MongoDB at mongodb://pilot:***@new:27017/']);
    await expect(chooseProvider('external', TARGET, providers)).rejects.toThrow('The external provider cannot start the target here: no connection URL for the target.');
  });
});
