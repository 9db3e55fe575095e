import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient } from 'mongodb';
import { announceSkip, dockerSkipReason } from '../../src/engines/postgres/testing/postgres-container.ts';
import { startMongoStandin } from './mongo-standin/mongo-standin.ts';

/** The MongoDB image real-server tests use when Docker has it. */
export const MONGO_TEST_IMAGE = 'mongo:7';

/**
 * A MongoDB server a test body can run on. `real` says whether a result proves something
 * about MongoDB (a real `mongod`) or only about the harness on the stand-in.
 */
export interface MongoTestServer {
  /** Appended to test titles: `(real mongod via PILOT_MONGODB_URL)`, `(stand-in)`. */
  readonly label: string;
  readonly real: boolean;
  /** Why the server cannot run here; the suite skips with it printed. */
  readonly skipReason: string | undefined;
  start(): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * Every server kind, each with its skip reason: a real server from `PILOT_MONGODB_URL`, a
 * real `mongo:7` container when Docker holds the image (it is never pulled here: a pull
 * without a registry hangs for minutes), and the in-memory stand-in, always. Tests run the
 * same body on each: `describe.each(await mongoTestServers())`.
 *
 * @example
 * for (const server of await mongoTestServers()) {
 *   describe.skipIf(server.skipReason !== undefined)(`adapter ${server.label}`, () => { … });
 * }
 */
export async function mongoTestServers(): Promise<MongoTestServer[]> {
  const fromUrl = process.env.PILOT_MONGODB_URL;
  const containerReason = await containerSkipReason();
  const servers: MongoTestServer[] = [
    {
      label: '(real mongod via PILOT_MONGODB_URL)',
      real: true,
      skipReason: fromUrl ? undefined : 'PILOT_MONGODB_URL is not set; no real MongoDB server is reachable on this machine',
      start: async () => ({ url: fromUrl!, stop: async () => undefined }),
    },
    {
      label: `(real mongod in Testcontainers ${MONGO_TEST_IMAGE})`,
      real: true,
      skipReason: containerReason,
      async start() {
        const container = await new MongoDBContainer(MONGO_TEST_IMAGE).start();
        return { url: `${container.getConnectionString()}?directConnection=true`, stop: async () => void (await container.stop()) };
      },
    },
    {
      label: '(stand-in)',
      real: false,
      skipReason: undefined,
      async start() {
        const standin = await startMongoStandin();
        return { url: standin.url, stop: () => standin.stop() };
      },
    },
  ];
  for (const server of servers) announceSkip(`MongoDB ${server.label}`, server.skipReason);
  return servers;
}

async function containerSkipReason(): Promise<string | undefined> {
  const noDocker = await dockerSkipReason();
  if (noDocker) return noDocker;
  try {
    await promisify(execFile)('docker', ['image', 'inspect', MONGO_TEST_IMAGE], { timeout: 15_000 });
    return undefined;
  } catch {
    return `Docker has no ${MONGO_TEST_IMAGE} image and none can be pulled here (no registry); run \`docker pull ${MONGO_TEST_IMAGE}\` where one is reachable`;
  }
}

/**
 * Starts `count` servers of one kind (the old and the new server of a move) with a
 * connected client each; `close` disconnects and stops them all.
 */
export async function connectServers(server: MongoTestServer, count: number): Promise<{ clients: MongoClient[]; close(): Promise<void> }> {
  const stops: Array<() => Promise<void>> = [];
  const clients: MongoClient[] = [];
  for (let i = 0; i < count; i++) {
    const started = await server.start();
    stops.push(started.stop);
    const client = new MongoClient(started.url, { serverSelectionTimeoutMS: 10_000 });
    await client.connect();
    clients.push(client);
  }
  return {
    clients,
    async close() {
      for (const client of clients) await client.close();
      for (const stop of stops) await stop();
    },
  };
}
