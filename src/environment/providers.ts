import path from 'node:path';
import { bestEffortCache } from './best-effort-cache.ts';
import { embeddedProvider } from './embedded/embedded-provider.ts';
import { fileSnapshotCache } from './embedded/file-snapshot-cache.ts';
import { externalProvider } from './external/external-provider.ts';
import { localProvider } from './local/local-provider.ts';
import { imageSnapshotCache } from './testcontainers/image-snapshot-cache.ts';
import { testcontainersProvider } from './testcontainers/testcontainers-provider.ts';
import type { EnvironmentProvider, ProviderName } from './environment-provider.ts';

export interface ProvidersOptions {
  /** Root folder for each provider's snapshot cache (`<root>/<provider>`); `undefined` keeps none. */
  cacheDir?: string | undefined;
  /** Told when a cache cannot be used; the run goes on without it. */
  warn?: (message: string) => void;
}

/**
 * The providers by name, each made once on first use with its own cache folder.
 *
 * @example
 * const providers = providerRegistry({ cacheDir: '.pilot/cache' });
 * await providers('embedded').start({ role: 'source', engine: 'postgres' });
 */
export function providerRegistry(options: ProvidersOptions = {}): ProviderRegistry {
  const made = new Map<ProviderName, EnvironmentProvider>();
  const warn = options.warn ?? (() => undefined);
  const cacheFor = (name: ProviderName) => (options.cacheDir === undefined ? undefined : path.join(options.cacheDir, name));
  const registry = (name: ProviderName) => {
    let provider = made.get(name);
    if (!provider) {
      provider = create(name, cacheFor(name), warn);
      made.set(name, provider);
    }
    return provider;
  };
  return Object.assign(registry, {
    async dispose() {
      for (const provider of made.values()) {
        const dispose = (provider as Partial<AsyncDisposable>)[Symbol.asyncDispose];
        if (dispose) await dispose.call(provider);
      }
    },
  });
}

/** The providers by name, and a way to release what they hold (snapshot images no cache kept). */
export type ProviderRegistry = ((name: ProviderName) => EnvironmentProvider) & { dispose(): Promise<void> };

/** The provider with its cache made best-effort: a cache that fails costs a warning, never the run. */
function withBestEffortCache(provider: EnvironmentProvider, warn: (message: string) => void): EnvironmentProvider {
  return provider.cache ? { ...provider, cache: bestEffortCache(provider.cache, warn) } : provider;
}

function create(name: ProviderName, cacheDir: string | undefined, warn: (message: string) => void): EnvironmentProvider {
  switch (name) {
    case 'embedded':
      return embeddedProvider(cacheDir ? { cache: bestEffortCache(fileSnapshotCache(cacheDir), warn) } : {});
    case 'local':
      return withBestEffortCache(localProvider(cacheDir ? { cacheDir } : {}), warn);
    case 'testcontainers':
      // Its cache is Docker images, not files: cacheDir only says whether to keep any.
      return withBestEffortCache(testcontainersProvider(cacheDir ? { cache: imageSnapshotCache() } : {}), warn);
    case 'external':
      return externalProvider();
  }
}
