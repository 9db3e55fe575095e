/**
 * Mongo migrators on the shared chain planner: history and checksums in a collection, the
 * lock document with its TTL, and what a failing step leaves behind. One body per server;
 * "(stand-in)" variants prove the harness logic only (the stand-in's TTL index is stored
 * but nothing ever expires on it, see its README).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireMigrationLock } from '../src/mongo/migration-lock.ts';
import { loadMongoMigrators } from '../src/mongo/load-mongo-migrators.ts';
import { runMongoChain } from '../src/mongo/run-mongo-chain.ts';
import { mongoTestServers } from './support/mongo-servers.ts';

const DEFINE = JSON.stringify(path.resolve(import.meta.dirname, '../src/mongo/mongo-migrator.ts'));
const migrator = (from: string, to: string, body: string, onFailure?: string) =>
  `import { defineMongoMigrator } from ${DEFINE};\nexport default defineMongoMigrator({ from: '${from}', to: '${to}',${onFailure ? ` onFailure: ${JSON.stringify(onFailure)},` : ''} async up(db) { ${body} } });\n`;

for (const server of await mongoTestServers()) {
  describe.skipIf(server.skipReason !== undefined)(`Mongo chain ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let stop: () => Promise<void>;
    let client: MongoClient;
    let dir: string;
    let run = 0;
    const used: string[] = [];
    const fresh = (): Db => {
      const db = client.db(`pilot_chain${process.pid}_${++run}`);
      used.push(db.databaseName);
      return db;
    };
    const options = (holder = 'test pilot') => ({ targetVersion: '3.0.0', mandatory: ['2.0.0'], baselineVersion: '1.0.0', lock: { holder } });

    beforeAll(async () => {
      const started = await server.start();
      stop = started.stop;
      client = new MongoClient(started.url, { serverSelectionTimeoutMS: 10_000 });
      await client.connect();
      dir = await mkdtemp(path.join(tmpdir(), 'pilot-mongo-chain-'));
    });
    afterAll(async () => {
      for (const name of used) await client?.db(name).dropDatabase().catch(() => undefined);
      await client?.close();
      await stop?.();
      await rm(dir, { recursive: true, force: true });
    });

    async function chainIn(name: string, files: Record<string, string>) {
      const folder = path.join(dir, name);
      await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(folder, file), text);
      return loadMongoMigrators([name], dir);
    }

    it('plans through the mandatory version, records history with checksums, and is a no-op the second time', async () => {
      const db = fresh();
      await db.collection('items').insertMany([{ _id: 1 }, { _id: 2 }] as never[]);
      const migrators = await chainIn('ok', {
        '1.0.0-2.0.0.ts': migrator('1.0.0', '2.0.0', `await db.collection('items').updateMany({}, { $set: { v: 2 } });`),
        '2.0.0-3.0.0.ts': migrator('2.0.0', '3.0.0', `await db.collection('items').createIndex({ v: 1 });`),
        // Jumps over the mandatory 2.0.0: never planned.
        '1.0.0-3.0.0.ts': migrator('1.0.0', '3.0.0', `throw new Error('must not run');`),
      });
      const first = await runMongoChain(db, migrators, options());
      expect(first.refusal).toEqual([]);
      expect(first.steps.map((s) => `${s.file} ${s.status}`)).toEqual(['ok/1.0.0-2.0.0.ts success', 'ok/2.0.0-3.0.0.ts success']);
      expect([first.fromVersion, first.reachedVersion]).toEqual(['1.0.0', '3.0.0']);
      const history = await db.collection('pilot_schema_history').find().sort({ _id: 1 }).toArray();
      expect(history.map((h) => [h._id, h.version, h.script, h.checksum])).toEqual([
        [1, '1.0.0', '', null],
        [2, '2.0.0', 'ok/1.0.0-2.0.0.ts', migrators.find((m) => m.to === '2.0.0')!.checksum],
        [3, '3.0.0', 'ok/2.0.0-3.0.0.ts', migrators.find((m) => m.to === '3.0.0' && m.from === '2.0.0')!.checksum],
      ]);
      expect(await db.collection('items').countDocuments({ v: 2 })).toBe(2);
      const again = await runMongoChain(db, migrators, options());
      expect([again.steps.length, again.reachedVersion, again.refusal]).toEqual([0, '3.0.0', []]);
      expect(await db.collection('pilot_migration_lock').countDocuments()).toBe(0);

      const edited = await chainIn('ok', { '1.0.0-2.0.0.ts': migrator('1.0.0', '2.0.0', `/* edited */`) });
      const refused = await runMongoChain(db, edited, options());
      expect(refused.refusal.map((r) => [r.code, r.files])).toEqual([['chain.checksum-mismatch', ['ok/1.0.0-2.0.0.ts']]]);
    });

    it('a failing step says what it leaves behind, stays in the history, and the next run is refused', async () => {
      const db = fresh();
      const migrators = await chainIn('fails', {
        '1.0.0-2.0.0.ts': migrator(
          '1.0.0',
          '2.0.0',
          `await db.collection('copy').insertMany([{ _id: 1 }, { _id: 2 }]); throw new Error('disk full');`,
          'copy holds the documents copied so far; drop it and run again',
        ),
        '2.0.0-3.0.0.ts': migrator('2.0.0', '3.0.0', ''),
      });
      const result = await runMongoChain(db, migrators, options());
      expect(result.steps.map((s) => s.status)).toEqual(['error', 'not-executed']);
      expect(result.steps[0]!.error!.message).toBe(
        'disk full\nLeft behind: copy holds the documents copied so far; drop it and run again\nThe history records the failure (rank 2); the next run refuses the chain until the database is repaired.',
      );
      expect(result.steps[0]!.transaction).toBe(false);
      expect(await db.collection('copy').countDocuments()).toBe(2);
      const next = await runMongoChain(db, migrators, options());
      expect(next.refusal.map((r) => r.code)).toEqual(['chain.failed-applied']);
    });

    it('a second pilot fails fast naming the holder of the lock; an expired lock is taken over', async () => {
      const db = fresh();
      const migrators = await chainIn('locked', { '1.0.0-2.0.0.ts': migrator('1.0.0', '2.0.0', `await db.collection('touched').insertOne({ _id: 1 });`) });
      const held = await acquireMigrationLock(db, { holder: 'pilot ci-7 on build-host', now: () => new Date('2026-11-21T10:00:00Z'), ttlMs: 600_000 });
      const failure = await runMongoChain(db, migrators, { ...options('pilot ci-8'), targetVersion: '2.0.0', now: () => new Date('2026-11-21T10:05:00Z') }).catch((e: unknown) => e);
      expect((failure as Error).message).toBe(
        `Database "${db.databaseName}" is being migrated by "pilot ci-7 on build-host" (lock taken 2026-11-21T10:00:00.000Z, expires 2026-11-21T10:10:00.000Z): two pilots never migrate one database at once.`,
      );
      expect(await db.collection('touched').countDocuments()).toBe(0);
      const ttl = (await db.collection('pilot_migration_lock').indexes()).find((i) => i.name === 'expiresAt_ttl');
      expect([ttl?.key, ttl?.expireAfterSeconds]).toEqual([{ expiresAt: 1 }, 0]);

      // Past its expiry (the TTL monitor has not removed it yet): taken over.
      const later = await runMongoChain(db, migrators, { ...options('pilot ci-9'), targetVersion: '2.0.0', now: () => new Date('2026-11-21T10:11:00Z') });
      expect(later.reachedVersion).toBe('2.0.0');
      await held.release();
    });
  });
}
