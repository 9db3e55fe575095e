import type { EnvironmentRole, ProviderName } from '../../environment/environment-provider.ts';
import { connectMongo } from '../../engines/mongo/connect-mongo.ts';
import type { StartedMongoServer } from './mongo-provider.ts';

/**
 * Connects to a server a provider reached and asks it what it is (`buildInfo`). A server
 * that says it is the harness's in-memory stand-in (`standin: true`, test/support/) is
 * described as such, so no report passes it off as MongoDB.
 */
export async function openMongoServer(
  url: string,
  at: { role: EnvironmentRole; provider: ProviderName; where: string; stop?: () => Promise<void> },
): Promise<StartedMongoServer> {
  const session = await connectMongo(url).catch(async (error: unknown) => {
    await at.stop?.();
    throw error;
  });
  const info = await session.client.db('admin').command({ buildInfo: 1 });
  const serverVersion = String(info.version);
  const what = info.standin === true ? `the in-memory MongoDB stand-in (reports ${serverVersion}; not MongoDB)` : `MongoDB ${serverVersion}`;
  return {
    role: at.role,
    provider: at.provider,
    client: session.client,
    url,
    serverVersion,
    description: `${at.provider}: ${what} ${at.where}`,
    async [Symbol.asyncDispose]() {
      await session.client.close();
      await at.stop?.();
    },
  };
}
