/**
 * The MongoDB example from source document 002 (scenarios/app-metadata-mongo.ts) and its
 * two broken variants (fixtures/mongo/), end to end: seed the old server, move four
 * databases to the new one with passwords reset, upgrade each app database through the
 * chain, check parity. One body per server kind; only the "real mongod" variants prove
 * anything about MongoDB, the "(stand-in)" ones prove the harness on the in-memory
 * stand-in (two stand-ins: the old server and the new one).
 */
import path from 'node:path';
import type { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_KEYS_PER_FINDING } from '../src/checks/finding.ts';
import { compareKeys } from '../src/checks/compare-keys.ts';
import { runMongoPilot } from '../src/mongo/run-mongo-pilot.ts';
import type { MongoScenario } from '../src/mongo/mongo-scenario.ts';
import scenario from '../scenarios/app-metadata-mongo.ts';
import { dropsNestedField, losesDocuments } from '../fixtures/mongo/variants.ts';
import { connectServers, mongoTestServers } from './support/mongo-servers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENVIRONMENTS = ['LIVE', 'STAGING', 'TEST'] as const;

for (const server of await mongoTestServers()) {
  describe.skipIf(server.skipReason !== undefined)(`MongoDB example scenario ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let servers: Awaited<ReturnType<typeof connectServers>>;
    let old: MongoClient;
    let next: MongoClient;
    let runs = 0;
    const created: Array<{ client: MongoClient; name: string }> = [];

    beforeAll(async () => {
      servers = await connectServers(server, 2);
      [old, next] = servers.clients as [MongoClient, MongoClient];
    });
    afterAll(async () => {
      for (const { client, name } of created) await client.db(name).dropDatabase().catch(() => undefined);
      await servers?.close();
    });

    /** Runs a scenario with prefixes of its own, so runs (and a shared real server) never see each other's databases. */
    async function pilot(spec: MongoScenario, dir: string) {
      const run = ++runs;
      const prefixes = { source: `s${process.pid}r${run}_`, target: `t${process.pid}r${run}_` };
      for (const database of [spec.globalDatabase, ...spec.environments.map((e) => e.database)]) {
        created.push({ client: old, name: `${prefixes.source}${database}` }, { client: next, name: `${prefixes.target}${database}` });
      }
      const report = await runMongoPilot(spec, { source: { client: old, prefix: prefixes.source }, target: { client: next, prefix: prefixes.target }, dir, holder: `test run ${run}` });
      return { report, sourceDb: (name: string) => old.db(`${prefixes.source}${name}`), targetDb: (name: string) => next.db(`${prefixes.target}${name}`) };
    }

    it('moves the global and per-environment databases, resets passwords, upgrades each app database, and passes', async () => {
      const { report, targetDb } = await pilot(scenario, path.join(ROOT, 'scenarios'));
      expect(report.error).toBeUndefined();
      expect(report.reasons).toEqual([]);
      expect([report.verdict, report.exitCode]).toEqual(['promote', 0]);
      for (const env of ENVIRONMENTS) {
        expect(report.chains[env]!.steps.map((s) => `${s.from}→${s.to} ${s.status}`)).toEqual(['1.0.0→2.0.0 success', '2.0.0→2.1.0 success', '2.1.0→3.0.0 success']);
      }
      expect(report.transfer?.databases.map((d) => d.collections.map((c) => `${c.name}:${c.documents}`))).toEqual([
        ['apps:3', 'users:40'],
        ['attendees:200', 'sessions:30'],
        ['attendees:50', 'sessions:8'],
        ['attendees:20', 'sessions:3'],
      ]);
      expect(report.transfer?.passwordsReset).toBe(40);
      expect(await targetDb('apiomat').collection('users').distinct('password')).toEqual(['secret']);
      expect(JSON.stringify(report)).not.toContain('secret');
      expect(report.checks.map((c) => `${c.id} ${c.status}`)).toEqual([
        'source-unchanged:apiomat passed', 'parity:apiomat/apps passed', 'parity:apiomat/users passed',
        ...ENVIRONMENTS.flatMap((env) => [`source-unchanged:${env} passed`, `parity:${env}/attendees passed`, `parity:${env}/sessions passed`, `parity:${env}/sessions → session_slots passed`]),
      ]);
      const history = await targetDb('ConferenceApp').collection('pilot_schema_history').find().sort({ _id: 1 }).toArray();
      expect(history.map((h) => [h.version, h.kind, h.success, typeof h.checksum === 'string' ? h.checksum.length : h.checksum])).toEqual([
        ['1.0.0', 'baseline', true, null], ['2.0.0', 'module', true, 64], ['2.1.0', 'module', true, 64], ['3.0.0', 'module', true, 64],
      ]);
    });

    it('catches the variant that loses documents: the exact attendees missing, in every environment', async () => {
      const { report, sourceDb } = await pilot(losesDocuments, path.join(ROOT, 'fixtures/mongo'));
      expect([report.verdict, report.exitCode]).toEqual(['hold', 1]);
      for (const [env, database] of [['LIVE', 'ConferenceApp'], ['STAGING', 'ConferenceApp-staging'], ['TEST', 'ConferenceApp-test']] as const) {
        const lost = (await sourceDb(database).collection('attendees').find({ profile: { $exists: false } }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).sort(compareKeys);
        const total = await sourceDb(database).collection('attendees').countDocuments();
        const check = report.checks.find((c) => c.id === `parity:${env}/attendees`)!;
        if (lost.length === 0) {
          expect(check.status).toBe('passed');
          continue;
        }
        expect(check.findings).toEqual([
          expect.objectContaining({ code: 'parity.missing-rows', path: 'attendees', keys: lost.slice(0, MAX_KEYS_PER_FINDING), expected: total, actual: total - lost.length }),
        ]);
        expect(report.checks.find((c) => c.id === `parity:${env}/sessions → session_slots`)!.status).toBe('passed');
      }
      expect(report.checks.find((c) => c.id === 'parity:LIVE/attendees')!.findings[0]!.keys!.length).toBeGreaterThan(10);
    });

    it('catches the variant that drops a nested field: the exact attendees and paths', async () => {
      const { report, sourceDb } = await pilot(dropsNestedField, path.join(ROOT, 'fixtures/mongo'));
      expect([report.verdict, report.exitCode]).toEqual(['hold', 1]);
      const withAddress = (await sourceDb('ConferenceApp').collection('attendees').find({ 'profile.address': { $exists: true } }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).sort(compareKeys);
      const check = report.checks.find((c) => c.id === 'parity:LIVE/attendees')!;
      expect(check.findings).toHaveLength(1);
      const [changed] = check.findings;
      expect(changed).toMatchObject({ code: 'parity.changed-rows', keys: withAddress.slice(0, MAX_KEYS_PER_FINDING), truncated: withAddress.length });
      expect(changed!.message).toBe(`${withAddress.length} of 200 source documents differ in the target at "profile.address.street", "profile.address.zip" (in the first 5).`);
      const first = await sourceDb('ConferenceApp').collection('attendees').findOne({ _id: withAddress[0] as never });
      expect(changed!.details!.slice(0, 2)).toEqual([
        { key: withAddress[0], column: 'profile.address.street', expected: JSON.stringify(first!.profile.address.street), actual: null, note: 'absent in the target' },
        { key: withAddress[0], column: 'profile.address.zip', expected: JSON.stringify(first!.profile.address.zip), actual: null, note: 'absent in the target' },
      ]);
    });
  });
}
