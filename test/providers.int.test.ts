import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerRegistry } from '../src/environment/providers.ts';
import type { ProviderName } from '../src/environment/environment-provider.ts';
import type { PilotReport } from '../src/report/pilot-report.ts';
import { runPilot } from '../src/run/run-pilot.ts';

const root = path.resolve(import.meta.dirname, '..');
const small = path.join(root, 'fixtures/pilots/workflow-app-small.ts');
const cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-providers-'));

/** Which providers can serve here; the others' tests skip, saying why. */
const registry = providerRegistry({});
const availability = Object.fromEntries(
  await Promise.all(
    (['embedded', 'local', 'testcontainers'] as const).map(async (name) => {
      const probe = await registry(name).probe({ role: 'source', engine: 'postgres' });
      if (!probe.available) console.log(`[skip] ${name} provider unavailable here: ${probe.reason}`);
      return [name, probe.available] as const;
    }),
  ),
) as Record<'embedded' | 'local' | 'testcontainers', boolean>;

/** Each parity check's fingerprints, by check id. */
const fingerprints = (report: PilotReport) => Object.fromEntries(report.checks.filter((c) => c.kind === 'parity').map((c) => [c.id, c.facts]));

const embeddedRun = availability.embedded ? runPilot(small, { provider: 'embedded', cacheDir }) : undefined;

describe('one scenario, unchanged, on every provider', () => {
  it('promotes on embedded, with a fingerprint per parity check', async ({ skip }) => {
    if (!availability.embedded) return skip('embedded is unavailable here');
    const report = (await embeddedRun)!;
    expect(report).toMatchObject({ verdict: 'promote', exitCode: 0 });
    const prints = fingerprints(report);
    expect(Object.keys(prints)).toHaveLength(7);
    for (const facts of Object.values(prints)) expect(facts).toMatchObject({ source: { count: expect.any(Number), hash: expect.any(String) } });
  });

  it.for(['local', 'testcontainers'] as const satisfies readonly ProviderName[])(
    'gives the same verdict and the same parity fingerprints on %s as on embedded',
    async (provider, { skip }) => {
      if (!availability[provider]) return skip(`${provider} is unavailable here (reason printed above)`);
      const report = await runPilot(small, { provider, cacheDir });
      expect(report.environments.map((e) => e.provider)).toEqual([provider, provider]);
      expect(report).toMatchObject({ verdict: 'promote', exitCode: 0 });
      expect(fingerprints(report)).toEqual(fingerprints((await embeddedRun)!));
    },
  );
});

describe('an engine-upgrade pilot', () => {
  it('moves PostgreSQL 15 to 18 by logical copy and passes with the same fingerprints', async ({ skip }) => {
    if (!availability.local && !availability.testcontainers) {
      return skip('neither local PostgreSQL 15 binaries nor Docker with postgres:15 here');
    }
    const report = await runPilot(path.join(root, 'fixtures/pilots/upgrade-small.ts'), { cacheDir });
    expect(report).toMatchObject({ verdict: 'promote', exitCode: 0, transfer: { method: 'logical' } });
    expect(report.environments.map((e) => e.serverVersion.split('.')[0])).toEqual(['15', '18']);
    expect(fingerprints(report)).toEqual(fingerprints((await embeddedRun)!));
  });
});
