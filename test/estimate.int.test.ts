import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../src/cli/main.ts';
import { estimateCommand, type EstimateCommandOptions } from '../src/cli/estimate-command.ts';
import { localProvider } from '../src/environment/local/local-provider.ts';
import { skipReason, testBinaries } from '../src/environment/local/testing/local-binaries.ts';
import { estimateProduction } from '../src/estimate/estimate-production.ts';
import { measureScales } from '../src/estimate/measure-scales.ts';
import { productionProfile, readProductionProfileFromUrl } from '../src/estimate/production-profile.ts';
import { runPilot } from '../src/run/run-pilot.ts';

const WINDOW = 'fixtures/estimate/window.yaml';
const cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-estimate-cache-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

const budgetFindings = (report: Awaited<ReturnType<typeof runPilot>>) => report.checks.find((c) => c.id === 'budget')?.findings;

// One sequence: the gate without measurements, the measuring, the gate with them.
describe('the production window of a dev-scale run (fixtures/estimate/window.yaml)', () => {
  it('holds when no estimate of the chain is kept, and names the command that measures one', async () => {
    const report = await runPilot(WINDOW, { cacheDir });
    expect(report.verdict).toBe('hold');
    expect(report.exitCode).toBe(1);
    expect(budgetFindings(report)).toEqual([
      {
        check: 'budget',
        code: 'budget.production-not-estimable',
        severity: 'error',
        path: 'chain',
        message:
          `The production window cannot be checked: no estimate of this chain, data and environments on this machine is kept in ${path.join(cacheDir, 'estimates')}. ` +
          "Run `pilot estimate fixtures/estimate/window.yaml` once (with the scenario's own estimate settings); later runs reuse its measurements until the chain or data changes.",
      },
    ]);
  });

  it('measures at 3 scales spanning 8×, interleaved, and tells the constant-time step from the growing one', async () => {
    const measured = await measureScales(WINDOW, { cacheDir });
    const { measurements } = measured;
    expect(measured.reused).toBe(false);
    expect(measurements.timeBase).toBe('cpu');
    // Every round visits every scale, in another order: the largest never always last.
    expect(measurements.runs.map((r) => r.scale)).toEqual([1, 3, 8, 1, 8, 3, 8, 1, 3]);
    expect(measurements.runs.map((r) => r.rows.items)).toEqual([5_000, 15_000, 40_000, 5_000, 40_000, 15_000, 40_000, 5_000, 15_000]);
    const backfill = measurements.runs.at(-1)!.steps.find((s) => s.id === '1.2.0')!;
    expect(backfill.statements.map((s) => [s.sql, s.plan, s.tables])).toEqual([
      ['alter table items add column digest text;', undefined, ['items']],
      ['update items set digest = md5(repeat(payload, 40));', 'Update on items > Seq Scan on items', ['items']],
    ]);

    const profile = await productionProfile(measured.scenario, measured.spec);
    expect(profile).toEqual({ source: "scale 1000 (the data section's rows × 1000)", tables: { items: 5_000_000 } });
    const estimate = estimateProduction(measurements, profile, { window: measured.spec.budgets?.production, tolerances: measured.spec.estimate?.tolerances });
    const [addFlag, digest] = estimate.steps;
    // ADD COLUMN … DEFAULT is catalog-only: the same few ms at 5k and 40k rows.
    expect(addFlag).toMatchObject({ id: '1.1.0', classification: 'constant', driverTables: ['items'], refusals: [] });
    expect(addFlag!.prediction!.ms).toBeLessThan(25);
    expect(digest).toMatchObject({ id: '1.2.0', driverTables: ['items'], productionRows: 5_000_000, refusals: [] });
    expect(['linear', 'n-log-n']).toContain(digest!.classification);
    expect(estimate.dominant).toEqual(['1.2.0']);
    expect(estimate.window).toMatchObject({ bound: 'upper', fits: false, total: { allowedMs: 10_000, fits: false } });

    // The second time, the kept measurements serve.
    expect((await measureScales(WINDOW, { cacheDir })).reused).toBe(true);
  });

  it('pilot estimate reuses the kept measurements, prints the table, writes estimate.md, .svg and .json, and exits 1 for a window it exceeds', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pilot-estimate-out-'));
    const lines: string[] = [];
    const errors: string[] = [];
    const before = process.env.PILOT_CACHE_DIR;
    process.env.PILOT_CACHE_DIR = cacheDir;
    try {
      const code = await estimateCommand(WINDOW, { warmup: true, cache: true, out }, { out: (l) => lines.push(l), err: (l) => errors.push(l) });
      expect(errors).toEqual([]);
      expect(code).toBe(1);
    } finally {
      if (before === undefined) delete process.env.PILOT_CACHE_DIR;
      else process.env.PILOT_CACHE_DIR = before;
    }
    const text = lines.join('\n');
    expect(text).toContain('estimate: reusing the measurements of ');
    expect(text).toMatch(/\n {2}1\.1\.0 {2}constant .+ items +5,000,000 /);
    expect(text).toMatch(/\nestimate: [\d.]+ (ms|s|min) \(90 % interval .+\) \(exit code 1\)\n/);
    const markdown = await readFile(path.join(out, 'estimate.md'), 'utf8');
    expect(markdown).toMatch(/- Window: does NOT fit: the upper end of the interval of the chain \(.+\) exceeds the allowed 10\.0 s\./);
    expect(await readFile(path.join(out, 'estimate.svg'), 'utf8')).toMatch(/^<svg xmlns=/);
    expect(JSON.parse(await readFile(path.join(out, 'estimate.json'), 'utf8'))).toMatchObject({ recordVersion: 1, reused: true, estimate: { status: 'estimable' } });
    await rm(out, { recursive: true, force: true });
  });

  it('holds the dev-scale run on the production window while its dev-scale budget passes', async () => {
    const report = await runPilot(WINDOW, { cacheDir });
    expect(report.verdict).toBe('hold');
    const findings = budgetFindings(report)!;
    expect(findings).toHaveLength(1);
    const [finding] = findings as [(typeof findings)[number]];
    expect(finding).toMatchObject({ check: 'budget', code: 'budget.production-total-exceeded', severity: 'error', path: 'chain at production size', expected: 10_000 });
    expect(finding.actual).toBeGreaterThan(10_000);
    expect(finding.message).toMatch(
      /^The chain took [\d.]+ (ms|s) here; extrapolated to production size it takes .+ \(90 % interval .+ – .+\), and the upper end of its 90 % interval exceeds the production window of 10\.00 s\.$/,
    );
    expect(report.reasons.join(' ')).toContain('budget');
  });
});

