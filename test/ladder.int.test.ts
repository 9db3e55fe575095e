import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type ProviderName } from '../src/environment/environment-provider.ts';
import { readLedger } from '../src/ledger/ledger-file.ts';
import { recordRun } from '../src/ledger/record-run.ts';
import { markdownReport } from '../src/report/markdown-report.ts';
import type { PilotReport } from '../src/report/pilot-report.ts';
import { runPilot } from '../src/run/run-pilot.ts';
import { loadScenario } from '../src/scenario/load-scenario.ts';

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'scenarios/identity-server.yaml');
const ladderFixture = (name: string) => path.join(root, 'fixtures/ladder', name);

const embedded = embeddedProvider({ cache: memorySnapshotCache() });
const providers = (name: ProviderName) => (name === 'embedded' ? embedded : expect.fail(`these tests run embedded only, not ${name}`));

/** The CLI in this process, its output kept. */
async function pilot(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const statuses = (report: PilotReport) => report.checks.map((c) => `${c.id} ${c.status}`);

let dir: string;
let ledger: string;
let dev: PilotReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pilot-ladder-'));
  ledger = path.join(dir, 'ledger.jsonl');
  dev = await runPilot(example, { stage: 'dev', providers });
  await recordRun(dev, ledger);
});

describe('the identity-server ladder, dev → pre-prod', () => {
  it('dev passes: config first, cleanup on the copy, the chain, every check, the user\'s test, health and the revert rehearsal', () => {
    expect(dev.reasons).toEqual([]);
    expect(dev).toMatchObject({ verdict: 'promote', exitCode: 0 });
    expect(statuses(dev)).toEqual([
      'schema passed',
      'parity:um_user passed',
      'parity:idn_oauth_consumer_apps passed',
      'parity:active tokens passed',
      'parity:live sessions passed',
      'invariant:a claim for every e-mail address and display name passed',
      'invariant:no claim without its user passed',
      'budget passed',
      'source-unchanged passed',
      'config passed',
      'tasks passed',
      'functional:tokens resolve to users with claims passed',
      'health passed',
      'revert passed',
    ]);
    expect(dev.config!.steps.map((s) => `${s.id} ${s.status}`)).toEqual(['deployment.toml@6.0.0 success']);
    expect(dev.config!.files[0]!.text).toContain('type = "postgresql"');
    // The cleanup deleted rows on the copy, timed like a step; source-unchanged (fingerprinted before the tasks) proves the source kept them.
    expect(dev.tasks).toEqual([
      {
        name: 'token and session cleanup',
        file: 'identity-server/tasks/cleanup-tokens-and-sessions.sql',
        status: 'success',
        durationMs: expect.any(Number),
        budgetMs: 60_000,
        rowsChanged: { idn_oauth2_access_token: expect.any(Number), idn_auth_session_store: expect.any(Number) },
      },
    ]);
    const { rowsChanged, durationMs } = dev.tasks![0]!;
    expect(durationMs).toBeGreaterThan(0);
    expect(dev.phases.find((p) => p.phase === 'tasks')!.durationMs).toBeGreaterThanOrEqual(durationMs);
    const seeded = (table: string) => dev.data!.tables.find((t) => t.table === table)!.rows;
    expect(seeded('idn_oauth2_access_token')).toBe(2500);
    expect(rowsChanged!.idn_oauth2_access_token).toBeLessThan(0);
    expect(rowsChanged!.idn_auth_session_store).toBeLessThan(0);
    // What the cleanup kept on the copy is exactly what the parity query selects from the untouched source.
    const kept = seeded('idn_oauth2_access_token') + rowsChanged!.idn_oauth2_access_token!;
    expect(dev.checks.find((c) => c.id === 'parity:active tokens')!.facts).toMatchObject({ source: { count: kept }, target: { count: kept } });
    expect(markdownReport(dev)).toMatch(
      /## Pre-migration tasks \(on the copy\)\n\n\| task \| status \| rows changed \| time \| budget \|\n\|---\|---\|---\|---:\|---:\|\n\| token and session cleanup \| success \| idn_auth_session_store -[\d,]+, idn_oauth2_access_token -[\d,]+ \| [\d.]+ m?s \| 1 min \|/,
    );
    expect(dev.phases.map((p) => p.phase)).toEqual(['load', 'start-source', 'seed', 'snapshot', 'start-target', 'config', 'tasks', 'chain', 'checks', 'teardown']);
    expect(dev.checks.find((c) => c.id === 'revert')!.facts).toMatchObject({
      method: 'down',
      steps: [
        { id: '6.1.0', status: 'restored' },
        { id: '6.0.0', status: 'restored' },
      ],
      provedOn: 'a new environment started from a snapshot of the reverted target',
    });
    expect(dev.content!.migrators.map((m) => `${m.kind} ${m.step}`)).toEqual(['sql 5.11.0 → 6.0.0', 'module 6.0.0 → 6.1.0', 'config 5.11.0 → 6.0.0']);
  });

  it('promotion to pre-prod succeeds on the passing dev run of the same chain, and is recorded', async () => {
    const { code, out } = await pilot(['promote', example, '--to', 'pre-prod', '--ledger', ledger]);
    expect(out).toContain('Promotion of identity-server to pre-prod granted: dev passed with this chain (run #1 at');
    expect(out).toContain(`ledger: recorded promotion #2 in ${ledger}`);
    expect(code).toBe(0);
    const { entries, problems } = await readLedger(ledger);
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.seq} ${e.kind} ${e.stage}`)).toEqual(['1 run dev', '2 promotion pre-prod']);
    expect(entries[1]!.from).toEqual({ stage: 'dev', seq: 1 });
  });

  it('pre-prod passes on the production dump, masked before any row reached the source', async () => {
    const preProd = await runPilot(example, { stage: 'pre-prod', providers });
    expect(preProd.reasons).toEqual([]);
    expect(preProd).toMatchObject({ verdict: 'promote', exitCode: 0, data: undefined });
    expect(preProd.dump).toMatchObject({ file: 'identity-server/dumps/production.sql', format: 'plain', rows: 2713, fromCache: false });
    expect(preProd.dump!.masking!.columns.map((c) => `${c.table}.${c.column}: ${c.values}`)).toEqual([
      'um_user.um_user_name: 300',
      'um_user.um_email: 299',
      'um_user.um_display_name: 300',
      'um_user.um_phone: 299',
      'idn_oauth2_access_token.authz_user: 1500',
      'idn_auth_session_store.session_object: 900',
    ]);
    expect(preProd.content!.chain).toBe(dev.content!.chain);
    expect(preProd.content!.data).not.toBe(dev.content!.data);
    // No original value reached the report either (parity and facts quote rows).
    expect(JSON.stringify(preProd)).not.toMatch(/prod-corp\.example|Prod Person|\+1-555-|prod\.user/);
  });

  it('an edited migrator blocks promotion with a message naming it', async () => {
    const { code, err, out } = await pilot(['promote', ladderFixture('identity-server-edited.ts'), '--to', 'pre-prod', '--ledger', ledger]);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^promotion refused \[promotion\.chain-changed\]: The chain changed since dev passed \(run #1 at [^)]+\), so pre-prod cannot be promoted to: migrator 5\.11\.0 → 6\.0\.0 \(migrations\/edited\/5\.11\.0-6\.0\.0\.token-binding\.sql\) was edited \(sha256:[0-9a-f]{12}… then, sha256:[0-9a-f]{12}… now\)\. Run dev again with this chain/,
    );
    expect(out).toBe('verdict: HOLD (exit code 1)');
    expect((await readLedger(ledger)).entries).toHaveLength(2);
  });

  it('refuses promotion without a passing run of the stage below, naming the stage', async () => {
    const empty = path.join(dir, 'empty.jsonl');
    const none = await pilot(['promote', example, '--to', 'pre-prod', '--ledger', empty]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('promotion refused [promotion.no-run]: Stage dev has no recorded run of scenario "identity-server"');
    const held = path.join(dir, 'held.jsonl');
    await recordRun({ ...dev, verdict: 'hold', exitCode: 1 }, held);
    const failing = await pilot(['promote', example, '--to', 'pre-prod', '--ledger', held]);
    expect(failing.code).toBe(1);
    expect(failing.err).toContain('[promotion.no-passing-run]: Stage dev has 1 recorded run of scenario "identity-server" and none passed');
    const lowest = await pilot(['promote', example, '--to', 'dev', '--ledger', held]);
    expect(lowest.code).toBe(64);
    expect(lowest.err).toContain('Stage "dev" is the lowest of the ladder (dev → pre-prod)');
    const typo = await pilot(['promote', example, '--to', 'preprod', '--ledger', held]);
    expect(typo.code).toBe(64);
    expect(typo.err).toContain('Stage "preprod" is not declared in scenario "identity-server". Did you mean "pre-prod"?');
  });

  it('detects a tampered ledger: an edited verdict, a removed entry; promotion and further records are refused', async () => {
    const lines = (await readFile(ledger, 'utf8')).split('\n');
    const edited = path.join(dir, 'edited.jsonl');
    const first = JSON.parse(lines[0]!);
    await writeFile(edited, [JSON.stringify({ ...first, at: '2020-01-01T00:00:00.000Z' }), ...lines.slice(1)].join('\n'));
    const promote = await pilot(['promote', example, '--to', 'pre-prod', '--ledger', edited]);
    expect(promote.code).toBe(1);
    expect(promote.err).toContain(`promotion refused [ledger.tampered]: The ledger ${edited} has been tampered with, so it proves nothing: line 1 (entry #1, run of identity-server dev) does not match its hash`);
    const status = await pilot(['status', example, '--ledger', edited]);
    expect(status.code).toBe(1);
    expect(status.err).toContain('TAMPERED WITH');
    await expect(recordRun(dev, edited)).rejects.toThrow(/has been tampered with, so nothing more is recorded in it/);

    const removed = path.join(dir, 'removed.jsonl');
    await writeFile(removed, `${lines.slice(1).join('\n')}`);
    expect((await readLedger(removed)).problems.map((p) => p.message)).toEqual([
      'line 1 does not start the chain: entries before it were removed.',
      'line 1 holds entry #2: entries were removed, inserted or moved.',
    ]);
    const intact = path.join(dir, 'intact.jsonl');
    await writeFile(intact, lines.join('\n'));
    await appendFile(intact, '');
    expect((await pilot(['status', example, '--ledger', intact])).out).toMatch(/hash chain intact[\s\S]*✓ dev +last run #1 PROMOTE at .*, passed with this chain\n.*pre-prod +never run, promoted to at/);
  });
});

describe('the revert rehearsal and the user\'s own tests', () => {
  it('catches a deliberately broken down migrator and names the first step whose down does not restore', async () => {
    const report = await runPilot(ladderFixture('broken-down.ts'), { stage: 'dev', providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed.map((c) => c.id)).toEqual(['revert']);
    expect(failed[0]!.findings).toEqual([
      expect.objectContaining({
        code: 'revert.step-not-restored',
        path: 'revert 6.0.0',
        message: expect.stringMatching(
          /^The down of step 5\.11\.0 → 6\.0\.0 \(migrations\/broken-down\/5\.11\.0-6\.0\.0\.token-binding\.sql\) does not restore the state before that step: table "idn_oauth2_access_token" has other columns; table "idn_oauth2_access_token" has the same \d+ rows but other contents\.$/,
        ),
      }),
    ]);
    expect(failed[0]!.facts).toMatchObject({ steps: [{ id: '6.1.0', status: 'restored' }, { id: '6.0.0', status: 'not-restored' }] });
  });

  it('a failing functional test holds the verdict with its message; a failing task stops the chain', async () => {
    const loaded = await loadScenario(example);
    const failingTest = {
      ...loaded,
      spec: { ...loaded.spec, functional: [...loaded.spec.functional, { name: 'admin can log in', module: path.relative(loaded.dir, ladderFixture('tests/always-fails.ts')) }] },
    };
    const report = await runPilot(failingTest, { stage: 'dev', providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(report.reasons).toEqual([expect.stringMatching(/^Check functional:admin can log in failed: Test case "admin can log in" failed: login as admin failed: \d+ claims, but no "admin" user$/)]);

    const failingTask = { ...loaded, spec: { ...loaded.spec, tasks: [{ name: 'broken cleanup', sql: 'delete from idn_no_such_table', transaction: true }] } };
    const stopped = await runPilot(failingTask, { stage: 'dev', providers });
    expect(stopped).toMatchObject({ verdict: 'hold', exitCode: 1, chain: undefined });
    expect(stopped.phases.find((p) => p.phase === 'chain')).toMatchObject({ status: 'skipped', note: 'not run: a pre-migration task failed' });
    expect(statuses(stopped)).toEqual(['source-unchanged passed', 'config passed', 'tasks failed']);
    expect(stopped.reasons[0]).toMatch(/^Check tasks failed: Task "broken cleanup" failed, so the chain did not run: relation "idn_no_such_table" does not exist/);

    const slowTask = { ...loaded, spec: { ...loaded.spec, tasks: [...loaded.spec.tasks, { name: 'slow vacuum', sql: 'select pg_sleep(0.2)', transaction: true, budget: 50 }] } };
    const slow = await runPilot(slowTask, { stage: 'dev', providers });
    expect(slow).toMatchObject({ verdict: 'hold', exitCode: 1 });
    expect(slow.chain!.steps.map((s) => s.status)).toEqual(['success', 'success']);
    expect(slow.checks.filter((c) => c.status !== 'passed').flatMap((c) => c.findings.map((f) => `${f.code} ${f.path}: ${f.message}`))).toEqual([
      expect.stringMatching(/^task\.over-budget task slow vacuum: Task "slow vacuum" took \d+ ms, over its budget of 50 ms\.$/),
    ]);
  });

  it('rehearses the revert by restoring the backup, proven on a fresh environment', async () => {
    const loaded = await loadScenario(example);
    const report = await runPilot({ ...loaded, spec: { ...loaded.spec, revert: { method: 'backup' as const } } }, { stage: 'dev', providers });
    expect(report).toMatchObject({ verdict: 'promote', exitCode: 0 });
    expect(report.checks.find((c) => c.id === 'revert')).toMatchObject({
      status: 'passed',
      facts: { method: 'backup', provedOn: 'a new environment started from the backup taken before the chain' },
    });
  });
});
