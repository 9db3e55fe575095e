import type { ScenarioInput } from './scenario-schema.ts';

/**
 * Types a scenario written in TypeScript; returns it unchanged. `loadScenario` validates
 * it with the same schema as a YAML scenario, so both give the same `ScenarioSpec`.
 *
 * @example
 * // scenarios/workflow-app.ts
 * import { defineScenario } from 'migration-pilot';
 *
 * export default defineScenario({
 *   name: 'workflow-app',
 *   source: { version: '1.0.0', schema: ['workflow-app/schema/1.0.0.sql'] },
 *   target: { version: '2.0.0' },
 *   chain: { migrators: ['workflow-app/migrations'], mandatory: ['2.0.0'] },
 *   data: {
 *     seed: 42,
 *     tables: {
 *       dir_user: { rows: 5000, columns: { id: { template: 'u{n:6}' }, email: { faker: 'internet.email', nullRatio: 0.02 } } },
 *     },
 *   },
 *   checks: { parity: [{ table: 'dir_user' }] },
 * });
 */
export function defineScenario(scenario: ScenarioInput): ScenarioInput {
  return scenario;
}
