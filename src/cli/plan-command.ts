import path from 'node:path';
import { loadMigrators } from '../chain/load-migrators.ts';
import { checkMongoScenario } from '../mongo/check-mongo-scenario.ts';
import { loadMongoScenarioFile } from '../mongo/mongo-run-command.ts';
import { planChain } from '../chain/plan-chain.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import type { CliIo } from './main.ts';

/** Prints the steps the chain would run, or why it would be refused (exit code 1). */
export async function planCommand(file: string, options: { from?: string }, io: CliIo): Promise<number> {
  const mongo = await loadMongoScenarioFile(file);
  // A Mongo scenario: the same planner; each app database (environment) runs this chain.
  const { spec, plan } = mongo
    ? { spec: mongo, plan: (await checkMongoScenario(mongo, file, path.dirname(path.resolve(file)), options.from)).plan }
    : await (async () => {
        const { spec, dir } = await loadScenario(file);
        const migrators = await loadMigrators(spec.chain.migrators, dir);
        return { spec, plan: planChain(migrators, { from: options.from ?? spec.source.version, to: spec.target.version, mandatory: spec.chain.mandatory }) };
      })();
  const from = options.from ?? spec.source.version;
  if (!plan.ok) {
    io.err(`The chain ${from} → ${spec.target.version} would be refused:`);
    for (const refusal of plan.refusal) io.err(`  ${refusal.code}: ${refusal.message}`);
    return 1;
  }
  io.out(`Chain ${from} → ${spec.target.version}${spec.chain.mandatory.length ? ` (mandatory: ${spec.chain.mandatory.join(', ')})` : ''}:`);
  for (const step of plan.steps) {
    const flags = [mongo ? 'mongo module' : step.kind, step.transaction ? 'in a transaction' : 'no transaction'].join(', ');
    io.out(`  ${step.from} → ${step.to}  ${step.description}  (${step.relativeFile}; ${flags}; sha256 ${step.checksum.slice(0, 12)}…)`);
  }
  if (plan.steps.length === 0) io.out('  nothing to run: the source is already at the target version');
  if (mongo) io.out(`Runs on each app database: ${mongo.environments.map((env) => `${env.name} (${env.database})`).join(', ')}.`);
  return 0;
}
