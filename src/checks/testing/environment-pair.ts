import type { StoreFingerprint } from '../../engines/engine.ts';
import type { PostgresEngine } from '../../engines/postgres/postgres-engine.ts';
import { embeddedProvider } from '../../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../../environment/environment-provider.ts';
import type { ChainResult } from '../../chain/chain-result.ts';
import type { CheckContext } from '../check.ts';
import { chainResultOf } from './chain-result-of.ts';

/** A source and a target environment for check tests, and a context over them. */
export interface EnvironmentPair extends AsyncDisposable {
  source: PostgresEngine;
  target: PostgresEngine;
  /** Runs the same SQL on both sides (the tables each test creates for itself). */
  both(sql: string): Promise<void>;
  context(run?: { chain?: ChainResult; harnessTables?: string[]; sourceFingerprint?: StoreFingerprint }): CheckContext;
}

/**
 * Starts two embedded PostgreSQL environments; the second starts from the first's
 * initialised data dir, so the pair costs about one cold start. Share one pair per test
 * file (`beforeAll`) and give each test its own tables.
 */
export async function startEnvironmentPair(): Promise<EnvironmentPair> {
  const provider = embeddedProvider({ cache: memorySnapshotCache() });
  const environments: StartedEnvironment[] = [];
  try {
    environments.push(await provider.start({ role: 'source', engine: 'postgres' }));
    environments.push(await provider.start({ role: 'target', engine: 'postgres' }));
  } catch (error) {
    await Promise.all(environments.map((e) => e.stop()));
    throw error;
  }
  const [source, target] = environments as [StartedEnvironment, StartedEnvironment];
  return {
    source: source.engine,
    target: target.engine,
    async both(sql) {
      await source.engine.session.exec(sql);
      await target.engine.session.exec(sql);
    },
    context: (run = {}) => ({
      source: source.engine,
      target: target.engine,
      run: { chain: run.chain ?? chainResultOf([]), harnessTables: run.harnessTables ?? [], sourceFingerprint: run.sourceFingerprint },
    }),
    async [Symbol.asyncDispose]() {
      await Promise.all([source.stop(), target.stop()]);
    },
  };
}
