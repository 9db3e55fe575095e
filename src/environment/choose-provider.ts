import { HarnessError } from '../errors/harness-error.ts';
import type { EnvironmentProvider, EnvironmentRole, ProviderName, ProviderProbe } from './environment-provider.ts';

/** What a scenario or the command line may ask for: a provider, or `auto`. */
export type ProviderWish = ProviderName | 'auto';

export interface ProviderChoice<P = EnvironmentProvider> {
  provider: P;
  /** Exactly what will run (from the provider's probe): part of cache keys and reports. */
  identity: string;
  /** Why this provider, for the report: asked for by name, or what `auto` found. */
  reason: string;
}

/**
 * `auto` takes the first provider that can serve here, most production-like first: a real
 * server in a container, then native binaries, then embedded PGlite. An environment with a
 * connection URL is `external` whatever the order.
 */
export const AUTO_ORDER: readonly ProviderName[] = ['testcontainers', 'local', 'embedded'];

/**
 * Picks the provider for one environment and proves it can serve, without starting it.
 *
 * Generic over the provider, so MongoDB's providers (src/mongo/providers/) are chosen by
 * the same rules as PostgreSQL's.
 *
 * @throws HarnessError `ENVIRONMENT_START` when the provider asked for cannot serve here (or,
 *   for `auto`, none can), with each provider's reason and how to fix it.
 */
export async function chooseProvider<
  R extends { role: EnvironmentRole; settings?: { url?: string } },
  P extends { probe(request: R): Promise<ProviderProbe> },
>(wish: ProviderWish, request: R, providerNamed: (name: ProviderName) => P): Promise<ProviderChoice<P>> {
  if (wish !== 'auto') {
    const provider = providerNamed(wish);
    const probe = await provider.probe(request);
    if (!probe.available) {
      throw new HarnessError('ENVIRONMENT_START', `The ${wish} provider cannot start the ${request.role} here: ${probe.reason}.`, {
        hint: probe.hint ?? 'Choose another provider with --provider, or provider: auto in the scenario.',
      });
    }
    return { provider, identity: probe.identity, reason: `${wish}, as asked` };
  }
  const order: readonly ProviderName[] = request.settings?.url !== undefined ? ['external'] : AUTO_ORDER;
  const passed: string[] = [];
  for (const name of order) {
    const provider = providerNamed(name);
    const probe = await provider.probe(request);
    if (probe.available) {
      const skipped = passed.length > 0 ? `; ${passed.join('; ')}` : '';
      return { provider, identity: probe.identity, reason: `auto: ${name} was the first that can serve${skipped}` };
    }
    passed.push(`${name}: ${probe.reason}`);
  }
  throw new HarnessError('ENVIRONMENT_START', `No provider can start the ${request.role} here (provider: auto).`, {
    hint: `Tried ${passed.join('; ')}.`,
  });
}
