/**
 * The MongoDB stand-in driven by the official `mongodb` driver. Every test here proves what
 * the STAND-IN does, not what MongoDB does; the names say so (see README.md in this folder).
 */
import { Decimal128, Double, Int32, Long, MongoBulkWriteError, MongoClient, MongoServerError, ObjectId, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMongoStandin, type StartedMongoStandin } from './mongo-standin.ts';

let standin: StartedMongoStandin;
let client: MongoClient;
/** A database of this test's own (named after it), so tests do not see each other's data. */
function freshDb(): Db {
  const testName = expect.getState().currentTestName ?? 'unnamed';
  const slug = testName.split(' > ').pop()?.replace(/^stand-in( GAP)?: /, '').replace(/[^a-z0-9]+/gi, '_').slice(0, 40);
  return client.db(`t_${slug}`);
}

beforeAll(async () => {
  standin = await startMongoStandin({ now: () => new Date('2026-01-02T03:04:05.000Z') });
  client = new MongoClient(standin.url, { serverSelectionTimeoutMS: 5_000 });
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await standin?.stop();
});

describe('MongoDB stand-in: connection and server commands', () => {
  it('stand-in: the driver connects and buildInfo says it is a stand-in', async () => {
    expect(standin.url).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?directConnection=true$/);
    expect(standin.description).toContain('not MongoDB');
    const admin = client.db('admin');
    expect(await admin.command({ ping: 1 })).toEqual({ ok: 1 });
    const info = await admin.command({ buildInfo: 1 });
    expect(info).toMatchObject({ version: '7.0.0', gitVersion: 'migration-pilot-standin', standin: true });
    const hello = await admin.command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, maxWireVersion: 21, standin: true });
    expect(hello.compression).toBeUndefined();
    expect(await admin.command({ getParameter: 1, featureCompatibilityVersion: 1 })).toMatchObject({
      featureCompatibilityVersion: { version: '7.0' },
    });
    expect(await admin.command({ serverStatus: 1 })).toMatchObject({ standin: true, version: '7.0.0' });
  });

  it('stand-in: an unknown command is a CommandNotFound error, not a hang', async () => {
    const failure = await client.db('admin').command({ frobnicate: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoServerError);
    expect((failure as MongoServerError).code).toBe(59);
    expect((failure as MongoServerError).codeName).toBe('CommandNotFound');
    expect((failure as MongoServerError).message).toMatch(/^no such command: 'frobnicate' \(the migration-pilot MongoDB stand-in implements only: /);
  });

  it('stand-in: transactions are refused clearly', async () => {
    const collection = freshDb().collection('tx');
    await collection.insertOne({ _id: 1 } as never);
    const session = client.startSession();
    try {
      session.startTransaction();
      const failure = await collection.insertOne({ _id: 2 } as never, { session }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MongoServerError);
      expect((failure as MongoServerError).code).toBe(115);
      expect((failure as MongoServerError).message).toMatchInlineSnapshot(`"The migration-pilot MongoDB stand-in (an in-memory test double, not MongoDB) does not support multi-document transactions. MongoDB allows them only on a replica set member or mongos; run transaction tests on a real replica set."`);
      await session.abortTransaction().catch(() => undefined);
    } finally {
      await session.endSession();
    }
    expect(await collection.countDocuments()).toBe(1);
  });
});

