import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The identity-server example up the ladder as a user runs it, with the `pilot` bin in a
 * folder of its own: the ledger lands in its default place, .pilot/ledger.jsonl.
 */

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'scenarios/identity-server.yaml');
const edited = path.join(root, 'fixtures/ladder/identity-server-edited.ts');
const run = promisify(execFile);

let cwd: string;
let cacheDir: string;

/** Runs the `pilot` bin in `cwd`, PILOT_LEDGER unset; resolves with the exit code instead of rejecting. */
async function pilot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { PILOT_LEDGER: _ledger, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin/pilot.js'), ...args], { cwd, maxBuffer: 1 << 24, env: { ...env, PILOT_CACHE_DIR: cacheDir } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const reportDir = (stdout: string) => path.dirname(/^report: (.+)$/m.exec(stdout)![1]!);

let dev: Awaited<ReturnType<typeof pilot>>;
let preProd: Awaited<ReturnType<typeof pilot>>;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'pilot-ladder-cli-'));
  cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-ladder-cli-cache-'));
  dev = await pilot(['run', example, '--stage', 'dev', '--quiet']);
  preProd = await pilot(['run', example, '--stage', 'pre-prod', '--quiet']);
});

describe('pilot run --stage, pilot promote, pilot status', () => {
  it('runs dev, then pre-prod on the masked dump, each recorded in .pilot/ledger.jsonl', async () => {
    expect(dev.stdout).toContain('verdict: PROMOTE (exit code 0)');
    expect(dev.stdout).toContain(`ledger: recorded run #1 (dev) in ${path.join('.pilot', 'ledger.jsonl')}`);
    expect(dev.code).toBe(0);
    expect(preProd.stdout).toContain('verdict: PROMOTE (exit code 0)');
    expect(preProd.stdout).toContain(`ledger: recorded run #2 (pre-prod) in ${path.join('.pilot', 'ledger.jsonl')}`);
    expect(preProd.code).toBe(0);

    const lines = (await readFile(path.join(cwd, '.pilot/ledger.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((e) => `${e.seq} ${e.kind} ${e.stage} ${e.verdict}`)).toEqual(['1 run dev promote', '2 run pre-prod promote']);
    expect(lines[1].content.chain).toBe(lines[0].content.chain);
    expect(lines[1].content.data).not.toBe(lines[0].content.data);

    // The pre-prod report says masking ran, over which columns, before any row reached the database.
    const markdown = await readFile(path.join(cwd, reportDir(preProd.stdout), 'report.md'), 'utf8');
    expect(markdown).toContain('Restored `identity-server/dumps/production.sql` (plain): 2,713 rows in');
    expect(markdown).toContain('**Masking ran** (keyed by seed 20261121) over 6 columns, before any row reached the database:');
    expect(markdown).toContain('| um_user | um_email | faker internet.email, unique | 299 |');
    expect(markdown).toContain('| idn_auth_session_store | session_object | hash (16 hex) | 900 |');
    expect(markdown).not.toMatch(/prod-corp\.example|Prod Person/);
  });

  it('promotes to pre-prod on the passing dev run, and status shows the ladder', async () => {
    const promote = await pilot(['promote', example, '--to', 'pre-prod']);
    expect(promote.stdout).toMatch(/^Promotion of identity-server to pre-prod granted: dev passed with this chain \(run #1 at [^,]+, chain sha256:[0-9a-f]{12}…\)\.\nledger: recorded promotion #3 in \.pilot\/ledger\.jsonl\nverdict: PROMOTE \(exit code 0\)\n$/);
    expect(promote.code).toBe(0);

    const status = await pilot(['status', example]);
    expect(status.code).toBe(0);
    const shown = status.stdout.trimEnd().split('\n');
    expect(shown[0]).toBe('ledger .pilot/ledger.jsonl: 3 entries, hash chain intact');
    expect(shown[2]).toMatch(new RegExp(`^identity-server \\(${example.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\), chain sha256:[0-9a-f]{12}…$`));
    expect(shown[3]).toMatch(/^ {2}✓ dev {8}last run #1 PROMOTE at \S+, passed with this chain$/);
    expect(shown[4]).toMatch(/^ {2}✓ pre-prod {3}last run #2 PROMOTE at \S+, passed with this chain, promoted to at \S+ \(from dev #1\)$/);
  });

  it('refuses the broken variant, whose migrator was edited after dev passed, naming it', async () => {
    const refused = await pilot(['promote', edited, '--to', 'pre-prod']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trimEnd()).toMatch(
      /^promotion refused \[promotion\.chain-changed\]: The chain changed since dev passed \(run #1 at \S+\), so pre-prod cannot be promoted to: migrator 5\.11\.0 → 6\.0\.0 \(migrations\/edited\/5\.11\.0-6\.0\.0\.token-binding\.sql\) was edited \(sha256:[0-9a-f]{12}… then, sha256:[0-9a-f]{12}… now\)\. Run dev again with this chain \(pilot run <scenario> --stage dev\), or revert the change\.$/,
    );
    expect(refused.stdout).toBe('verdict: HOLD (exit code 1)\n');
    expect((await readFile(path.join(cwd, '.pilot/ledger.jsonl'), 'utf8')).trimEnd().split('\n')).toHaveLength(3);
  });

  it('detects a reordered ledger: status exits 1 naming every broken line, promote refuses', async () => {
    const [first, second, third] = (await readFile(path.join(cwd, '.pilot/ledger.jsonl'), 'utf8')).trimEnd().split('\n');
    const reordered = path.join(cwd, 'reordered.jsonl');
    await writeFile(reordered, `${[second, first, third].join('\n')}\n`);
    const status = await pilot(['status', example, '--ledger', reordered]);
    expect(status.code).toBe(1);
    expect(status.stderr.trimEnd().split('\n')).toEqual([
      `ledger ${reordered}: TAMPERED WITH, it proves nothing:`,
      '  line 1 does not start the chain: entries before it were removed.',
      '  line 1 holds entry #2: entries were removed, inserted or moved.',
      '  line 2 does not follow line 1 (its "prev" is another hash): an entry was removed, inserted or moved.',
      '  line 2 holds entry #1: entries were removed, inserted or moved.',
      '  line 3 does not follow line 2 (its "prev" is another hash): an entry was removed, inserted or moved.',
    ]);
    const promote = await pilot(['promote', example, '--to', 'pre-prod', '--ledger', reordered]);
    expect(promote.code).toBe(1);
    expect(promote.stderr.trimEnd()).toBe(
      `promotion refused [ledger.tampered]: The ledger ${reordered} has been tampered with, so it proves nothing: line 1 does not start the chain: entries before it were removed. (and 4 more problems)`,
    );
  });

  it('will not record a stage run in a tampered ledger (exit 2), and only warns for a run without a stage', async () => {
    const reordered = path.join(cwd, 'reordered.jsonl');
    const before = await readFile(reordered, 'utf8');
    const staged = await pilot(['run', example, '--stage', 'dev', '--quiet', '--ledger', reordered]);
    expect(staged.stdout).toContain('verdict: PROMOTE (exit code 0)');
    expect(staged.stderr).toContain(`The ledger ${reordered} has been tampered with`);
    expect(staged.code).toBe(2);
    const plain = await pilot(['run', example, '--quiet', '--ledger', reordered]);
    expect(plain.stdout).toContain('verdict: PROMOTE (exit code 0)');
    expect(plain.stderr).toMatch(new RegExp(`^warning: not recorded in the ledger: .*The ledger ${reordered.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} has been tampered with`, 'm'));
    expect(plain.code).toBe(0);
    expect(await readFile(reordered, 'utf8')).toBe(before);
  });
});
