import path from 'node:path';
import { currentContent } from '../ledger/current-content.ts';
import type { RunContent } from '../ledger/run-content.ts';
import { loadMongoMigrators } from '../mongo/load-mongo-migrators.ts';
import { mongoRunContent } from '../mongo/mongo-run-content.ts';
import { loadMongoScenarioFile } from '../mongo/mongo-run-command.ts';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.ts';

/** What `pilot promote` and `pilot status` need of a scenario, PostgreSQL or MongoDB alike. */
export interface LadderScenario {
  name: string;
  /** Its stages, lowest first. */
  stages: string[];
  /** The content hashes of its chain as it is on disk now. */
  content: RunContent;
  /** The loaded PostgreSQL scenario, for locating errors in its file; absent for a Mongo module. */
  loaded?: LoadedScenario;
}

/**
 * Loads a scenario file for the ladder: a Mongo scenario module (`defineMongoScenario`) or
 * any PostgreSQL scenario, with the hashes its runs were recorded under.
 */
export async function loadLadderScenario(file: string): Promise<LadderScenario> {
  const mongo = await loadMongoScenarioFile(file);
  if (mongo) {
    const migrators = await loadMongoMigrators(mongo.chain.migrators, path.dirname(path.resolve(file)));
    return { name: mongo.name, stages: Object.keys(mongo.stages ?? {}), content: mongoRunContent(mongo, migrators) };
  }
  const loaded = await loadScenario(file);
  return { name: loaded.spec.name, stages: Object.keys(loaded.spec.stages ?? {}), content: await currentContent(loaded), loaded };
}