describe('MongoDB stand-in: writes', () => {
  it('stand-in: insertMany ordered stops at a duplicate _id with an E11000 write error', async () => {
    const collection = freshDb().collection('people');
    const failure = await collection
      .insertMany([{ _id: 1, name: 'a' }, { _id: 1, name: 'dup' }, { _id: 2, name: 'b' }] as never[])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoBulkWriteError);
    const bulk = failure as MongoBulkWriteError;
    expect(bulk.code).toBe(11000);
    expect(bulk.insertedCount).toBe(1);
    expect(bulk.writeErrors).toHaveLength(1);
    const [writeError] = [bulk.writeErrors].flat();
    expect(writeError?.index).toBe(1);
    expect(writeError?.errmsg).toMatchInlineSnapshot(`"E11000 duplicate key error collection: t_insertMany_ordered_stops_at_a_duplicate_.people index: _id_ dup key: { _id: 1 }"`);
    expect(await collection.countDocuments()).toBe(1);
  });

  it('stand-in: insertMany unordered goes on after a duplicate', async () => {
    const collection = freshDb().collection('people');
    const failure = await collection
      .insertMany([{ _id: 1 }, { _id: 1 }, { _id: 2 }, { _id: 2 }, { _id: 3 }] as never[], { ordered: false })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoBulkWriteError);
    const bulk = failure as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(3);
    expect([bulk.writeErrors].flat().map((error) => error.index)).toEqual([1, 3]);
    expect(await collection.find().sort({ _id: 1 }).toArray()).toEqual([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
  });

  it('stand-in: update operators $set $unset $inc $push $rename $addToSet $pull $min $max $mul $currentDate', async () => {
    const collection = freshDb().collection('docs');
    await collection.insertOne({ _id: 1, name: 'x', gone: true, n: 1, tags: ['a'], old: 'v', low: 5, high: 5, price: 2, nested: { a: 1 } } as never);
    const result = await collection.updateOne({ _id: 1 } as never, {
      $set: { name: 'y', 'nested.b': 2 },
      $unset: { gone: '' },
      $inc: { n: 2 },
      $push: { tags: { $each: ['c', 'b'], $sort: 1 } },
      $rename: { old: 'renamed' },
      $min: { low: 3 },
      $max: { high: 9 },
      $mul: { price: 2.5 },
      $currentDate: { touchedAt: true },
    } as never);
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const conflict = await collection.updateOne({ _id: 1 } as never, { $addToSet: { tags: 'z' }, $pull: { tags: 'b' } } as never).catch((error: unknown) => error);
    expect((conflict as MongoServerError).code).toBe(40);
    expect((conflict as MongoServerError).message).toMatchInlineSnapshot(`"Updating the path 'tags' would create a conflict at 'tags'"`);
    await collection.updateOne({ _id: 1 } as never, { $addToSet: { tags: { $each: ['a', 'z'] } } } as never);
    await collection.updateOne({ _id: 1 } as never, { $pull: { tags: 'b' } } as never);
    expect(await collection.findOne({ _id: 1 } as never)).toEqual({
      _id: 1,
      name: 'y',
      n: 3,
      tags: ['a', 'c', 'z'],
      low: 3,
      high: 9,
      price: 5,
      nested: { a: 1, b: 2 },
      renamed: 'v',
      touchedAt: new Date('2026-01-02T03:04:05.000Z'),
    });
    const unchanged = await collection.updateOne({ _id: 1 } as never, { $set: { name: 'y' } });
    expect(unchanged).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
  });

  it('stand-in: positional $, $[] and arrayFilters', async () => {
    const collection = freshDb().collection('grades');
    await collection.insertOne({ _id: 1, grades: [{ g: 80, n: 0 }, { g: 95, n: 0 }, { g: 70, n: 0 }], scores: [1, 2, 3] } as never);
    await collection.updateOne({ _id: 1, 'grades.g': 95 } as never, { $set: { 'grades.$.n': 1 } } as never);
    await collection.updateOne({ _id: 1 } as never, { $inc: { 'scores.$[]': 10 } } as never);
    await collection.updateOne({ _id: 1 } as never, { $set: { 'grades.$[low].n': -1 } } as never, { arrayFilters: [{ 'low.g': { $lt: 75 } }] });
    expect(await collection.findOne({ _id: 1 } as never)).toEqual({
      _id: 1,
      grades: [{ g: 80, n: 0 }, { g: 95, n: 1 }, { g: 70, n: -1 }],
      scores: [11, 12, 13],
    });
  });

  it('stand-in: upsert inserts from the query equality fields, updateMany and replaceOne', async () => {
    const collection = freshDb().collection('counters');
    const upserted = await collection.updateOne({ key: 'visits', region: { $eq: 'eu' } }, { $inc: { n: 1 }, $setOnInsert: { created: true } }, { upsert: true });
    expect(upserted.upsertedCount).toBe(1);
    expect(upserted.upsertedId).toBeInstanceOf(ObjectId);
    await collection.updateOne({ key: 'visits', region: 'eu' }, { $inc: { n: 1 }, $setOnInsert: { created: false } }, { upsert: true });
    expect(await collection.findOne({ key: 'visits' }, { projection: { _id: 0 } })).toEqual({ key: 'visits', region: 'eu', n: 2, created: true });
    await collection.insertMany([{ key: 'a', n: 1 }, { key: 'b', n: 1 }]);
    const many = await collection.updateMany({ key: { $in: ['a', 'b'] } }, { $set: { n: 5 } });
    expect(many).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    await collection.replaceOne({ key: 'a' }, { key: 'a', replaced: true });
    expect(await collection.findOne({ key: 'a' }, { projection: { _id: 0 } })).toEqual({ key: 'a', replaced: true });
  });

  it('stand-in: findOneAndUpdate with upsert takes a lock document once; a second taker gets E11000', async () => {
    const locks = freshDb().collection<{ _id: string; owner: string | null; at?: Date }>('locks');
    const take = (owner: string) =>
      locks.findOneAndUpdate({ _id: 'migration', owner: null }, { $set: { owner, at: new Date(0) } }, { upsert: true, returnDocument: 'after' });
    expect(await take('runner-1')).toEqual({ _id: 'migration', owner: 'runner-1', at: new Date(0) });
    const failure = await take('runner-2').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoServerError);
    expect((failure as MongoServerError).code).toBe(11000);
    expect((failure as MongoServerError).keyValue).toEqual({ _id: 'migration' });
    const released = await locks.findOneAndUpdate({ _id: 'migration', owner: 'runner-1' }, { $set: { owner: null } });
    expect(released?.owner).toBe('runner-1');
    expect(await take('runner-2')).toMatchObject({ owner: 'runner-2' });
    expect(await locks.findOneAndDelete({ _id: 'migration' })).toMatchObject({ owner: 'runner-2' });
    expect(await locks.countDocuments()).toBe(0);
  });

  it('stand-in: deleteOne and deleteMany', async () => {
    const collection = freshDb().collection('items');
    await collection.insertMany([{ k: 1 }, { k: 2 }, { k: 3 }, { k: 4 }]);
    expect((await collection.deleteOne({ k: { $gte: 3 } })).deletedCount).toBe(1);
    expect((await collection.deleteMany({ k: { $lt: 3 } })).deletedCount).toBe(2);
    expect(await collection.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ k: 4 }]);
  });
});

