import { HarnessError } from '../../errors/harness-error.ts';
import type { ProviderName } from '../../environment/environment-provider.ts';
import type { MongoProvider } from './mongo-provider.ts';

const WHAT_TO_DO =
  'Run MongoDB in Docker (provider testcontainers, with a mongo:* image Docker has or can pull), ' +
  'or point the harness at a server you run (provider external: PILOT_MONGODB_URL, or url/urlEnv in the scenario).';

/**
 * `embedded` and `local` for MongoDB: neither exists. MongoDB cannot run in-process (there
 * is no PGlite for it) and the harness does not manage native `mongod` binaries, so both
 * refuse at the probe, saying what to use instead.
 */
export function noMongoProvider(name: ProviderName): MongoProvider {
  const reason =
    name === 'embedded'
      ? 'no embedded MongoDB exists (MongoDB cannot run in-process; embedded means PGlite, which is PostgreSQL only)'
      : 'migration-pilot does not start native mongod binaries (the local provider is PostgreSQL only)';
  return {
    name,
    version: 'none',
    probe: async () => ({ available: false, reason, hint: WHAT_TO_DO }),
    start: async (request) => {
      throw new HarnessError('ENVIRONMENT_START', `The ${name} provider cannot start the MongoDB ${request.role}: ${reason}.`, { hint: WHAT_TO_DO });
    },
  };
}
