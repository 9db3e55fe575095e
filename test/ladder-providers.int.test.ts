import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerRegistry } from '../src/environment/providers.ts';
import type { HealthReport } from '../src/health/health-report.ts';
import { markdownReport } from '../src/report/markdown-report.ts';
import { runPilot } from '../src/run/run-pilot.ts';
import { loadScenario } from '../src/scenario/load-scenario.ts';

/*
 * The stage ladder on real servers, where the harness can see more than on the embedded
 * default: a native server's log and processes (local), a container's stats and log, and a
 * URL with a password for the user's own test commands (testcontainers).
 */

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'scenarios/identity-server.yaml');
const cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-ladder-providers-'));

const registry = providerRegistry({});
const unavailable = Object.fromEntries(
  await Promise.all(
    (['local', 'testcontainers'] as const).map(async (name) => {
      const probe = await registry(name).probe({ role: 'source', engine: 'postgres' });
      if (!probe.available) console.warn(`[skip] ${name} provider unavailable here: ${probe.reason}`);
      return [name, probe.available ? undefined : probe.reason] as const;
    }),
  ),
) as Record<'local' | 'testcontainers', string | undefined>;

describe('health during the chain, on a native server', () => {
  it('catches the ERROR a migrator made the server log (and swallowed), and a memory threshold, as health findings', async ({ skip }) => {
    if (unavailable.local) return skip(`local is unavailable here: ${unavailable.local}`);
    const report = await runPilot(path.join(root, 'fixtures/ladder/logs-an-error.ts'), { stage: 'dev', cacheDir });
    expect(report.environments.map((e) => e.provider)).toEqual(['local', 'local']);
    expect(report.chain!.steps.map((s) => `${s.id} ${s.status}`)).toEqual(['6.0.0 success', '6.1.0 success']);
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed.map((c) => c.id)).toEqual(['health']);
    const health = failed[0]!.facts!.health as HealthReport;
    expect(failed[0]!.findings).toEqual([
      expect.objectContaining({
        code: 'health.memory-exceeded',
        expected: 1_000_000,
        actual: health.peakMemoryBytes,
        message: expect.stringMatching(/^Peak memory during the chain was \d+\.\d MB, over the threshold of 1\.0 MB \(server processes\)\.$/),
      }),
      expect.objectContaining({
        code: 'health.log-errors',
        expected: 0,
        actual: 1,
        message: 'The server logged 1 error line during the chain, more than the 0 allowed.',
        details: [{ note: expect.stringMatching(/ERROR: {2}relation "um_user_attribute_legacy" does not exist/) }],
      }),
    ]);
    // Sampled from the postmaster and its backends, every 100ms while the chain ran.
    expect(health).toMatchObject({ seenAs: 'server processes', logs: { seenAs: 'server log' } });
    expect(health.samples.length).toBeGreaterThan(0);
    expect(health.peakMemoryBytes).toBeGreaterThan(1_000_000);
    expect(health.peakCpuPercent).toBeGreaterThanOrEqual(0);
    expect(markdownReport(report)).toMatch(/## Health during the chain\n\n- CPU and memory, seen as server processes: peak CPU [\d.]+% of a core, peak memory [\d.]+ MB over \d+ samples\.\n- Server log, seen as server log: 1 error lines in \d+ lines\./);
  });
});

describe('the user\'s own test commands, on a container', () => {
  it('run with the URL in their environment, their output in the verdict, the password never shown', async ({ skip }) => {
    if (unavailable.testcontainers) return skip(`testcontainers is unavailable here: ${unavailable.testcontainers}`);
    const sink = path.join(await mkdtemp(path.join(tmpdir(), 'pilot-password-sink-')), 'password');
    const loaded = await loadScenario(example);
    const withCommands = {
      ...loaded,
      spec: {
        ...loaded.spec,
        functional: [
          ...loaded.spec.functional,
          {
            name: 'claims readable with psql',
            // psql reads PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE; the sink lets the test know the password it must not find.
            command: `psql -Atc "select count(*) from idn_user_claim" && printf '%s' "$PGPASSWORD" > "$PASSWORD_SINK" && echo "connected to $DATABASE_URL as $PGUSER with password $PGPASSWORD"`,
            env: { PASSWORD_SINK: sink },
          },
          { name: 'no revoked consumer app', command: ['sh', '-c', 'echo "ck_003 is REVOKED at $PILOT_TARGET_URL" >&2; exit 3'] },
        ],
      },
    };
    const report = await runPilot(withCommands, { stage: 'dev', provider: 'testcontainers', cacheDir });
    const password = await readFile(sink, 'utf8');
    expect(password).toMatch(/^[0-9a-f]{24}$/);

    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(report.reasons).toEqual([
      expect.stringMatching(/^Check functional:no revoked consumer app failed: Test case "no revoked consumer app" failed \(exit code 3\): ck_003 is REVOKED at postgres:\/\/pilot:\*\*\*@[\w.-]+:\d+\/pilot$/),
    ]);
    const passed = report.checks.find((c) => c.id === 'functional:claims readable with psql')!;
    expect(passed.status).toBe('passed');
    expect(passed.facts).toMatchObject({
      exitCode: 0,
      output: expect.stringMatching(/^\d+\nconnected to postgres:\/\/pilot:\*\*\*@[\w.-]+:\d+\/pilot as pilot with password \*\*\*$/),
    });
    const claims = Number((passed.facts!.output as string).split('\n')[0]);
    expect(claims).toBeGreaterThan(500);

    // The container's own view of its health, and its log.
    const health = report.checks.find((c) => c.id === 'health')!.facts!.health as HealthReport;
    expect(health).toMatchObject({ seenAs: 'container', logs: { seenAs: 'container log', errors: [] } });
    expect(health.samples.length).toBeGreaterThan(0);

    for (const text of [JSON.stringify(report), markdownReport(report)]) expect(text).not.toContain(password);
  });
});