describe('a step whose cost jumps between scales, on a real database (fixtures/estimate/jump.yaml)', () => {
  it('is not estimable: the fit of the smaller scales misses the largest, by how much and in which direction', async () => {
    const measured = await measureScales('fixtures/estimate/jump.yaml', { cacheDir });
    const estimate = estimateProduction(measured.measurements, await productionProfile(measured.scenario, measured.spec));
    expect(estimate.status).toBe('not-estimable');
    const [step] = estimate.steps;
    expect(step!.classification).toBe('not-estimable');
    expect(step!.prediction).toBeUndefined();
    const jump = step!.refusals.find((r) => r.code === 'estimate.largest-scale-misses-fit');
    // Four passes instead of one: about 300 % slower than the two smaller scales predict.
    expect(jump?.message).toMatch(
      /^the largest scale \(40,000 rows\) took [\d.]+ (ms|s), but the (linear|n log n) fit of the smaller scales predicts [\d.]+ (ms|s): \d{3} % slower, more than 20 %\. /,
    );
    expect(step!.cost.largest!.miss).toBeGreaterThan(1.5);
    expect(estimate.total).toBeUndefined();
  });
});

describe('pilot estimate: bad input is refused before anything is measured', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const sink: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) } as CliIo;
    return { sink, out, err };
  };
  const options = (extra: Partial<EstimateCommandOptions>): EstimateCommandOptions => ({ warmup: true, cache: true, quiet: true, ...extra });

  it('a profile file that does not exist: the file, where it was looked for, and how to write one', async () => {
    const { sink, err } = io();
    expect(await estimateCommand(WINDOW, options({ profile: 'no/such/profile.yaml' }), sink)).toBe(64);
    expect(err.join('\n')).toBe(
      `error [CONFIG_NOT_FOUND]: The production profile "no/such/profile.yaml" could not be read (looked at ${path.resolve('no/such/profile.yaml')}).\n` +
        '  hint: Give the path of a profile written by `pilot profile`.',
    );
  });

  it('a table the data section does not seed: the scenario line, the field, the closest table', async () => {
    const { sink, err } = io();
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-estimate-bad-'));
    const { writeFile } = await import('node:fs/promises');
    const fixture = path.join(path.dirname(path.resolve(WINDOW)), 'bad-table.tmp.yaml');
    const text = (await readFile(WINDOW, 'utf8')).replace('  production:\n    scale: 1000', '  production:\n    tables:\n      itemz: 1000000');
    await writeFile(fixture, text);
    try {
      expect(await estimateCommand(fixture, options({ out: dir }), sink)).toBe(64);
      // The place is the line and column of the count in the scenario.
      expect(err.join('\n')).toBe(
        'error [CONFIG_INVALID]: estimate.production.tables names "itemz", which the data section does not seed.\n' +
          '  at fixtures/estimate/bad-table.tmp.yaml:32:14\n' +
          '  hint: Did you mean "items"? Production sizes matter for the seeded tables: items.',
      );
    } finally {
      await rm(fixture, { force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('pilot profile without its URL variable set: which variable, and what to put in it', async () => {
    const { sink, err } = io();
    delete process.env.PILOT_TEST_UNSET_URL;
    expect(await main(['profile', '--url-env', 'PILOT_TEST_UNSET_URL'], sink)).toBe(64);
    expect(err.join('\n')).toBe(
      'error [CONFIG_INVALID]: The environment variable PILOT_TEST_UNSET_URL (--url-env) is not set.\n' +
        '  hint: Set PILOT_TEST_UNSET_URL to the connection URL of the production database (or a replica); it is opened read-only and only its statistics are read.',
    );
  });

  it('scales that span less than 8×', async () => {
    const { sink, err } = io();
    expect(await estimateCommand(WINDOW, options({ scales: '1,2,4' }), sink)).toBe(64);
    expect(err.join('\n')).toBe(
      'error [CONFIG_INVALID]: The scales 1, 2, 4 span 4×; an estimate needs at least 8× between the smallest and the largest to tell a constant from a linear or n·log n cost.\n' +
        '  hint: Widen the range, e.g. 0.5 to 4.',
    );
  });
});

describe.skipIf(skipReason !== undefined)(`production sizes from a real server's statistics (${testBinaries ? `PostgreSQL ${testBinaries.version}` : skipReason})`, () => {
  it('reads pg_class.reltuples over its own (read-only) connection, falls back to n_live_tup for a table never analyzed, and keeps the password out', async () => {
    const provider = localProvider({ ...(testBinaries ? { bin: testBinaries.dir } : {}) });
    const env = await provider.start({ role: 'source', engine: 'postgres', engineVersion: testBinaries!.major, label: 'production' });
    try {
      const session = env.engine.session;
      await session.exec(`
        create table items (id int primary key);
        insert into items select generate_series(1, 12345);
        analyze items;
        create schema app;
        create table app.notes (id int);
        insert into app.notes select generate_series(1, 77);
      `);
      // Counters reach pg_stat_user_tables when a backend reports them; force it for the table never analyzed.
      await session.query('select pg_stat_force_next_flush()').catch(() => undefined);
      await session.query('select pg_sleep(1.2)');
      const url = env.connection!.url.replace('postgres@', 'postgres:s3cret-pw@');
      const profile = await readProductionProfileFromUrl(url);
      expect(profile.tables).toEqual({ items: 12_345, 'app.notes': 77 });
      expect(profile.notes).toEqual(['never vacuumed or analyzed, counted from pg_stat_user_tables.n_live_tup: app.notes; ANALYZE them for better counts.']);
      expect(profile.source).toMatch(/^statistics of /);
      expect(JSON.stringify(profile)).not.toContain('s3cret-pw');
    } finally {
      await env.stop();
    }
  });
});
