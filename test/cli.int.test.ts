import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

// A cache of this test file's own, so the quick start seeds as on a fresh clone.
const cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-cli-cache-'));

/** Runs the `pilot` bin as a user would; resolves with the exit code instead of rejecting. */
async function pilot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin/pilot.js'), ...args], {
      cwd: root,
      maxBuffer: 1 << 24,
      env: { ...process.env, PILOT_CACHE_DIR: cacheDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the README quick start', () => {
  it('is the two commands this test runs', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(quickStart.trim().split('\n')).toEqual(['npm install && npx pilot run scenarios/workflow-app.yaml', 'npm test']);
  });

  it('pilots the example to PROMOTE with exit code 0 and writes all three reports', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-quick-start-'));
    const { code, stdout } = await pilot(['run', 'scenarios/workflow-app.yaml', '--out', out]);
    expect(stdout).toContain('verdict: PROMOTE (exit code 0)');
    expect(code).toBe(0);

    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('promote');
    expect(report.exitCode).toBe(0);
    expect(report.chain.steps.map((s: { id: string; status: string }) => `${s.id} ${s.status}`)).toEqual([
      '1.1.0 success',
      '1.2.0 success',
      '2.0.0 success',
    ]);
    expect(report.data).toMatchObject({ rows: 100_040, fromCache: false });
    expect(report.checks.every((c: { status: string }) => c.status === 'passed')).toBe(true);
    expect(await readFile(path.join(out, 'report.md'), 'utf8')).toMatch(/^# Pilot workflow-app: PROMOTE\n/);
    expect(await readFile(path.join(out, 'junit.xml'), 'utf8')).toMatch(/<testsuite name="migration-pilot.workflow-app" tests="16" failures="0" errors="0"/);
  });
});

describe('pilot run', () => {
  it('stops on a scenario error with exit code 64, the file:line:column, and still writes report.json', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-typo-'));
    const { code, stderr } = await pilot(['run', 'fixtures/broken/typo.yaml', '--out', out]);
    expect(code).toBe(64);
    expect(stderr).toContain('fixtures/broken/typo.yaml:8:3  target.verison\n  unknown key "verison" (did you mean "version"?)');
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 64, error: { code: 'CONFIG_INVALID' }, environments: [] });
  });

  it('holds with exit code 1 on a broken chain, naming the finding', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-drops-'));
    const { code, stdout } = await pilot(['run', 'fixtures/broken/drops-rows.ts', '--out', out, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/verdict: HOLD \(exit code 1\)\n {2}- Check parity:app_formuploads failed: \d+ of 500 source rows are missing in the target\./);
  });

  it('exits 2 when the harness cannot finish, with the error and the verdict', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-short-'));
    const { code, stdout, stderr } = await pilot(['run', 'fixtures/broken/short-seed.ts', '--out', out, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error \[SEED_SHORT\]: Seeding "app_formuploads" loaded \d+ rows, expected 500\./);
    expect(stdout).toContain('verdict: HOLD (exit code 2)');
  });

  it('refuses a report folder it cannot write before starting anything (exit 64)', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'pilot-out-')), 'a-file');
    await writeFile(file, '');
    const { code, stdout, stderr } = await pilot(['run', 'scenarios/workflow-app.yaml', '--out', path.join(file, 'reports')]);
    expect(code).toBe(64);
    expect(stderr).toContain(`error [CONFIG_INVALID]: Reports cannot be written to "${path.join(file, 'reports')}": ${file} is not a folder.`);
    expect(stdout).toBe('');
  });

  it('exits 64 on a usage error', async () => {
    const { code, stderr } = await pilot(['run']);
    expect(code).toBe(64);
    expect(stderr).toContain("error: missing required argument 'scenario'");
  });
});

describe('pilot validate and plan', () => {
  it('validates the example without starting a database', async () => {
    const { code, stdout } = await pilot(['validate', 'scenarios/workflow-app.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('scenarios/workflow-app.yaml: valid (3 migrators, plan 1.0.0 → 2.0.0 in 3 steps)');
  });

  it('shows the plan, and refuses a chain that jumps over a mandatory version with exit code 1', async () => {
    const good = await pilot(['plan', 'scenarios/workflow-app.yaml']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Chain 1.0.0 → 2.0.0 (mandatory: 2.0.0):');
    const bad = await pilot(['plan', 'fixtures/broken/skips-mandatory.ts']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('chain.mandatory-skipped: Migrator 1.2.0 → 2.1.0');
  });
});
