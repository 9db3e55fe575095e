import { chooseProvider, type ProviderChoice, type ProviderWish } from '../environment/choose-provider.ts';
import type { EnvironmentRole, ProviderName } from '../environment/environment-provider.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { EnvironmentReport } from '../report/pilot-report.ts';
import { providerWish, registerPassword } from '../run/environment-request.ts';
import type { PhaseRecorder } from '../run/phase-recorder.ts';
import type { Redactor } from '../util/redact.ts';
import type { MongoScenario, MongoServerSpec } from './mongo-scenario.ts';
import { mongoProviders, type MongoProvider, type MongoServerRequest, type StartedMongoServer } from './providers/mongo-provider.ts';

/** The variables naming a server when the scenario gives no URL; the target's also allows writes. */
export const MONGO_URL_VARIABLES: Readonly<Record<EnvironmentRole, string>> = { source: 'PILOT_MONGODB_URL', target: 'PILOT_MONGODB_TARGET_URL' };

export interface StartedMongoServers extends AsyncDisposable {
  source: StartedMongoServer;
  target: StartedMongoServer;
  /** For the report: which provider, why, and what ran. */
  environments: EnvironmentReport[];
}

/**
 * Chooses and starts the old and the new server of a Mongo scenario with `chooseProvider`,
 * the rules PostgreSQL environments follow (see `MongoScenario.servers`). Both are probed
 * before either starts, so a missing Docker or image is known at once; passwords in URLs
 * are registered with the redactor.
 *
 * @throws HarnessError `ENVIRONMENT_START` when no provider can serve (with each one's reason), `CONFIG_INVALID` for a bad setting.
 */
export async function startMongoServers(
  scenario: MongoScenario,
  options: { provider?: ProviderWish; phases: PhaseRecorder; redactor: Redactor; providers?: (name: ProviderName) => MongoProvider; env?: NodeJS.ProcessEnv },
): Promise<StartedMongoServers> {
  const env = options.env ?? process.env;
  const providers = options.providers ?? mongoProviders({ env });
  const roles = ['source', 'target'] as const;
  const requests = roles.map((role) => serverRequest(role, scenario, env, options.redactor));
  const choices: ProviderChoice<MongoProvider>[] = [];
  for (const [i, role] of roles.entries()) {
    const spec = scenario.servers?.[role] ?? {};
    const wish: ProviderWish = requests[i]!.settings?.url !== undefined ? 'external' : mongoWish(spec, options.provider, role, env);
    choices.push(await chooseProvider(wish, requests[i]!, providers));
  }
  const started: StartedMongoServer[] = [];
  const dispose = async () => {
    for (const server of started.reverse()) await server[Symbol.asyncDispose]();
  };
  try {
    for (const [i, role] of roles.entries()) {
      started.push(await options.phases.run(role === 'source' ? 'start-source' : 'start-target', () => choices[i]!.provider.start(requests[i]!), (s) => s.description));
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  const [source, target] = started as [StartedMongoServer, StartedMongoServer];
  return {
    source,
    target,
    environments: started.map((server, i) => ({
      role: server.role,
      provider: server.provider,
      description: server.description,
      identity: choices[i]!.identity,
      selection: choices[i]!.reason,
      serverVersion: server.serverVersion,
      serverSettings: {},
    })),
    [Symbol.asyncDispose]: dispose,
  };
}

/** `--provider`, else the scenario's, else `PILOT_PROVIDER` (checked as for PostgreSQL), else `auto`: MongoDB has no embedded default. */
function mongoWish(spec: MongoServerSpec, cli: ProviderWish | undefined, role: EnvironmentRole, env: NodeJS.ProcessEnv): ProviderWish {
  if (cli === undefined && spec.provider === undefined && !env.PILOT_PROVIDER) return 'auto';
  return providerWish(spec.provider !== undefined ? { provider: spec.provider } : {}, cli, role);
}

function serverRequest(role: EnvironmentRole, scenario: MongoScenario, env: NodeJS.ProcessEnv, redactor: Redactor): MongoServerRequest {
  const spec = scenario.servers?.[role] ?? {};
  if (spec.url !== undefined && spec.urlEnv !== undefined) {
    throw new HarnessError('CONFIG_INVALID', `servers.${role} of ${scenario.name} has both "url" and "urlEnv".`, { path: ['servers', role, 'urlEnv'], hint: 'Keep one: urlEnv keeps the password out of the file.' });
  }
  let url = spec.url;
  if (spec.urlEnv !== undefined) {
    url = env[spec.urlEnv];
    if (!url) {
      throw new HarnessError('CONFIG_INVALID', `The environment variable ${spec.urlEnv} (servers.${role}.urlEnv) is not set.`, {
        path: ['servers', role, 'urlEnv'],
        hint: `Set ${spec.urlEnv} to the ${role} MongoDB server's connection URL before running the pilot.`,
      });
    }
  }
  const fromVariable = url === undefined && spec.provider === undefined ? env[MONGO_URL_VARIABLES[role]] || undefined : undefined;
  url ??= fromVariable;
  if (url !== undefined) registerPassword(url, redactor);
  const allowWrites = spec.allowWrites ?? (fromVariable !== undefined && role === 'target' ? true : undefined);
  return {
    role,
    engine: 'mongodb',
    label: scenario.name,
    ...(spec.mongo !== undefined ? { engineVersion: spec.mongo } : {}),
    settings: {
      ...(url !== undefined ? { url } : {}),
      ...(allowWrites !== undefined ? { allowWrites } : {}),
      ...(spec.image !== undefined ? { image: spec.image } : {}),
    },
  };
}

