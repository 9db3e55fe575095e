import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { stageLineage } from './stage-overrides.ts';

/**
 * Where a field of the effective spec was written: under the nearest stage (of the chosen
 * stage's lineage) that sets it, else at the top level. Errors about a stage's dump then
 * point at `stages.pre-prod.dump…` in the file.
 *
 * @example
 * stageFieldPath(loaded.spec, 'pre-prod', 'dump'); // ['stages', 'pre-prod', 'dump']
 */
export function stageFieldPath(spec: ScenarioSpec, stage: string | undefined, field: 'dump' | 'tasks' | 'functional' | 'health' | 'revert'): (string | number)[] {
  if (stage !== undefined) {
    for (const [name, declared] of stageLineage(spec, stage).reverse()) {
      if (declared[field] !== undefined) return ['stages', name, field];
    }
  }
  return [field];
}
