import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type ProviderName, type SnapshotCache, type StartedEnvironment } from '../src/environment/environment-provider.ts';
import { writeReports } from '../src/report/write-reports.ts';
import { runPilot } from '../src/run/run-pilot.ts';
import { loadScenario } from '../src/scenario/load-scenario.ts';
import { normalizeDurations, normalizeReport } from './support/normalize-report.ts';
import { seededSource } from './support/seeded-fixture.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixture = (name: string) => path.join(root, 'fixtures/broken', name);

// The broken fixtures share the example's data at 1/20 scale, so one cache seeds it once.
const cache: SnapshotCache = memorySnapshotCache();
const embedded = embeddedProvider({ cache });
const providers = (name: ProviderName) => (name === 'embedded' ? embedded : expect.fail(`these tests run embedded only, not ${name}`));
let expected: StartedEnvironment;

beforeAll(async () => {
  expected = await seededSource(fixture('drops-rows.ts'), cache);
});
afterAll(async () => {
  await expected?.stop();
});

const query = async (sql: string) => (await expected.engine.queryText(sql)).rows;
const scalar = async (sql: string) => Number((await query(sql))[0]![0]);

describe('broken fixtures are caught with the exact finding', () => {
  it('a migrator that drops rows: parity names every missing key, and nothing else', async () => {
    const report = await runPilot(fixture('drops-rows.ts'), { providers });
    const missing = (
      await query(`select u.id from app_formuploads u join app_fd_leave_request r on r.id = u.record_id where r.c_status = 'cancelled'`)
    ).map(([id]) => id!);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThanOrEqual(50);

    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed.map((c) => c.id)).toEqual(['parity:app_formuploads']);
    const [finding] = failed[0]!.findings;
    expect(finding).toMatchObject({
      code: 'parity.missing-rows',
      path: 'app_formuploads',
      message: `${missing.length} of 500 source rows are missing in the target.`,
      expected: 500,
      actual: 500 - missing.length,
    });
    expect(finding!.keys!.toSorted()).toEqual(missing.toSorted());
    expect(failed[0]!.findings).toHaveLength(1);
  });

  it('a migrator that changes a column type and truncates: the type change and every cut row', async () => {
    const report = await runPilot(fixture('changes-type.ts'), { providers });
    const cut = await scalar(`select count(*) from app_fd_leave_request where length(c_reason) > 100`);
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const findings = report.checks.flatMap((c) => c.findings);
    expect(findings.map((f) => f.code)).toEqual(['schema.column-type-changed', 'parity.changed-rows']);
    expect(findings[0]).toMatchObject({ path: 'app_fd_leave_request.c_reason', expected: 'text', actual: 'character varying(100)' });
    expect(findings[1]).toMatchObject({ path: 'app_fd_leave_request', truncated: cut });
    expect(findings[1]!.message).toBe(`${cut} of 2500 source rows differ in the target: "c_reason" changed in the first 5.`);
    const detail = findings[1]!.details![0]!;
    expect(detail.column).toBe('c_reason');
    expect(String(detail.actual)).toBe(String(detail.expected).slice(0, 100));
  });

  it('a chain that skips the mandatory version is refused before anything runs', async () => {
    const report = await runPilot(fixture('skips-mandatory.ts'), { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(report.chain!.refusal).toEqual([
      {
        code: 'chain.mandatory-skipped',
        message: expect.stringMatching(/^Migrator 1\.2\.0 → 2\.1\.0 \(migrations\/skips-mandatory\/1\.2\.0-2\.1\.0\.upload-storage-path\.sql\) jumps over the mandatory version 2\.0\.0/),
        files: ['migrations/skips-mandatory/1.2.0-2.1.0.upload-storage-path.sql'],
      },
    ]);
    expect(report.chain!.steps.every((s) => s.status === 'not-executed')).toBe(true);
    expect(report.chain!.reachedVersion).toBe('1.0.0');
    // Only the source's integrity is checked after a refused chain.
    expect(report.checks.map((c) => `${c.id} ${c.status}`)).toEqual(['source-unchanged passed']);
  });

  it('an applied migrator edited afterwards is refused with both checksums, before anything runs', async () => {
    const report = await runPilot(fixture('edited-migrator.ts'), { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(report.chain!.refusal).toHaveLength(1);
    expect(report.chain!.refusal[0]!.code).toBe('chain.checksum-mismatch');
    expect(report.chain!.refusal[0]!.message).toMatch(
      /^Migrator 1\.1\.0 \(\.\.\/\.\.\/scenarios\/workflow-app\/migrations\/1\.0\.0-1\.1\.0\.add-priority\.sql\) was applied with checksum sha256:99bb40039c6a… but the file now has sha256:[0-9a-f]{12}…\./,
    );
    expect(report.chain!.fromVersion).toBe('1.1.0');
    expect(report.chain!.reachedVersion).toBe('1.1.0');
    expect(report.chain!.steps.map((s) => s.status)).toEqual(['not-executed', 'not-executed']);
  });

  it('a source whose own history disagrees with source.version is a configuration error, never a promotion', async () => {
    const loaded = await loadScenario(fixture('edited-migrator.ts'));
    const stale = { ...loaded, spec: { ...loaded.spec, source: { ...loaded.spec.source, version: '1.0.0' } } };
    const report = await runPilot(stale, { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 64, chain: undefined, checks: [] });
    expect(report.error).toMatchObject({
      code: 'CONFIG_INVALID',
      message: "The source's schema history (pilot_schema_history) says it is at 1.1.0, but source.version is 1.0.0.",
      path: 'source.version',
    });
  });

  it('a trigger that discards rows while seeding is SEED_SHORT (exit code 2), never a parity finding', async () => {
    const report = await runPilot(fixture('short-seed.ts'), { providers });
    const kept = await scalar(`select count(*) from app_formuploads where right(id, 1) <> '0'`);
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 2, checks: [], chain: undefined });
    expect(report.error).toMatchObject({
      code: 'SEED_SHORT',
      message: `Seeding "app_formuploads" loaded ${kept} rows, expected 500.`,
      path: 'data.tables.app_formuploads.rows',
    });
    expect(report.phases.map((p) => `${p.phase} ${p.status}`)).toEqual(['load success', 'start-source success', 'seed error', 'teardown success']);
  });
});

describe('runPilot', () => {
  it('runs the chain in place, compared with a before-snapshot, and still names every missing key', async () => {
    const loaded = await loadScenario(fixture('drops-rows.ts'));
    const inPlace = { ...loaded, spec: { ...loaded.spec, mode: 'in-place' as const } };
    const report = await runPilot(inPlace, { providers });
    const missing = (
      await query(`select u.id from app_formuploads u join app_fd_leave_request r on r.id = u.record_id where r.c_status = 'cancelled'`)
    ).map(([id]) => id!);
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(report.environments.map((e) => e.role)).toEqual(['source', 'before']);
    expect(report.data!.fromCache).toBe(true);
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed.map((c) => c.id)).toEqual(['parity:app_formuploads']);
    expect(failed[0]!.findings[0]!.keys!.toSorted()).toEqual(missing.toSorted());
    // The source is the migrated environment here: nothing to prove unchanged, so no such check.
    expect(report.checks.some((c) => c.kind === 'source-unchanged')).toBe(false);
  });

  it('gives the same report twice for the same scenario and seed, apart from timings', async () => {
    const first = await runPilot(fixture('drops-rows.ts'), { cacheDir: false });
    const second = await runPilot(fixture('drops-rows.ts'), { cacheDir: false });
    expect(first.data!.fromCache).toBe(false);
    expect(normalizeReport(second)).toEqual(normalizeReport(first));
  });

  it('keeps passwords out of every report and log line, even when a failing migrator quotes them', async () => {
    const lines: string[] = [];
    const report = await runPilot(fixture('leaks-secret.ts'), { providers, log: (line) => lines.push(line) });
    expect(report.chain!.steps.map((s) => s.status)).toEqual(['success', 'error', 'not-executed']);
    expect(report.chain!.steps[1]!.error!.message).toContain("password '***' connection limitt 5");
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-secret-'));
    const written = await writeReports(report, out);
    const texts = await Promise.all([written.json, written.markdown, written.junit].map((file) => readFile(file, 'utf8')));
    for (const text of [...texts, lines.join('\n')]) {
      expect(text).toContain('postgres://ledger:***@ledger.internal:5432/ledger');
      expect(text).not.toContain('Tr0ub4dor');
      expect(text).not.toContain('Sup3rS3cret');
    }
  });

  it('stops at the next phase when aborted and still tears everything down', async () => {
    const controller = new AbortController();
    const report = await runPilot(fixture('drops-rows.ts'), {
      providers,
      signal: controller.signal,
      log: (line) => {
        if (line.startsWith('source:')) controller.abort();
      },
    });
    expect(report).toMatchObject({ exitCode: 2, verdict: 'hold', error: { code: 'INTERRUPTED' } });
    expect(report.phases.at(-1)).toMatchObject({ phase: 'teardown', status: 'success' });
  });

  it('renders the Markdown summary of a failed run', async () => {
    const report = await runPilot(fixture('skips-mandatory.ts'), { providers });
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-md-'));
    const markdown = normalizeDurations(await readFile((await writeReports(report, out)).markdown, 'utf8'));
    expect(markdown.split('\n## Checks')[0]).toMatchInlineSnapshot(`
      "# Pilot broken-skips-mandatory: HOLD

      1.0.0 → 2.1.0, copy mode, <t> (exit code 1). Scenario: \`fixtures/broken/skips-mandatory.ts\`.

      ## Why it holds

      - The chain was refused: Migrator 1.2.0 → 2.1.0 (migrations/skips-mandatory/1.2.0-2.1.0.upload-storage-path.sql) jumps over the mandatory version 2.0.0, so it cannot be used: an upgrade from 1.0.0 to 2.1.0 must stop at 2.0.0. Split it into 1.2.0 → 2.0.0 and 2.0.0 → 2.1.0.

      ## Environments

      - **source**: embedded PGlite 0.5.16 (PostgreSQL 18.6) (embedded, as asked)
        - set for the rehearsal: durability: relaxed (PGlite relaxedDurability: writes are not flushed to disk); storage: in memory
      - **target**: embedded PGlite 0.5.16 (PostgreSQL 18.6) (embedded, as asked)
        - set for the rehearsal: durability: relaxed (PGlite relaxedDurability: writes are not flushed to disk); storage: in memory

      Data reached the target by **snapshot** (copy: auto, and both sides run the same engine on the same provider), <t>.

      ## Chain 1.0.0 → 2.1.0

      - Refused (\`chain.mandatory-skipped\`): Migrator 1.2.0 → 2.1.0 (migrations/skips-mandatory/1.2.0-2.1.0.upload-storage-path.sql) jumps over the mandatory version 2.0.0, so it cannot be used: an upgrade from 1.0.0 to 2.1.0 must stop at 2.0.0. Split it into 1.2.0 → 2.0.0 and 2.0.0 → 2.1.0.

      Total <t>; reached 1.0.0.
      "
    `);
  });
});
