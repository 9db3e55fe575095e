import type { ProviderWish } from '../environment/choose-provider.ts';
import type { EnvironmentRequest, EnvironmentRole } from '../environment/environment-provider.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { PROVIDER_CHOICES } from '../scenario/scenario-schema.ts';
import { didYouMeanHint } from '../util/did-you-mean.ts';
import type { Redactor } from '../util/redact.ts';

type EnvironmentSpec = ScenarioSpec['source'] | ScenarioSpec['target'];

/**
 * The request for one environment, from the scenario. A URL read from `urlEnv` is taken
 * from the process environment here, and its password is registered with the redactor so
 * it is masked wherever it might turn up.
 */
export function environmentRequest(role: EnvironmentRole, environment: EnvironmentSpec, label: string, redactor: Redactor): EnvironmentRequest {
  let url = environment.url;
  if (environment.urlEnv !== undefined) {
    url = process.env[environment.urlEnv];
    if (url === undefined || url === '') {
      throw new HarnessError('CONFIG_INVALID', `The environment variable ${environment.urlEnv} (${role}.urlEnv) is not set.`, {
        path: [role, 'urlEnv'],
        hint: `Set ${environment.urlEnv} to the ${role} database's connection URL before running the pilot.`,
      });
    }
  }
  if (url !== undefined) registerPassword(url, redactor);
  const timeouts = environment.timeouts && {
    ...(environment.timeouts.connect !== undefined ? { connectMs: environment.timeouts.connect } : {}),
    ...(environment.timeouts.statement !== undefined ? { statementMs: environment.timeouts.statement } : {}),
    ...(environment.timeouts.lock !== undefined ? { lockMs: environment.timeouts.lock } : {}),
  };
  return {
    role,
    engine: 'postgres',
    label,
    ...(environment.postgres !== undefined ? { engineVersion: environment.postgres } : {}),
    settings: {
      ...(environment.image !== undefined ? { image: environment.image } : {}),
      ...(environment.bin !== undefined ? { bin: environment.bin } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(environment.allowWrites !== undefined ? { allowWrites: environment.allowWrites } : {}),
      ...(environment.reuse !== undefined ? { reuse: environment.reuse } : {}),
      ...(timeouts ? { timeouts } : {}),
    },
  };
}

/**
 * Which provider an environment asks for: `--provider` (except for an environment the
 * scenario points at a URL), else the scenario, else `PILOT_PROVIDER`, else `embedded`.
 */
export function providerWish(environment: Pick<EnvironmentSpec, 'provider'>, cliProvider: ProviderWish | undefined, role: EnvironmentRole): ProviderWish {
  if (environment.provider === 'external') return 'external';
  if (cliProvider !== undefined) return cliProvider;
  if (environment.provider !== undefined) return environment.provider;
  const fromEnv = process.env.PILOT_PROVIDER;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!(PROVIDER_CHOICES as readonly string[]).includes(fromEnv)) {
      throw new HarnessError('CONFIG_INVALID', `PILOT_PROVIDER is ${JSON.stringify(fromEnv)}, which is no provider (for the ${role}).`, {
        hint: `${didYouMeanHint(fromEnv, PROVIDER_CHOICES)} Use one of ${PROVIDER_CHOICES.join(', ')}.`.trim(),
      });
    }
    return fromEnv as ProviderWish;
  }
  return 'embedded';
}

/** Registers the password of a connection URL with the redactor (also used for MongoDB URLs). */
export function registerPassword(url: string, redactor: Redactor): void {
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) redactor.addSecret(password);
  } catch {
    // Not a URL the WHATWG parser reads (a libpq key=value string): the redactor's patterns still apply.
  }
}
