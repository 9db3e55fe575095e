import { canonicalJson } from '../ledger/canonical-json.ts';
import { chainHash, migratorFingerprints, type RunContent } from '../ledger/run-content.ts';
import { contentHash } from '../util/content-hash.ts';
import type { MongoMigrator } from './mongo-migrator.ts';
import type { MongoScenario } from './mongo-scenario.ts';
import { generateDocuments } from './seed-documents.ts';

/** Documents generated per collection for the data hash: enough to catch a changed generator or a helper it calls. */
const SAMPLED_DOCUMENTS = 25;

/**
 * The content hashes of a Mongo run, as the promotion ledger records them (see
 * `RunContent`): the chain (every Mongo migrator's bytes), the scenario as the stage saw
 * it, and the data definition. Generators are functions, so the data hash takes their
 * source text and the first documents each one generates at the seed and source version,
 * which also changes when a helper they call does. `engines` is filled once the servers run.
 */
export function mongoRunContent(scenario: MongoScenario, migrators: readonly MongoMigrator[]): RunContent {
  const fingerprints = migratorFingerprints(migrators.map((m) => ({ ...m, kind: 'module' as const })));
  const { stages: _stages, data, ...scenarioView } = scenario;
  const collections = [
    ...data.global.map((c) => ({ database: 'global', seed: c })),
    ...data.app.map((c) => ({ database: 'app', seed: c })),
  ];
  const dataParts = collections.flatMap(({ database, seed }) => [
    `${database} ${seed.collection} ${seed.count}`,
    seed.generate.toString(),
    canonicalJson([...generateDocuments(seed, { seed: data.seed, version: scenario.source.version }, 0, Math.min(seed.count, SAMPLED_DOCUMENTS))]),
  ]);
  return {
    chain: chainHash(fingerprints),
    scenario: contentHash(['mongo-scenario-v1', canonicalJson(scenarioView)]),
    data: contentHash(['mongo-data-v1', String(data.seed), canonicalJson(scenario.environments), ...dataParts]),
    engines: '',
    migrators: fingerprints,
  };
}