describe('MongoDB stand-in: reads', () => {
  it('stand-in: find returns cursor batches through getMore', async () => {
    const collection = freshDb().collection('many');
    await collection.insertMany(Array.from({ length: 250 }, (_, i) => ({ i })));
    const batches: number[] = [];
    const monitored = new MongoClient(standin.url, { monitorCommands: true });
    monitored.on('commandSucceeded', (event) => {
      if (event.commandName === 'find') batches.push((event.reply as { cursor: { firstBatch: unknown[] } }).cursor.firstBatch.length);
      if (event.commandName === 'getMore') batches.push((event.reply as { cursor: { nextBatch: unknown[] } }).cursor.nextBatch.length);
    });
    try {
      const all = await monitored.db(collection.dbName).collection('many').find({}, { batchSize: 100 }).toArray();
      expect(all.map((document) => document.i)).toEqual(Array.from({ length: 250 }, (_, i) => i));
      expect(batches).toEqual([100, 100, 50]);
      const limited = await monitored.db(collection.dbName).collection('many').find({ i: { $gte: 10 } }).sort({ i: -1 }).skip(5).limit(3).toArray();
      expect(limited.map((document) => document.i)).toEqual([244, 243, 242]);
    } finally {
      await monitored.close();
    }
  });

  it('stand-in: find with projection and sort', async () => {
    const collection = freshDb().collection('people');
    await collection.insertMany([
      { _id: 1, name: 'b', age: 30, address: { city: 'X', zip: '1' }, tags: [1, 2, 3] },
      { _id: 2, name: 'a', age: 30, address: { city: 'Y', zip: '2' }, tags: [4] },
      { _id: 3, name: 'c', age: 20, address: { city: 'Z', zip: '3' }, tags: [] },
    ] as never[]);
    const sorted = await collection.find({}, { projection: { name: 1, 'address.city': 1 } }).sort({ age: -1, name: 1 }).toArray();
    expect(sorted).toEqual([
      { _id: 2, name: 'a', address: { city: 'Y' } },
      { _id: 1, name: 'b', address: { city: 'X' } },
      { _id: 3, name: 'c', address: { city: 'Z' } },
    ]);
    expect(await collection.findOne({ _id: 1 } as never, { projection: { address: 0, tags: 0, age: 0 } })).toEqual({ _id: 1, name: 'b' });
    expect(await collection.findOne({ _id: 1 } as never, { projection: { _id: 0, tags: { $slice: 2 } } })).toMatchObject({ tags: [1, 2] });
  });

  it('stand-in: aggregate with $match $group $sort $lookup $unwind $project $count', async () => {
    const db = freshDb();
    await db.collection('customers').insertMany([{ _id: 1, name: 'Ada' }, { _id: 2, name: 'Bob' }] as never[]);
    await db.collection('orders').insertMany([
      { customerId: 1, total: 10, items: ['x', 'y'] },
      { customerId: 1, total: 5, items: ['z'] },
      { customerId: 2, total: 7, items: [] },
    ]);
    const totals = await db
      .collection('orders')
      .aggregate([
        { $group: { _id: '$customerId', total: { $sum: '$total' }, orders: { $sum: 1 } } },
        { $sort: { total: -1 } },
        { $lookup: { from: 'customers', localField: '_id', foreignField: '_id', as: 'customer' } },
        { $unwind: '$customer' },
        { $project: { _id: 0, name: '$customer.name', total: 1, orders: 1 } },
      ])
      .toArray();
    expect(totals).toEqual([
      { total: 15, orders: 2, name: 'Ada' },
      { total: 7, orders: 1, name: 'Bob' },
    ]);
    const items = await db.collection('orders').aggregate([{ $unwind: { path: '$items', includeArrayIndex: 'at' } }, { $count: 'n' }]).toArray();
    expect(items).toEqual([{ n: 3 }]);
    const joined = await db
      .collection('customers')
      .aggregate([
        { $lookup: { from: 'orders', let: { id: '$_id' }, pipeline: [{ $match: { $expr: { $eq: ['$customerId', '$$id'] } } }, { $project: { _id: 0, total: 1 } }], as: 'orders' } },
        { $project: { _id: 1, orders: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { _id: 1, orders: [{ total: 10 }, { total: 5 }] },
      { _id: 2, orders: [{ total: 7 }] },
    ]);
  });

  it('stand-in: $out and $merge write their results to collections', async () => {
    const db = freshDb();
    await db.collection('src').insertMany([{ _id: 1, v: 1 }, { _id: 2, v: 2 }] as never[]);
    await db.collection('src').aggregate([{ $match: { v: { $gt: 1 } } }, { $out: 'copy' }]).toArray();
    expect(await db.collection('copy').find().toArray()).toEqual([{ _id: 2, v: 2 }]);
    await db.collection('src').aggregate([{ $set: { seen: true } }, { $merge: { into: 'copy', whenMatched: 'merge', whenNotMatched: 'insert' } }]).toArray();
    expect(await db.collection('copy').find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 1, v: 1, seen: true },
      { _id: 2, v: 2, seen: true },
    ]);
  });

  it('stand-in: countDocuments, estimatedDocumentCount and distinct', async () => {
    const collection = freshDb().collection('things');
    await collection.insertMany([{ c: 'red', s: [1, 2] }, { c: 'blue', s: [2] }, { c: 'red' }]);
    expect(await collection.countDocuments()).toBe(3);
    expect(await collection.countDocuments({ c: 'red' })).toBe(2);
    expect(await collection.countDocuments({}, { skip: 1, limit: 1 })).toBe(1);
    expect(await collection.estimatedDocumentCount()).toBe(3);
    expect(await collection.distinct('c')).toEqual(['red', 'blue']);
    expect(await collection.distinct('s', { c: 'red' })).toEqual([1, 2]);
    expect(await freshDb().collection('missing').estimatedDocumentCount()).toBe(0);
  });
});

