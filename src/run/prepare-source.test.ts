import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnvironmentProvider } from '../environment/environment-provider.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import { applyStage } from './apply-stage.ts';
import { prepareSource } from './prepare-source.ts';

describe('prepareSource', () => {
  it('refuses to restore a dump into an external source, at the dump, before anything starts', async () => {
    const loaded = await loadScenario(path.resolve(import.meta.dirname, '../../scenarios/identity-server.yaml'));
    const spec = applyStage(loaded.spec, 'pre-prod');
    expect(spec.dump).toBeDefined();
    let started = 0;
    const error = await prepareSource({
      scenario: loaded,
      spec,
      dataset: undefined,
      // Only its name matters here: nothing may be started.
      provider: { name: 'external' } as EnvironmentProvider,
      identity: 'external',
      phases: undefined as never,
      start: async () => {
        started += 1;
        throw new Error('started');
      },
      log: () => undefined,
      clock: { now: () => 0 } as never,
      dumpPath: ['stages', 'pre-prod', 'dump'],
    }).catch((e: unknown) => e);
    expect(started).toBe(0);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      path: ['stages', 'pre-prod', 'dump'],
      message: `The dump ${spec.dump!.file} cannot be restored: the source is external (a database the harness only reads), chosen by --provider, PILOT_PROVIDER or the scenario.`,
    });
  });
});
