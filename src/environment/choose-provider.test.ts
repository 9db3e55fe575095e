import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { chooseProvider } from './choose-provider.ts';
import type { EnvironmentProvider, EnvironmentRequest, ProviderName, ProviderProbe } from './environment-provider.ts';

const fake = (name: ProviderName, probe: ProviderProbe): EnvironmentProvider => ({
  name,
  version: 'test',
  probe: async () => probe,
  start: () => Promise.reject(new Error('not started in these tests')),
});
const providers: Record<ProviderName, EnvironmentProvider> = {
  testcontainers: fake('testcontainers', { available: false, reason: 'no Docker daemon answers', hint: 'Start Docker.' }),
  local: fake('local', { available: true, identity: 'PostgreSQL 15.18 (/usr/lib/postgresql/15/bin)' }),
  embedded: fake('embedded', { available: true, identity: 'PGlite 0.5.16 (PostgreSQL 18)' }),
  external: fake('external', { available: true, identity: 'postgres://app@db/x' }),
};
const request: EnvironmentRequest = { role: 'source', engine: 'postgres' };
const refusal = (choosing: Promise<unknown>) => choosing.then(() => expect.fail('expected a refusal'), (error: HarnessError) => error);

describe('chooseProvider', () => {
  it('takes a named provider that can serve, and says it was asked for', async () => {
    const choice = await chooseProvider('embedded', request, (name) => providers[name]);
    expect({ name: choice.provider.name, identity: choice.identity, reason: choice.reason }).toEqual({
      name: 'embedded',
      identity: 'PGlite 0.5.16 (PostgreSQL 18)',
      reason: 'embedded, as asked',
    });
  });

  it('refuses a named provider that cannot serve, with its reason and hint', async () => {
    const error = await refusal(chooseProvider('testcontainers', request, (name) => providers[name]));
    expect(error).toBeInstanceOf(HarnessError);
    expect([error.message, error.hint]).toEqual(['The testcontainers provider cannot start the source here: no Docker daemon answers.', 'Start Docker.']);
  });

  it('auto takes the first that can serve and says why the ones before could not', async () => {
    const choice = await chooseProvider('auto', request, (name) => providers[name]);
    expect([choice.provider.name, choice.reason]).toEqual(['local', 'auto: local was the first that can serve; testcontainers: no Docker daemon answers']);
  });

  it('auto means external when the environment has a URL', async () => {
    const choice = await chooseProvider('auto', { ...request, settings: { url: 'postgres://app@db/x' } }, (name) => providers[name]);
    expect(choice.provider.name).toBe('external');
  });

  it('auto fails with every reason when nothing can serve', async () => {
    const none = (name: ProviderName) => fake(name, { available: false, reason: `${name} is missing` });
    const error = await refusal(chooseProvider('auto', request, none));
    expect([error.message, error.hint]).toEqual([
      'No provider can start the source here (provider: auto).',
      'Tried testcontainers: testcontainers is missing; local: local is missing; embedded: embedded is missing.',
    ]);
  });
});
