import type { MigrationDatabase } from '../chain/migrator.ts';

/**
 * What a functional test module gets: the migrated database (raw SQL, as migrators get
 * it), its URL when it has one, and the environment the test would have as a command.
 *
 * @example
 * // scenarios/identity-server/tests/login-still-works.ts
 * import { defineFunctionalTest } from 'migration-pilot';
 * export default defineFunctionalTest(async ({ db }) => {
 *   const { rows } = await db.query<{ n: string }>(`select count(*)::text as n from um_user`);
 *   if (rows[0]!.n === '0') throw new Error('no user can log in: um_user is empty');
 * });
 */
export interface FunctionalTestContext {
  db: MigrationDatabase;
  /** The migrated database's URL (with its password); absent for an embedded target. Never log it. */
  url: string | undefined;
  /** `PILOT_*` variables: the scenario, the stage, the migrated config folder. */
  env: Readonly<Record<string, string>>;
  /** Aborted when the test's time is up. */
  signal: AbortSignal;
}

export type FunctionalTestFunction = (context: FunctionalTestContext) => Promise<void> | void;

/** Types a functional test module's default export; returns it unchanged. */
export function defineFunctionalTest(test: FunctionalTestFunction): FunctionalTestFunction {
  return test;
}
