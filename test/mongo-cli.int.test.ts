/**
 * `pilot run` of a Mongo scenario module, through the CLI: provider selection (external
 * source and target named by PILOT_MONGODB_URL / PILOT_MONGODB_TARGET_URL), the report set
 * (report.json, report.md, junit.xml through the shared writers) and the ledger entry of a
 * staged run. One body per server kind: the "(stand-in)" variants prove the harness on the
 * in-memory stand-in only; the real-server variants run the same body on two real mongods
 * and are skipped, with the reason printed, when none are reachable.
 *
 * The old server is an *external* source here: the test seeds it first (as a pre-prod copy
 * of production would already be), and the pilot must use it as it is and prove it unchanged.
 * On a real server the test writes the example's database names (apiomat, ConferenceApp…)
 * and drops them afterwards: point it at scratch servers only.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { compareKeys } from '../src/checks/compare-keys.ts';
import { MAX_KEYS_PER_FINDING } from '../src/checks/finding.ts';
import { readLedger } from '../src/ledger/ledger-file.ts';
import { applyMongoStage } from '../src/mongo/apply-mongo-stage.ts';
import { loadMongoMigrators } from '../src/mongo/load-mongo-migrators.ts';
import { mongoRunContent } from '../src/mongo/mongo-run-content.ts';
import type { MongoScenario } from '../src/mongo/mongo-scenario.ts';
import { seedMongoSource } from '../src/mongo/seed-mongo-source.ts';
import type { PilotReport } from '../src/report/pilot-report.ts';
import { losesDocuments } from '../fixtures/mongo/variants.ts';
import scenario from '../scenarios/app-metadata-mongo.ts';
import { mongoTestServers, type MongoTestServer } from './support/mongo-servers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENVIRONMENTS = ['LIVE', 'STAGING', 'TEST'] as const;
const VARIABLES = ['PILOT_MONGODB_URL', 'PILOT_MONGODB_TARGET_URL', 'PILOT_PROVIDER'] as const;
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

/** The CLI moves databases between two servers: a URL server needs PILOT_MONGODB_TARGET_URL for the second. */
function twoServers(server: MongoTestServer): MongoTestServer & { startTarget(): Promise<{ url: string; stop(): Promise<void> }> } {
  const fromUrl = server.label.includes('PILOT_MONGODB_URL');
  const targetUrl = process.env.PILOT_MONGODB_TARGET_URL;
  const skipReason = server.skipReason ?? (fromUrl && !targetUrl ? 'the CLI moves databases between two servers: set PILOT_MONGODB_TARGET_URL to a second scratch server' : undefined);
  return { ...server, skipReason, startTarget: fromUrl ? async () => ({ url: targetUrl!, stop: async () => undefined }) : () => server.start() };
}

async function runCli(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await main(args, { out: (t) => lines.push(t), err: (t) => errors.push(t) });
  return { code, lines, errors };
}

async function readReports(dir: string) {
  const [json, markdown, junit] = await Promise.all(['report.json', 'report.md', 'junit.xml'].map((file) => readFile(path.join(dir, file), 'utf8')));
  return { report: JSON.parse(json!) as PilotReport, json: json!, markdown: markdown!, junit: junit! };
}

