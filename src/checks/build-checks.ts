import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import type { Check } from './check.ts';
import { buildProcessChecks } from './build-process-checks.ts';
import { invariant } from './invariant.ts';
import { rowParity } from './row-parity.ts';
import { schemaExpectations } from './schema-expectations.ts';
import { sourceUnchanged } from './source-unchanged.ts';
import { timingBudget } from './timing-budget.ts';
import type { ProductionExtrapolation } from '../estimate/production-extrapolation.ts';

/**
 * The checks a scenario asks for, in the order they run: schema first (cheap, and it
 * explains parity findings), then parity rules, invariants, timing budgets (with the
 * production window extrapolated by `production`, when given), and last the
 * proof that the source is unchanged (after every other check has read it). Ids are made
 * unique (`parity:dir_user`, `parity:dir_user#2`) so results can be told apart.
 *
 * @example
 * const checks = buildChecks(scenario.checks, scenario.budgets);
 * const results = await runChecks(checks, { source, target, run });
 */
export function buildChecks(checks: ScenarioSpec['checks'], budgets: ScenarioSpec['budgets'], production?: ProductionExtrapolation): Check[] {
  const built: Check[] = [];
  if (checks.schema.forbid.length > 0 || checks.schema.expect.length > 0) built.push(schemaExpectations(checks.schema));
  checks.parity.forEach((rule, index) => built.push(rowParity(rule, { index })));
  checks.invariants.forEach((inv, index) => built.push(invariant(inv, { index })));
  built.push(...buildProcessChecks(checks));
  if (budgets && (budgets.total !== undefined || Object.keys(budgets.steps ?? {}).length > 0 || budgets.production)) built.push(timingBudget(budgets, production));
  if (checks.sourceUnchanged) built.push(sourceUnchanged());
  const seen = new Map<string, number>();
  return built.map((check) => {
    const n = (seen.get(check.id) ?? 0) + 1;
    seen.set(check.id, n);
    return n === 1 ? check : withId(check, `${check.id}#${n}`);
  });
}

/** The same check under another id; its findings follow. */
function withId(check: Check, id: string): Check {
  return {
    ...check,
    id,
    run: async (context) => (await check.run(context)).map((finding) => ({ ...finding, check: id })),
  };
}
