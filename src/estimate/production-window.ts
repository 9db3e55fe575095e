import path from 'node:path';
import type { Migrator } from '../chain/migrator.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { displayFile } from '../scenario/format-scenario-issues.ts';
import { estimateProduction } from './estimate-production.ts';
import { formatRows } from './fit-step-cost.ts';
import { measurementKey } from './measurement-key.ts';
import { measurementStore } from './measurement-store.ts';
import { extrapolateFromEstimate, type ProductionExtrapolation, unavailableExtrapolation } from './production-extrapolation.ts';
import { productionProfile } from './production-profile.ts';
import { scalePlan } from './scale-plan.ts';
import { defaultTimeBase } from './scale-measurements.ts';

export interface ProductionWindowInput {
  scenario: LoadedScenario;
  /** The scenario as this run sees it (its stage applied). */
  spec: ScenarioSpec;
  stage: string | undefined;
  migrators: readonly Migrator[];
  /** The probe identities of the source and target providers, as `measureScales` keys them. */
  identities: readonly string[];
  /** The target's provider, which decides the time base (`defaultTimeBase`). */
  targetProvider: string;
  /** The run's cache; the measurements of `pilot estimate` are kept in its `estimates` folder. */
  cacheDir: string | undefined;
  /** Rows this run seeded, by table. */
  runRows: Record<string, number> | undefined;
}

/**
 * The cost model a dev-scale `pilot run` gates `budgets.production` with: the measurements
 * an earlier `pilot estimate` of the same chain, data, environments and machine kept (same
 * key as `measureScales`, with the scenario's own `estimate` settings), fitted and
 * extrapolated to the sizes of `estimate.production`. Measuring takes many runs, so a
 * pilot run never measures: without kept measurements the gate holds and says which
 * command measures them.
 *
 * @throws HarnessError `CONFIG_INVALID` when the scenario cannot be estimated (no data,
 *   an external source, bad scales), has no `estimate.production`, or budgets a step the
 *   chain does not have.
 */
export async function productionWindow(input: ProductionWindowInput): Promise<ProductionExtrapolation> {
  const { scenario, spec, cacheDir } = input;
  const plan = scalePlan(spec);
  if (!input.runRows) return unavailableExtrapolation('this run seeded no data, so there are no rows to extrapolate from.');
  if (!cacheDir) {
    return unavailableExtrapolation('this run keeps no cache (--no-cache), and the measurements of `pilot estimate` are kept in the cache.');
  }
  const key = await measurementKey({ scenario, spec, migrators: input.migrators, plan, identities: input.identities, timeBase: defaultTimeBase(input.targetProvider) });
  const store = measurementStore(path.join(cacheDir, 'estimates'));
  const measurements = await store.get(key);
  // Only with measurements to extrapolate: with `urlEnv`, reading the profile connects to production.
  if (!measurements) {
    const command = `pilot estimate ${displayFile(scenario.file)}${input.stage ? ` --stage ${input.stage}` : ''}`;
    return unavailableExtrapolation(
      `no estimate of this chain, data and environments on this machine is kept in ${store.dir}. ` +
        `Run \`${command}\` once (with the scenario's own estimate settings); later runs reuse its measurements until the chain or data changes.`,
    );
  }
  const profile = await productionProfile(scenario, spec);
  const estimate = estimateProduction(measurements, profile, { window: spec.budgets?.production, tolerances: spec.estimate?.tolerances });
  const rows = estimate.measuredRows;
  return extrapolateFromEstimate(
    estimate,
    input.runRows,
    `the estimate measured ${measurements.measuredAt} at ${rows.length} scales (${formatRows(rows[0]?.rows ?? 0)} to ${formatRows(rows.at(-1)?.rows ?? 0)} rows), production sizes from ${profile.source}`,
  );
}
