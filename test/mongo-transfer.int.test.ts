/**
 * Dump and restore between two servers (source document 002: `mongodump -d`,
 * `mongorestore --drop`, passwords reset on import). The driver-based transfer runs on each
 * server kind ("(stand-in)" proves the harness only); the mongodump path runs with fake
 * `mongodump`/`mongorestore` scripts that record their arguments, because the real tools
 * are not installed here: it proves the command lines, not the tools.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mongoEngine } from '../src/engines/mongo/mongo-engine.ts';
import { documentParity } from '../src/mongo/document-parity.ts';
import { transferDatabases } from '../src/mongo/transfer-databases.ts';
import { connectServers, mongoTestServers } from './support/mongo-servers.ts';
import { startMongoStandin } from './support/mongo-standin/mongo-standin.ts';

for (const server of await mongoTestServers()) {
  describe.skipIf(server.skipReason !== undefined)(`driver dump/restore ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let servers: Awaited<ReturnType<typeof connectServers>>;
    let clients: MongoClient[] = [];
    const prefix = `xfer${process.pid}_`;
    beforeAll(async () => {
      servers = await connectServers(server, 2);
      clients = servers.clients;
    });
    afterAll(async () => {
      for (const client of clients) for (const name of ['src_apiomat', 'dst_apiomat']) await client.db(`${prefix}${name}`).dropDatabase().catch(() => undefined);
      await servers?.close();
    });

    it('copies collections with validators, indexes and documents, replaces what the target held, resets passwords, and leaves the source unchanged', async () => {
      const [old, next] = clients as [MongoClient, MongoClient];
      const source = old.db(`${prefix}src_apiomat`);
      const target = next.db(`${prefix}dst_apiomat`);
      await source.createCollection('users', { validator: { $jsonSchema: { required: ['email'] } } });
      await source.collection('users').createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
      await source.collection('users').insertMany([
        { _id: 'u1', email: 'a@x', password: 'hash-a', profile: { tags: ['x'] } },
        { _id: 'u2', email: 'b@x', password: 'hash-b' },
      ] as never[]);
      await target.collection('users').insertOne({ _id: 'stale', email: 'old@x' } as never);
      const before = await (await mongoEngine({ client: old, db: source })).fingerprintAll();

      const report = await transferDatabases(old, next, {
        databases: [source.databaseName],
        rename: { [source.databaseName]: target.databaseName },
        resetPasswords: { database: target.databaseName, collection: 'users', field: 'password', value: 'secret' },
        batchSize: 1,
      });
      expect(report).toMatchObject({
        method: 'driver',
        databases: [{ from: source.databaseName, to: target.databaseName, collections: [{ name: 'users', documents: 2, indexes: 2 }] }],
        passwordsReset: 2,
      });
      expect(await (await mongoEngine({ client: old, db: source })).fingerprintAll()).toEqual(before);
      expect(await documentParity(source, target, { collection: 'users', ignore: ['password'] })).toEqual([]);
      expect(await target.collection('users').distinct('password')).toEqual(['secret']);
      expect((await target.collection('users').indexes()).map((i) => [i.name, i.unique ?? false])).toEqual([['_id_', false], ['email_unique', true]]);
      const [info] = await target.listCollections({ name: 'users' }).toArray();
      expect((info as { options?: unknown }).options).toMatchObject({ validator: { $jsonSchema: { required: ['email'] } } });
      // Without ignoring the password, parity names every reset password.
      const strict = await documentParity(source, target, { collection: 'users' });
      expect(strict.map((f) => [f.code, f.keys, f.details?.map((d) => d.column)])).toEqual([['parity.changed-rows', ['u1', 'u2'], ['password', 'password']]]);
    });
  });
}

describe('mongodump/mongorestore transfer, with fake tools that record their arguments (stand-in target)', () => {
  let dir: string;
  const savedPath = process.env.PATH;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pilot-fake-mongotools-'));
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    await rm(dir, { recursive: true, force: true });
  });

  async function fakeTools(restoreExit: number) {
    for (const tool of ['mongodump', 'mongorestore']) {
      const file = path.join(dir, tool);
      const fail = tool === 'mongorestore' && restoreExit !== 0 ? `echo "Failed: connection to mongodb://app:hunter22@new:27017 refused" >&2; exit ${restoreExit}` : 'exit 0';
      await writeFile(file, `#!/bin/sh\nprintf '%s\\n' "$@" > "${path.join(dir, `${tool}.args`)}"\n${fail}\n`);
      await chmod(file, 0o755);
    }
    process.env.PATH = `${dir}${path.delimiter}${savedPath}`;
  }

  it('runs mongodump --archive of each database and mongorestore --drop renaming its namespace', async () => {
    await fakeTools(0);
    await using standin = await startMongoStandin();
    const client = new MongoClient(standin.url);
    try {
      const report = await transferDatabases(client, client, {
        databases: ['App'],
        rename: { App: 'App-new' },
        method: 'mongodump',
        sourceUrl: 'mongodb://app:pw@old:27017',
        targetUrl: standin.url,
      });
      expect(report.method).toBe('mongodump');
      const dump = (await readFile(path.join(dir, 'mongodump.args'), 'utf8')).trim().split('\n');
      const restore = (await readFile(path.join(dir, 'mongorestore.args'), 'utf8')).trim().split('\n');
      expect(dump.slice(0, 2)).toEqual(['--uri=mongodb://app:pw@old:27017', '--db=App']);
      expect(dump[2]).toMatch(/^--archive=.*pilot-mongodump-.*\/App\.archive$/);
      expect(restore).toEqual([`--uri=${standin.url}`, '--drop', dump[2], '--nsFrom=App.*', '--nsTo=App-new.*']);
    } finally {
      await client.close();
    }
  });

  it('a failing tool is a DATABASE error with its last stderr lines, the password redacted', async () => {
    await fakeTools(1);
    await using standin = await startMongoStandin();
    const client = new MongoClient(standin.url);
    try {
      const failure = await transferDatabases(client, client, { databases: ['App'], rename: { App: 'App-new' }, method: 'mongodump', sourceUrl: standin.url, targetUrl: standin.url }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'DATABASE' });
      expect((failure as Error).message).toBe('mongorestore failed for database "App": Failed: connection to mongodb://app:***@new:27017 refused');
    } finally {
      await client.close();
    }
  });

  it('refuses to move a database onto itself on the same server, which would drop the source (stand-in)', async () => {
    await using standin = await startMongoStandin();
    const source = new MongoClient(standin.url);
    const target = new MongoClient(standin.url);
    try {
      await source.db('App').collection('users').insertOne({ _id: 'u1', email: 'a@x' } as never);
      const failure = await transferDatabases(source, target, { databases: ['App'] }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'CONFIG_INVALID' });
      expect((failure as Error).message).toContain('would drop the source');
      expect(await source.db('App').collection('users').countDocuments()).toBe(1);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
