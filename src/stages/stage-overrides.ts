import type { ScenarioSpec } from '../scenario/scenario-schema.ts';

/** One declared stage, as the scenario holds it. */
export type StageSpec = NonNullable<ScenarioSpec['stages']>[string];

/**
 * The stages a stage is built from, base first: the stage it extends (and that one's), then
 * itself. The schema has already refused unknown names and circles.
 *
 * @example
 * stageLineage(spec, 'staging'); // [['dev', {…}], ['test', {…}], ['staging', {…}]]
 */
export function stageLineage(spec: ScenarioSpec, stage: string): [string, StageSpec][] {
  const stages = spec.stages ?? {};
  const lineage: [string, StageSpec][] = [];
  for (let at: string | undefined = stage; at !== undefined && stages[at] && !lineage.some(([name]) => name === at); at = stages[at]!.extends) {
    lineage.unshift([at, stages[at]!]);
  }
  return lineage;
}

/**
 * The scenario with one stage's settings applied over it: its scale, seed and budgets; its
 * data (a dump replaces generated data and schema files, an external source takes all away); its provider
 * and environment overrides; its checks and functional tests added to the scenario's; its
 * tasks, health settings and revert rehearsal in place of the scenario's.
 */
export function applyStageOverrides(spec: ScenarioSpec, stage: StageSpec): ScenarioSpec {
  let data = spec.data && { ...spec.data, scale: stage.scale ?? spec.data.scale, seed: stage.seed ?? spec.data.seed };
  let dump = spec.dump;
  const source = { ...spec.source, ...definedOnly(stage.source ?? {}) } as ScenarioSpec['source'];
  if (stage.dump) {
    // A dump brings its schema (and history) with its rows: it replaces both.
    dump = stage.dump;
    data = undefined;
    source.schema = [];
  }
  const target = { ...spec.target, ...definedOnly(stage.target ?? {}) } as ScenarioSpec['target'];
  if (stage.provider !== undefined) {
    if (source.provider !== 'external') source.provider = stage.provider as ScenarioSpec['source']['provider'];
    if (target.provider !== 'external') target.provider = stage.provider as ScenarioSpec['target']['provider'];
  }
  if (source.provider === 'external') {
    // The harness never writes to an external source: nothing to seed, restore or create there.
    data = undefined;
    dump = undefined;
    source.schema = [];
  }
  const checks = stage.checks
    ? {
        ...spec.checks,
        parity: [...spec.checks.parity, ...(stage.checks.parity ?? [])],
        invariants: [...spec.checks.invariants, ...(stage.checks.invariants ?? [])],
        schema: {
          forbid: stage.checks.schema?.forbid ?? spec.checks.schema.forbid,
          expect: [...spec.checks.schema.expect, ...(stage.checks.schema?.expect ?? [])],
        },
        sourceUnchanged: stage.checks.sourceUnchanged ?? spec.checks.sourceUnchanged,
      }
    : spec.checks;
  return {
    ...spec,
    source,
    target,
    data,
    dump,
    checks,
    budgets: stage.budgets ? { ...spec.budgets, ...stage.budgets, steps: { ...spec.budgets?.steps, ...stage.budgets.steps } } : spec.budgets,
    tasks: stage.tasks ?? spec.tasks,
    functional: [...spec.functional, ...(stage.functional ?? [])],
    health: stage.health ?? spec.health,
    revert: stage.revert ?? spec.revert,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
