import { HarnessError } from '../errors/harness-error.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { didYouMeanHint } from '../util/did-you-mean.ts';
import { applyStageOverrides, stageLineage } from '../stages/stage-overrides.ts';

/**
 * The scenario as a stage sees it: the stage's scale, seed, budgets, data, providers,
 * checks, tasks, functional tests, health and revert settings over the scenario's own
 * (through the stages it extends). Without `stage`, the scenario as written.
 */
export function applyStage(spec: ScenarioSpec, stage: string | undefined): ScenarioSpec {
  if (stage === undefined) return spec;
  const stages = spec.stages ?? {};
  const chosen = stages[stage];
  if (!chosen) {
    const names = Object.keys(stages);
    const suggestion = didYouMeanHint(stage, names);
    throw new HarnessError(
      'CONFIG_INVALID',
      names.length === 0
        ? `Stage ${JSON.stringify(stage)} is not declared: the scenario has no "stages" section.`
        : `Stage ${JSON.stringify(stage)} is not declared in the scenario.${suggestion ? ` ${suggestion}` : ''}`,
      {
        path: ['stages'],
        hint: names.length === 0 ? 'Run without --stage, or add a "stages" section.' : `Declared stages: ${names.join(', ')}.`,
      },
    );
  }
  // A stage that extends another starts from that one's result (stage-overrides.ts).
  return stageLineage(spec, stage).reduce((applied, [, declared]) => applyStageOverrides(applied, declared), spec);
}