for (const server of (await mongoTestServers()).map(twoServers)) {
  describe.skipIf(server.skipReason !== undefined)(`pilot run of a Mongo scenario ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let old: { url: string; stop(): Promise<void> };
    let next: { url: string; stop(): Promise<void> };
    let oldClient: MongoClient;
    let nextClient: MongoClient;
    let out: string;

    beforeAll(async () => {
      old = await server.start();
      next = await server.startTarget();
      oldClient = await new MongoClient(old.url, { serverSelectionTimeoutMS: 10_000 }).connect();
      nextClient = await new MongoClient(next.url, { serverSelectionTimeoutMS: 10_000 }).connect();
      out = await mkdtemp(path.join(tmpdir(), 'pilot-mongo-cli-'));
    });
    afterAll(async () => {
      for (const client of [oldClient, nextClient]) {
        for (const database of [scenario.globalDatabase, ...scenario.environments.map((e) => e.database)]) await client?.db(database).dropDatabase().catch(() => undefined);
        await client?.close();
      }
      await old?.stop();
      await next?.stop();
      await rm(out, { recursive: true, force: true });
    });

    /** The old server as production left it: seeded once, then only read by the pilots. */
    async function seedOldServer(spec: MongoScenario) {
      for (const client of [oldClient, nextClient]) {
        for (const database of [spec.globalDatabase, ...spec.environments.map((e) => e.database)]) await client.db(database).dropDatabase();
      }
      await seedMongoSource(spec, oldClient);
      process.env.PILOT_MONGODB_URL = old.url;
      process.env.PILOT_MONGODB_TARGET_URL = next.url;
    }

    it('runs the example at stage dev on external servers, writes report.json, report.md and junit.xml, and records the run in the ledger', async () => {
      const staged = applyMongoStage(scenario, 'dev');
      await seedOldServer(staged);
      // PILOT_PROVIDER applies only where no URL names the server: both are external here.
      process.env.PILOT_PROVIDER = 'embedded';
      const sourceCounts = await oldClient.db('ConferenceApp').collection('attendees').countDocuments();
      const dir = path.join(out, 'example');
      const ledger = path.join(out, 'ledger.jsonl');
      const { code, lines, errors } = await runCli(['run', path.join(ROOT, 'scenarios/app-metadata-mongo.ts'), '--stage', 'dev', '--out', dir, '--ledger', ledger]);
      expect(errors).toEqual([]);
      expect(code).toBe(0);
      expect(lines).toContain('verdict: PROMOTE (exit code 0)');
      expect(lines).toContain(`ledger: recorded run #1 (dev) in ${ledger}`);

      const { report, json, markdown, junit } = await readReports(dir);
      expect(report.scenario).toEqual({ name: 'app-metadata-mongo', file: path.join(ROOT, 'scenarios/app-metadata-mongo.ts'), stage: 'dev', mode: 'copy', sourceVersion: '1.0.0', targetVersion: '3.0.0' });
      expect([report.verdict, report.exitCode, report.reasons, report.error]).toEqual(['promote', 0, [], undefined]);
      expect(report.environments.map((e) => [e.role, e.provider, e.selection])).toEqual([['source', 'external', 'external, as asked'], ['target', 'external', 'external, as asked']]);
      if (!server.real) for (const env of report.environments) expect(env.description).toContain('the in-memory MongoDB stand-in (reports 7.0.0; not MongoDB)');
      expect(report.phases.map((p) => `${p.phase} ${p.status}`)).toEqual([
        'start-source success', 'start-target success', 'load success', 'seed skipped', 'copy success', 'chain success', 'checks success', 'teardown success',
      ]);
      expect(report.data).toBeUndefined();
      expect(report.transfer).toMatchObject({ method: 'mongo-driver', reason: 'driver, as the scenario asks; 40 passwords reset on import in apiomat.users' });
      expect(report.transfer!.tables).toEqual([
        { table: 'apiomat.apps', rows: 3 }, { table: 'apiomat.users', rows: 40 },
        { table: 'ConferenceApp.attendees', rows: 100 }, { table: 'ConferenceApp.sessions', rows: 15 },
        { table: 'ConferenceApp-staging.attendees', rows: 25 }, { table: 'ConferenceApp-staging.sessions', rows: 4 },
        { table: 'ConferenceApp-test.attendees', rows: 10 }, { table: 'ConferenceApp-test.sessions', rows: 2 },
      ]);
      expect(report.chain).toBeUndefined();
      for (const env of ENVIRONMENTS) {
        expect(report.chains![env]!.steps.map((s) => `${s.from}→${s.to} ${s.status}`)).toEqual(['1.0.0→2.0.0 success', '2.0.0→2.1.0 success', '2.1.0→3.0.0 success']);
        expect(markdown).toContain(`## Chain of ${env} 1.0.0 → 3.0.0`);
        expect(junit).toContain(`classname="migration-pilot.app-metadata-mongo.dev.chain.${env}" name="1.0.0 -&gt; 2.0.0 rename fullName to name, move city into profile.address"`);
      }
      expect(report.checks.every((c) => c.status === 'passed')).toBe(true);
      expect(report.checks.filter((c) => c.kind === 'source-unchanged').map((c) => c.id)).toEqual(['source-unchanged:apiomat', ...ENVIRONMENTS.map((e) => `source-unchanged:${e}`)]);
      expect(markdown).toContain('# Pilot app-metadata-mongo: PROMOTE');
      expect(markdown).toContain('Data reached the target by **mongo-driver** (driver, as the scenario asks; 40 passwords reset on import in apiomat.users), 199 documents in 8 collections');
      expect(junit).toContain('failures="0"');
      // The old server was used as it is: not seeded again, not migrated.
      expect(await oldClient.db('ConferenceApp').collection('attendees').countDocuments()).toBe(sourceCounts);
      expect(await oldClient.db('ConferenceApp').listCollections({ name: 'pilot_schema_history' }).toArray()).toEqual([]);
      // The reset password never reaches a report (the users collection holds it on the new server).
      expect(await nextClient.db('apiomat').collection('users').distinct('password')).toEqual(['secret']);
      for (const text of [json, markdown, junit]) expect(text).not.toContain('secret');

      const { entries, problems } = await readLedger(ledger);
      expect(problems).toEqual([]);
      const migrators = await loadMongoMigrators(scenario.chain.migrators, path.join(ROOT, 'scenarios'));
      const expected = mongoRunContent(staged, migrators);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ kind: 'run', scenario: 'app-metadata-mongo', stage: 'dev', verdict: 'promote', exitCode: 0, report: dir });
      expect(entries[0]!.content).toMatchObject({ chain: expected.chain, scenario: expected.scenario, data: expected.data, engines: report.content!.engines });
      expect(report.content!.engines).toMatch(/^[0-9a-f]{64}$/);
      expect(entries[0]!.migrators!.map((m) => `${m.kind} ${m.step} ${m.file}`)).toEqual([
        'module 1.0.0 → 2.0.0 app-metadata-mongo/migrations/1.0.0-2.0.0.attendee-names.ts',
        'module 2.0.0 → 2.1.0 app-metadata-mongo/migrations/2.0.0-2.1.0.split-session-slots.ts',
        'module 2.1.0 → 3.0.0 app-metadata-mongo/migrations/2.1.0-3.0.0.attendee-status.ts',
      ]);
    });

    it('promotes the example to pre-prod on its passing dev run, and pilot status shows its ladder', async () => {
      const ledger = path.join(out, 'ledger.jsonl');
      const example = path.join(ROOT, 'scenarios/app-metadata-mongo.ts');
      const promote = await runCli(['promote', example, '--to', 'pre-prod', '--ledger', ledger]);
      expect(promote.errors).toEqual([]);
      expect(promote.lines[0]).toMatch(/^Promotion of app-metadata-mongo to pre-prod granted: dev passed with this chain \(run #1 at [^,]+, chain sha256:[0-9a-f]{12}…\)\.$/);
      expect(promote.code).toBe(0);
      const status = await runCli(['status', example, '--ledger', ledger]);
      expect(status.code).toBe(0);
      expect(status.lines[0]).toBe(`ledger ${ledger}: 2 entries, hash chain intact`);
      expect(status.lines[2]).toMatch(/^app-metadata-mongo \(.+app-metadata-mongo\.ts\), chain sha256:[0-9a-f]{12}…$/);
      expect(status.lines[3]).toMatch(/^ {2}✓ dev {8}last run #1 PROMOTE at \S+, passed with this chain$/);
      expect(status.lines[4]).toMatch(/^ {4}pre-prod {3}never run, promoted to at \S+ \(from dev #1\)$/);
    });

    it('catches the variant that loses documents: report.md lists the exact attendees missing, junit.xml fails the check', async () => {
      await seedOldServer(losesDocuments);
      const dir = path.join(out, 'loses-documents');
      const { code, lines } = await runCli(['run', path.join(ROOT, 'fixtures/mongo/loses-documents-scenario.ts'), '--out', dir, '--ledger', path.join(out, 'ledger-broken.jsonl')]);
      expect(code).toBe(1);
      expect(lines).toContain('verdict: HOLD (exit code 1)');
      const { report, markdown, junit } = await readReports(dir);
      for (const [env, database] of [['LIVE', 'ConferenceApp'], ['STAGING', 'ConferenceApp-staging'], ['TEST', 'ConferenceApp-test']] as const) {
        const attendees = oldClient.db(database).collection('attendees');
        const lost = (await attendees.find({ profile: { $exists: false } }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).sort(compareKeys);
        const total = await attendees.countDocuments();
        const id = `parity:${env}/attendees`;
        if (lost.length === 0) {
          expect(report.checks.find((c) => c.id === id)!.status).toBe('passed');
          continue;
        }
        const shown = lost.slice(0, MAX_KEYS_PER_FINDING);
        const more = lost.length > shown.length ? ` … (${lost.length} in all)` : '';
        expect(markdown).toContain(
          [
            `### \`${id}\``,
            '',
            `Documents of attendees in ${env} match by key after migration`,
            '',
            `- **error** \`parity.missing-rows\` at \`attendees\`: ${lost.length} of ${total} source rows are missing in the target.`,
            `  - keys: ${shown.map((k) => `\`${k}\``).join(', ')}${more}`,
          ].join('\n'),
        );
        expect(junit).toContain(`classname="migration-pilot.app-metadata-mongo (broken: loses documents).checks.parity" name="${id}"`);
      }
      // Not vacuous: LIVE loses attendees for sure (the other environments may, by chance of the seed, not).
      expect(report.checks.find((c) => c.id === 'parity:LIVE/attendees')!.findings[0]!.keys!.length).toBeGreaterThan(10);
      expect(report.checks.filter((c) => c.status !== 'passed').every((c) => c.id.endsWith('/attendees'))).toBe(true);
      expect(markdown).toContain(`## Why it holds\n\n- ${report.reasons[0]}`);
      // Recorded without a stage, on a chain the ledger tells apart from the example's by its first step.
      const { entries } = await readLedger(path.join(out, 'ledger-broken.jsonl'));
      const example = mongoRunContent(scenario, await loadMongoMigrators(scenario.chain.migrators, path.join(ROOT, 'scenarios')));
      expect(entries.map((e) => [e.stage, e.verdict, e.exitCode, e.migrators![0]!.file])).toEqual([[null, 'hold', 1, 'loses-documents/1.0.0-2.0.0.attendee-names.ts']]);
      expect(entries[0]!.content!.chain).not.toBe(example.chain);
      expect(entries[0]!.migrators!.slice(1)).toEqual(example.migrators.slice(1).map((m) => ({ ...m, file: `../../scenarios/${m.file}` })));
    });
  });
}

describe('pilot run of a Mongo scenario without a server', () => {
  it('--provider embedded: says no embedded MongoDB exists and what to do, in the output and report.md', async () => {
    delete process.env.PILOT_MONGODB_URL;
    delete process.env.PILOT_MONGODB_TARGET_URL;
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-mongo-none-'));
    try {
      const { code, errors } = await runCli(['run', path.join(ROOT, 'scenarios/app-metadata-mongo.ts'), '--provider', 'embedded', '--out', dir, '--ledger', path.join(dir, 'ledger.jsonl')]);
      expect(code).toBe(2);
      const message = 'The embedded provider cannot start the source here: no embedded MongoDB exists (MongoDB cannot run in-process; embedded means PGlite, which is PostgreSQL only).';
      expect(errors.join('\n')).toContain(`error [ENVIRONMENT_START]: ${message}`);
      expect(errors.join('\n')).toContain('hint: Run MongoDB in Docker (provider testcontainers, with a mongo:* image Docker has or can pull), or point the harness at a server you run (provider external: PILOT_MONGODB_URL, or url/urlEnv in the scenario).');
      const { report, markdown } = await readReports(dir);
      expect(report.phases).toEqual([]);
      expect(report.error).toMatchObject({ code: 'ENVIRONMENT_START', message });
      expect(markdown).toContain(['## Harness error', '', '`ENVIRONMENT_START`', '', '```', message, '```'].join('\n'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('pilot estimate refuses a Mongo scenario, saying what to do instead', async () => {
    const { code, errors } = await runCli(['estimate', path.join(ROOT, 'scenarios/app-metadata-mongo.ts'), '--out', await mkdtemp(path.join(tmpdir(), 'pilot-mongo-estimate-'))]);
    expect(code).toBe(64);
    expect(errors.join('\n')).toContain('scenarios/app-metadata-mongo.ts is a MongoDB scenario, and `pilot estimate` measures PostgreSQL chains only.');
  });

  it('an unknown --stage is a configuration error naming the declared stages', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-mongo-stage-'));
    try {
      const { code, errors } = await runCli(['run', path.join(ROOT, 'scenarios/app-metadata-mongo.ts'), '--stage', 'deb', '--out', dir, '--ledger', path.join(dir, 'ledger.jsonl')]);
      expect(code).toBe(64);
      expect(errors.join('\n')).toContain('error [CONFIG_INVALID]: The Mongo scenario app-metadata-mongo declares no stage "deb".\n  hint: Did you mean "dev"? Declared: dev, pre-prod.');
      expect((await readLedger(path.join(dir, 'ledger.jsonl'))).entries).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