describe('MongoDB stand-in: collections and indexes', () => {
  it('stand-in: createIndex unique is enforced on insert and update; listIndexes and dropIndex', async () => {
    const collection = freshDb().collection('users');
    await collection.insertMany([{ email: 'a@x' }, { email: 'b@x' }]);
    expect(await collection.createIndex({ email: 1 }, { unique: true })).toBe('email_1');
    expect(await collection.createIndex({ email: 1 }, { unique: true })).toBe('email_1');
    const insertFailure = await collection.insertOne({ email: 'a@x' }).catch((error: unknown) => error);
    expect(insertFailure).toBeInstanceOf(MongoServerError);
    expect((insertFailure as MongoServerError).code).toBe(11000);
    expect((insertFailure as MongoServerError).message).toMatchInlineSnapshot(`"E11000 duplicate key error collection: t_createIndex_unique_is_enforced_on_insert.users index: email_1 dup key: { email: "a@x" }"`);
    const updateFailure = await collection.updateOne({ email: 'b@x' }, { $set: { email: 'a@x' } }).catch((error: unknown) => error);
    expect((updateFailure as MongoServerError).code).toBe(11000);
    expect(await collection.findOne({ email: 'b@x' })).not.toBeNull();
    const indexes = await collection.listIndexes().toArray();
    expect(indexes).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { email: 1 }, name: 'email_1', unique: true },
    ]);
    await collection.dropIndex('email_1');
    await collection.insertOne({ email: 'a@x' });
    const buildFailure = await collection.createIndex({ email: 1 }, { unique: true }).catch((error: unknown) => error);
    expect((buildFailure as MongoServerError).code).toBe(11000);
    expect((await collection.listIndexes().toArray()).map((index) => index.name)).toEqual(['_id_']);
  });

  it('stand-in: sparse and partial unique indexes skip documents they do not cover', async () => {
    const collection = freshDb().collection('accounts');
    await collection.createIndex({ handle: 1 }, { unique: true, sparse: true });
    await collection.createIndex({ code: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await collection.insertMany([{ code: 'A', active: false }, { code: 'A', active: false }, { code: 'A', active: true }]);
    const failure = await collection.insertOne({ code: 'A', active: true }).catch((error: unknown) => error);
    expect((failure as MongoServerError).code).toBe(11000);
    expect(await collection.countDocuments()).toBe(3);
  });

  it('stand-in: listCollections shows a validator (stored, not enforced), filter and nameOnly', async () => {
    const db = freshDb();
    const validator = { $jsonSchema: { bsonType: 'object', required: ['email'], properties: { email: { bsonType: 'string' } } } };
    await db.createCollection('users', { validator, validationLevel: 'strict', validationAction: 'error' });
    await db.createCollection('logs');
    const users = await db.listCollections({ name: 'users' }).toArray();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ name: 'users', type: 'collection', options: { validator, validationLevel: 'strict', validationAction: 'error' } });
    expect((await db.listCollections({}, { nameOnly: true }).toArray()).map((entry) => entry.name).sort()).toEqual(['logs', 'users']);
    // The stand-in stores validators but does not enforce them: this insert would fail on MongoDB.
    await db.collection('users').insertOne({ email: 42 });
    await db.command({ collMod: 'users', validationLevel: 'moderate' });
    expect((await db.listCollections({ name: 'users' }).toArray())[0]).toMatchObject({ options: { validationLevel: 'moderate' } });
    const exists = await db.createCollection('logs').catch((error: unknown) => error);
    expect((exists as MongoServerError).code).toBe(48);
  });

  it('stand-in: rename, drop and dropDatabase', async () => {
    const db = freshDb();
    await db.collection('before').insertOne({ v: 1 });
    await db.collection('before').createIndex({ v: 1 });
    await db.renameCollection('before', 'after');
    expect(await db.collection('after').findOne({}, { projection: { _id: 0 } })).toEqual({ v: 1 });
    expect((await db.collection('after').listIndexes().toArray()).map((index) => index.name)).toEqual(['_id_', 'v_1']);
    const names = () => db.listCollections({}, { nameOnly: true }).toArray().then((entries) => entries.map((entry) => entry.name));
    expect(await names()).toEqual(['after']);
    await db.collection('other').insertOne({ v: 2 });
    const clash = await db.renameCollection('after', 'other').catch((error: unknown) => error);
    expect((clash as MongoServerError).code).toBe(48);
    expect(await db.collection('other').drop()).toBe(true);
    const databases = async () => (await client.db('admin').admin().listDatabases()).databases.map((database) => database.name);
    expect(await databases()).toContain(db.databaseName);
    expect(await db.dropDatabase()).toBe(true);
    expect(await databases()).not.toContain(db.databaseName);
    expect(await names()).toEqual([]);
  });

  it('stand-in: collStats, $collStats and dbStats report counts and sizes', async () => {
    const db = freshDb();
    const collection = db.collection('sized');
    await collection.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i, text: 'x'.repeat(100) })) as never[]);
    const [stats] = await collection.aggregate([{ $collStats: { storageStats: {}, count: {} } }]).toArray();
    expect(stats).toMatchObject({ ns: `${db.databaseName}.sized`, count: 10, storageStats: { count: 10, nindexes: 1, standin: true } });
    const size = (stats?.storageStats as { size: number }).size;
    expect(size).toBe(10 * 125); // BSON per document: 4 length + 9 for _id (int32) + 111 for text + 1 terminator
    expect(await db.command({ collStats: 'sized' })).toMatchObject({ count: 10, size });
    expect(await db.stats()).toMatchObject({ collections: 1, objects: 10, dataSize: size, standin: true });
  });
});

