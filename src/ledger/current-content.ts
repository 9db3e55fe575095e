import { loadConfigMigrators } from '../chain/load-config-migrators.ts';
import { loadMigrators } from '../chain/load-migrators.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import { type RunContent, runContent } from './run-content.ts';

/** The content hashes of a scenario's chain as it is on disk now (no database needed). */
export async function currentContent(loaded: LoadedScenario): Promise<RunContent> {
  const migrators = await loadMigrators(loaded.spec.chain.migrators, loaded.dir);
  const configMigrators = loaded.spec.config ? await loadConfigMigrators(loaded.spec.config.migrators, loaded.dir) : [];
  return runContent(loaded, loaded.spec, migrators, configMigrators);
}
