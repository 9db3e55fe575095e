import { HarnessError } from '../errors/harness-error.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { didYouMeanHint } from '../util/did-you-mean.ts';

/**
 * The scenario as a stage sees it: the stage's scale, seed and budgets over the
 * scenario's own. Without `stage`, the scenario as written.
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
  return {
    ...spec,
    data: spec.data && {
      ...spec.data,
      scale: chosen.scale ?? spec.data.scale,
      seed: chosen.seed ?? spec.data.seed,
    },
    budgets: chosen.budgets ? { ...spec.budgets, ...chosen.budgets, steps: { ...spec.budgets?.steps, ...chosen.budgets.steps } } : spec.budgets,
  };
}
