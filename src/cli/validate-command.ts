import path from 'node:path';
import { planChain } from '../chain/plan-chain.ts';
import { checkMongoScenario } from '../mongo/check-mongo-scenario.ts';
import { loadMongoScenarioFile } from '../mongo/mongo-run-command.ts';
import { loadMigrators } from '../chain/load-migrators.ts';
import { isHarnessError } from '../errors/harness-error.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import { compileDataset } from '../seed/seed-dataset.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import { formatError } from './format-error.ts';
import type { CliIo } from './main.ts';

/**
 * Validates scenario files without starting a database: the spec, its data generators,
 * its migrators and the chain plan from the source version to the target version.
 * Exit code 64 when a file is invalid, 1 when a chain would be refused, else 0.
 */
export async function validateCommand(files: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  for (const file of files) {
    let loaded: LoadedScenario | undefined;
    try {
      // A Mongo scenario module (defineMongoScenario): its definition, migrators and plan.
      const mongo = await loadMongoScenarioFile(file);
      if (mongo) {
        const { migrators, plan } = await checkMongoScenario(mongo, file, path.dirname(path.resolve(file)));
        if (!plan.ok) {
          io.err(`${file}: the chain would be refused`);
          for (const refusal of plan.refusal) io.err(`  ${refusal.code}: ${refusal.message}`);
          exitCode = Math.max(exitCode, 1);
          continue;
        }
        io.out(`${file}: valid MongoDB scenario (${mongo.environments.length} environments, ${migrators.length} migrators, plan ${mongo.source.version} → ${mongo.target.version} in ${plan.steps.length} steps)`);
        continue;
      }
      loaded = await loadScenario(file);
      const { spec, dir } = loaded;
      if (spec.data) compileDataset(spec.data);
      const migrators = await loadMigrators(spec.chain.migrators, dir);
      const plan = planChain(migrators, { from: spec.source.version, to: spec.target.version, mandatory: spec.chain.mandatory });
      if (!plan.ok) {
        io.err(`${file}: the chain would be refused`);
        for (const refusal of plan.refusal) io.err(`  ${refusal.code}: ${refusal.message}`);
        exitCode = Math.max(exitCode, 1);
        continue;
      }
      io.out(`${file}: valid (${migrators.length} migrators, plan ${spec.source.version} → ${spec.target.version} in ${plan.steps.length} steps)`);
    } catch (error) {
      io.err(`${file}: ${formatError(error, loaded)}`);
      exitCode = Math.max(exitCode, isHarnessError(error) ? error.exitCode : 2);
    }
  }
  return exitCode;
}
