import { HarnessError } from '../errors/harness-error.ts';
import { didYouMeanHint } from '../util/did-you-mean.ts';
import type { MongoScenario } from './mongo-scenario.ts';

/**
 * The scenario as a stage runs it: every environment's scale multiplied by the stage's,
 * and its seed when it names one. Without a stage, the scenario unchanged.
 *
 * @throws HarnessError `CONFIG_INVALID` for a stage the scenario does not declare, naming those it does.
 */
export function applyMongoStage(scenario: MongoScenario, stage: string | undefined): MongoScenario {
  if (stage === undefined) return scenario;
  const declared = Object.keys(scenario.stages ?? {});
  const settings = scenario.stages?.[stage];
  if (!settings) {
    throw new HarnessError('CONFIG_INVALID', `The Mongo scenario ${scenario.name} declares no stage ${JSON.stringify(stage)}.`, {
      path: ['stages', stage],
      hint: declared.length > 0 ? `${didYouMeanHint(stage, declared)} Declared: ${declared.join(', ')}.`.trim() : 'Declare it under stages: { dev: { scale: 0.1 } } in the scenario module.',
    });
  }
  const scale = settings.scale ?? 1;
  return {
    ...scenario,
    environments: scenario.environments.map((env) => ({ ...env, scale: env.scale * scale })),
    data: { ...scenario.data, seed: settings.seed ?? scenario.data.seed },
  };
}
