/**
 * The MongoDB adapter and document parity, one test body per server: a real mongod
 * (PILOT_MONGODB_URL, or Testcontainers mongo:7 when Docker has the image) and the
 * in-memory stand-in. Only the real-server variants prove anything about MongoDB; the
 * "(stand-in)" variants prove the harness logic over the wire protocol (see
 * test/support/mongo-standin/README.md for what the stand-in does not model).
 */
import { BSON, Decimal128, Double, Int32, Long, MongoClient, ObjectId, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedDiff } from '../src/checks/keyed-diff.ts';
import { mongoEngine, type MongoEngine } from '../src/engines/mongo/mongo-engine.ts';
import { mongoFingerprinter, WHOLE_DOCUMENT } from '../src/engines/mongo/mongo-fingerprint.ts';
import { documentParity } from '../src/mongo/document-parity.ts';
import { mongoTestServers } from './support/mongo-servers.ts';

for (const server of await mongoTestServers()) {
  describe.skipIf(server.skipReason !== undefined)(`MongoDB adapter ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let stop: () => Promise<void>;
    let client: MongoClient;
    let run = 0;
    // Each test its own databases, dropped at the end, so a shared real server stays clean.
    const used: string[] = [];
    const fresh = (name: string): Db => {
      const db = client.db(`pilot_t${process.pid}_${++run}_${name}`);
      used.push(db.databaseName);
      return db;
    };
    const engineOn = (db: Db): Promise<MongoEngine> => mongoEngine({ client, db });

    beforeAll(async () => {
      const started = await server.start();
      stop = started.stop;
      client = new MongoClient(started.url, { serverSelectionTimeoutMS: 10_000 });
      await client.connect();
    });
    afterAll(async () => {
      for (const name of used) await client?.db(name).dropDatabase().catch(() => undefined);
      await client?.close();
      await stop?.();
    });

    it('introspects collections, indexes, validators and the sampled shape', async () => {
      const db = fresh('introspect');
      await db.createCollection('users', { validator: { $jsonSchema: { bsonType: 'object', required: ['email'] } } });
      await db.collection('users').createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
      await db.collection('users').insertMany([
        { _id: 'u1', email: 'a@x', age: new Int32(30), profile: { city: 'Oslo' }, tags: ['a'] },
        { _id: 'u2', email: 'b@x', age: new Double(31.5), tags: [] },
      ] as never[]);
      await db.collection('audit').insertOne({ at: new Date(0) });
      const engine = await engineOn(db);
      const { tables } = await engine.introspect();
      expect(tables.map((t) => t.name)).toEqual(['audit', 'users']);
      const users = tables[1]!;
      expect(users.indexes.map((i) => [i.name, i.unique])).toEqual([['_id_', true], ['email_unique', true]]);
      expect((users as { validator?: unknown }).validator).toEqual({ $jsonSchema: { bsonType: 'object', required: ['email'] } });
      expect(users.columns.map((c) => `${c.name}:${c.type}${c.nullable ? '?' : ''}`)).toEqual([
        '_id:string', 'age:double|int', 'email:string', 'profile:object?', 'profile.city:string', 'tags:array', 'tags.[]:string',
      ]);
      expect(engine.capabilities.transactionalDdl).toBe(false);
      expect(engine.kind).toBe('mongodb');
    });

    it('bulk-loads EJSON lines and documents unordered in batches, and counts them', async () => {
      const db = fresh('load');
      const engine = await engineOn(db);
      const lines = [{ _id: 1, n: Long.fromString('9007199254740993') }, { _id: 2, d: Decimal128.fromString('1.50') }]
        .map((d) => BSON.EJSON.stringify(d, { relaxed: false }))
        .join('\n');
      expect(await engine.bulkLoad('things', [], [lines.slice(0, 20), lines.slice(20), '\n'])).toBe(2);
      expect(await engine.count('things')).toBe(2);
      const long = await db.collection('things').findOne({ _id: 1 as never }, { promoteLongs: false });
      expect(String(long?.n)).toBe('9007199254740993');
      expect(await engine.insertDocuments('many', Array.from({ length: 7 }, (_, i) => ({ _id: i })), 3)).toBe(7);
      const failure = await engine.insertDocuments('many', [{ _id: 100 }, { _id: 3 }, { _id: 101 }], 10).catch((e: unknown) => e);
      expect((failure as Error).message).toMatch(/^Inserting into "many" failed in batch 1: 2 of 3 documents inserted; document 1: .*E11000/);
      expect(await engine.count('many')).toBe(9);
    });

    it('fingerprints documents canonically over field order and numeric types, and finds the changed one', async () => {
      const [a, b] = [fresh('fp_a'), fresh('fp_b')];
      const oid = new ObjectId('65a1b2c3d4e5f60718293a4b');
      await a.collection('c').insertMany([
        { _id: oid, x: new Int32(1), sub: { p: 1, q: [1, { r: 2 }] } },
        { _id: 'k2', when: new Date('2026-01-01T00:00:00Z') },
        { _id: { tenant: 't', n: 1 }, v: Long.fromNumber(5) },
      ] as never[]);
      await b.collection('c').insertMany([
        { _id: oid, sub: { q: [new Double(1), { r: Long.fromNumber(2) }], p: new Double(1) }, x: Long.fromNumber(1) },
        { _id: 'k2', when: new Date('2026-01-01T00:00:00Z') },
        { _id: { tenant: 't', n: 1 }, v: new Double(5) },
      ] as never[]);
      const set = { from: { table: 'c' }, key: ['_id'], values: [WHOLE_DOCUMENT] };
      const equal = await keyedDiff({ store: mongoFingerprinter(a), set }, { store: mongoFingerprinter(b), set });
      expect(equal.equal).toBe(true);
      expect(equal.source.count).toBe(3);

      await b.collection('c').updateOne({ _id: 'k2' as never }, { $set: { when: new Date('2026-01-01T00:00:00.001Z') } });
      const changed = await keyedDiff({ store: mongoFingerprinter(a), set }, { store: mongoFingerprinter(b), set });
      expect(changed.changed.keys).toEqual(['k2']);

      // Looked up by key (a server-side $in on the ObjectId, the string and the number candidates).
      await b.collection('c').updateOne({ _id: oid as never }, { $set: { 'sub.q.1.r': 3 } });
      await b.collection('c').insertOne({ _id: 7, extra: true } as never);
      const findings = await documentParity(a, b, { collection: 'c' });
      expect(findings.map((f) => [f.code, f.keys])).toEqual([
        ['parity.extra-rows', ['7']],
        ['parity.changed-rows', ['ObjectId("65a1b2c3d4e5f60718293a4b")', 'k2']],
      ]);
      expect(findings[1]!.details).toEqual([
        { key: 'ObjectId("65a1b2c3d4e5f60718293a4b")', column: 'sub.q.1.r', expected: '2', actual: '3' },
        { key: 'k2', column: 'when', expected: 'Date("2026-01-01T00:00:00.000Z")', actual: 'Date("2026-01-01T00:00:00.001Z")' },
      ]);
      expect((await (await engineOn(a)).fingerprintAll()).c!.count).toBe(3);
    });

    it('document parity: a rename, a move into a sub-document and a split array pass; losses and drops are named exactly', async () => {
      const [source, target] = [fresh('par_s'), fresh('par_t')];
      await source.collection('users').insertMany([
        { _id: 'u1', fullName: 'Ada', city: 'Oslo', profile: { address: { zip: '0150' } } },
        { _id: 'u2', fullName: 'Bo', city: 'Rome', profile: { address: { zip: '00100' } } },
        { _id: 'u3', fullName: 'Cy', city: 'Bern', profile: { address: { zip: '3000' } } },
      ] as never[]);
      await source.collection('orders').insertMany([
        { _id: 'o1', items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] },
        { _id: 'o2', items: [{ sku: 'a', qty: 5 }] },
      ] as never[]);
      await target.collection('users').insertMany([
        { _id: 'u1', name: 'Ada', profile: { address: { zip: '0150', city: 'Oslo' } } },
        { _id: 'u2', name: 'Bo', profile: { address: { city: 'Rome' } } },
        { _id: 'u4', name: 'Di', profile: { address: { city: 'Kyiv' } } },
      ] as never[]);
      await target.collection('order_items').insertMany([
        { orderId: 'o1', sku: 'a', qty: new Int32(1) },
        { orderId: 'o1', sku: 'b', qty: 2 },
        { orderId: 'o2', sku: 'a', qty: 5.0 },
      ] as never[]);
      await target.collection('orders').insertMany([{ _id: 'o1' }, { _id: 'o2' }] as never[]);

      const split = await documentParity(source, target, { collection: 'orders', target: 'order_items', split: { array: 'items', parentKey: 'orderId', key: 'sku' } });
      expect(split).toEqual([]);
      const users = await documentParity(source, target, { collection: 'users', fields: { fullName: 'name', city: 'profile.address.city' } });
      expect(users.map((f) => [f.code, f.keys])).toEqual([
        ['parity.missing-rows', ['u3']],
        ['parity.extra-rows', ['u4']],
        ['parity.changed-rows', ['u2']],
      ]);
      expect(users[2]!.message).toBe('1 of 3 source documents differs in the target at "profile.address.zip".');
      expect(users[2]!.details).toEqual([{ key: 'u2', column: 'profile.address.zip', expected: '"00100"', actual: null, note: 'absent in the target' }]);
    });

    it('answers an aggregation as text', async () => {
      const db = fresh('query');
      await db.collection('c').insertMany([{ _id: 1, g: 'a' }, { _id: 2, g: 'a' }, { _id: 3, g: 'b' }] as never[]);
      const result = await (await engineOn(db)).queryText('{"aggregate": "c", "pipeline": [{"$group": {"_id": "$g", "n": {"$sum": 1}}}, {"$sort": {"_id": 1}}]}');
      expect(result).toEqual({ columns: ['_id', 'n'], rows: [['a', '2'], ['b', '1']] });
    });
  });
}