describe('MongoDB stand-in: BSON types', () => {
  it('stand-in: Int32, Long, Double and Decimal128 read back as the same types', async () => {
    const collection = freshDb().collection('numbers');
    const document = {
      _id: 1,
      int: new Int32(7),
      long: Long.fromString('9007199254740993'),
      double: new Double(2),
      fraction: new Double(2.5),
      decimal: Decimal128.fromString('1234.5600'),
      nested: { list: [new Int32(1), new Double(1), Long.fromNumber(1)] },
    };
    await collection.insertOne(document as never);
    const raw = await collection.findOne({ _id: 1 } as never, { promoteValues: false });
    expect(raw?.int).toBeInstanceOf(Int32);
    expect(raw?.long).toBeInstanceOf(Long);
    expect(String(raw?.long)).toBe('9007199254740993');
    expect(raw?.double).toBeInstanceOf(Double);
    expect(raw?.fraction).toBeInstanceOf(Double);
    expect(raw?.decimal).toBeInstanceOf(Decimal128);
    expect(String(raw?.decimal)).toBe('1234.5600');
    expect((raw?.nested as { list: unknown[] }).list.map((value) => (value as { _bsontype: string })._bsontype)).toEqual(['Int32', 'Double', 'Long']);
    const [typed] = await collection
      .aggregate([{ $project: { _id: 0, int: { $type: '$int' }, long: { $type: '$long' }, double: { $type: '$double' }, decimal: { $type: '$decimal' } } }])
      .toArray();
    expect(typed).toEqual({ int: 'int', long: 'long', double: 'double', decimal: 'decimal' });
    expect(await collection.countDocuments({ double: { $type: 'double' }, int: { $type: 'int' }, long: { $type: 'long' } })).toBe(1);
    expect(await collection.countDocuments({ double: { $type: 'int' } })).toBe(0);
    expect(await collection.countDocuments({ int: 7, double: 2, long: { $gt: 9007199254740000 } })).toBe(1);
  });

  it('stand-in: $inc and $mul follow MongoDB numeric type rules; Decimal128 stays exact', async () => {
    const collection = freshDb().collection('math');
    await collection.insertOne({ _id: 1, int: new Int32(2147483647), small: new Int32(1), double: new Double(1), decimal: Decimal128.fromString('0.1') } as never);
    await collection.updateOne({ _id: 1 } as never, {
      $inc: { int: new Int32(1), small: new Double(0.5), decimal: Decimal128.fromString('0.2') },
      $mul: { double: new Int32(3) },
    } as never);
    const raw = await collection.findOne({ _id: 1 } as never, { promoteValues: false });
    expect(raw?.int).toBeInstanceOf(Long);
    expect(String(raw?.int)).toBe('2147483648');
    expect(raw?.small).toBeInstanceOf(Double);
    expect(raw?.double).toBeInstanceOf(Double);
    expect(raw?.decimal).toBeInstanceOf(Decimal128);
    expect(String(raw?.decimal)).toBe('0.3');
  });

  it('stand-in: a pipeline update keeps untouched types and $toDecimal gives a Decimal128', async () => {
    const collection = freshDb().collection('money');
    await collection.insertOne({ _id: 1, amount: '12.50', count: new Double(3), id32: new Int32(4) } as never);
    await collection.updateOne({ _id: 1 } as never, [{ $set: { amount: { $toDecimal: '$amount' }, doubled: { $multiply: ['$id32', 2] } } }]);
    const raw = await collection.findOne({ _id: 1 } as never, { promoteValues: false });
    expect(raw?.amount).toBeInstanceOf(Decimal128);
    expect(String(raw?.amount)).toBe('12.50');
    expect(raw?.count).toBeInstanceOf(Double);
    expect(raw?.id32).toBeInstanceOf(Int32);
    expect(raw?.doubled).toBeInstanceOf(Int32);
  });

  it('stand-in GAP: values an aggregation computes are typed by value, not by MongoDB rules', async () => {
    // MongoDB: $sum of doubles is a double. The stand-in computes in JS numbers, and an integral
    // result comes back as Int32. This test pins the gap so nobody relies on it (README: gaps).
    const collection = freshDb().collection('gap');
    await collection.insertMany([{ v: new Double(1.5) }, { v: new Double(2.5) }] as never[]);
    const [result] = await collection.aggregate([{ $group: { _id: null, sum: { $sum: '$v' } } }], { promoteValues: false }).toArray();
    expect(result?.sum).toBeInstanceOf(Int32);
  });

  it('stand-in: dates, ObjectIds, binary and nested documents round trip and match', async () => {
    const collection = freshDb().collection('misc');
    const id = new ObjectId();
    const when = new Date('2024-02-29T12:34:56.789Z');
    await collection.insertOne({ _id: id, when, ref: new ObjectId('64b7f0000000000000000001'), deep: { a: [{ b: when }] } });
    expect(await collection.findOne({ _id: id })).toEqual({ _id: id, when, ref: new ObjectId('64b7f0000000000000000001'), deep: { a: [{ b: when }] } });
    expect(await collection.countDocuments({ when: { $gt: new Date('2024-01-01'), $lt: new Date('2025-01-01') } })).toBe(1);
    expect(await collection.countDocuments({ ref: { $in: [new ObjectId('64b7f0000000000000000001')] } })).toBe(1);
    expect(await collection.countDocuments({ 'deep.a.b': when })).toBe(1);
    const generated = await collection.insertOne({ x: 1 });
    expect(generated.insertedId).toBeInstanceOf(ObjectId);
  });
});
