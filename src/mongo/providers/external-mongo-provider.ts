import { packageVersion } from '../../util/package-version.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { redactedUrl, urlIdentity } from '../../environment/external/external-url.ts';
import type { MongoProvider } from './mongo-provider.ts';
import { openMongoServer } from './open-mongo-server.ts';

/**
 * A MongoDB server the harness does not start: `settings.url` (the scenario's `url` or
 * `urlEnv`, or `PILOT_MONGODB_URL` / `PILOT_MONGODB_TARGET_URL`).
 *
 * - A **source** is used as it is: never seeded or written, and fingerprinted before and
 *   after the run, so the `source-unchanged` checks prove it unchanged. (MongoDB has no
 *   read-only session flag: a user with only the `read` role is the real guarantee.)
 * - A **target** is refused unless `settings.allowWrites` is `true`: the move restores
 *   into it with `--drop` semantics and the chain migrates it.
 *
 * `probe` answers from the settings alone, without connecting.
 */
export function externalMongoProvider(): MongoProvider {
  return {
    name: 'external',
    version: `mongodb driver ${packageVersion('mongodb')}`,
    probe: async (request) => {
      const url = request.settings?.url;
      if (!url) {
        return {
          available: false,
          reason: `no connection URL for the ${request.role}`,
          hint: `Set ${request.role === 'source' ? 'PILOT_MONGODB_URL' : 'PILOT_MONGODB_TARGET_URL'}, or url/urlEnv on the scenario's ${request.role} server.`,
        };
      }
      return { available: true, identity: `MongoDB at ${urlIdentity(url) ?? redactedUrl(url)}` };
    },
    async start(request) {
      const url = request.settings?.url;
      const where = url ? `at ${urlIdentity(url) ?? redactedUrl(url)}` : '';
      if (!url) throw new HarnessError('CONFIG_INVALID', `Cannot use the external MongoDB ${request.role}: it has no URL.`, { path: ['servers', request.role, 'url'] });
      if (request.role === 'target' && request.settings?.allowWrites !== true) {
        throw new HarnessError(
          'CONFIG_INVALID',
          `The external MongoDB target (${where}) is not marked writable. The harness will write to it: it restores the moved databases there, dropping what they held, and runs the migration chain.`,
          { hint: 'If this server may be changed (a pre-prod server, never production), set "allowWrites: true" on servers.target, or name it in PILOT_MONGODB_TARGET_URL.', path: ['servers', 'target', 'allowWrites'] },
        );
      }
      return openMongoServer(url, { role: request.role, provider: 'external', where });
    },
  };
}
