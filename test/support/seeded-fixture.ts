import { readFile } from 'node:fs/promises';
import { embeddedProvider } from '../../src/environment/embedded/embedded-provider.ts';
import type { StartedEnvironment, SnapshotCache } from '../../src/environment/environment-provider.ts';
import { loadScenario } from '../../src/scenario/load-scenario.ts';
import { compileDataset, seedDataset } from '../../src/seed/seed-dataset.ts';

/**
 * A fresh environment holding a scenario's source exactly as the pilot seeds it, built
 * here independently of `runPilot`, so tests can compute expected findings with SQL.
 */
export async function seededSource(scenarioFile: string, cache?: SnapshotCache): Promise<StartedEnvironment> {
  const { spec, resolve } = await loadScenario(scenarioFile);
  const env = await embeddedProvider(cache ? { cache } : {}).start({ role: 'source', engine: 'postgres' });
  for (const file of spec.source.schema) await env.engine.session.exec(await readFile(resolve(file), 'utf8'));
  if (spec.data) await seedDataset(env.engine, compileDataset(spec.data));
  return env;
}
