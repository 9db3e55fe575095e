/**
 * Production sizes from a MongoDB server's collStats (`pilot profile`, estimate.production.urlEnv),
 * one test body per server: a real mongod when one is reachable, else skipped with the reason;
 * the "(stand-in)" variant proves the harness side over the wire only.
 */
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseInUrl, readMongoProductionProfile } from '../src/estimate/mongo-production-profile.ts';
import { readProductionProfileFromUrl } from '../src/estimate/production-profile.ts';
import { mongoTestServers } from './support/mongo-servers.ts';

for (const server of await mongoTestServers()) {
  describe.skipIf(server.skipReason !== undefined)(`MongoDB production profile ${server.label}${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`, () => {
    let stop: () => Promise<void>;
    let url: string;
    let client: MongoClient;
    const live = `pilot_p${process.pid}_App`;
    const staging = `pilot_p${process.pid}_App-staging`;

    beforeAll(async () => {
      ({ url, stop } = await server.start());
      client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000 });
      await client.connect();
      await client.db(live).collection('attendees').insertMany(Array.from({ length: 120 }, (_, i) => ({ _id: i })) as never[]);
      await client.db(live).collection('events').insertMany(Array.from({ length: 7 }, (_, i) => ({ _id: i })) as never[]);
      await client.db(staging).collection('attendees').insertMany(Array.from({ length: 3 }, (_, i) => ({ _id: i })) as never[]);
    });
    afterAll(async () => {
      for (const name of [live, staging]) await client?.db(name).dropDatabase().catch(() => undefined);
      await client?.close();
      await stop?.();
    });

    it('counts the documents of every collection of the database in the URL, as database.collection', async () => {
      const named = new URL(url);
      named.pathname = `/${encodeURIComponent(live)}`;
      const profile = await readProductionProfileFromUrl(named.toString());
      expect(profile.tables).toEqual({ [`${live}.attendees`]: 120, [`${live}.events`]: 7 });
      expect(profile.source).toMatch(/^collStats of mongodb:\/\//);
    });

    it('counts every application database when the URL names none', async () => {
      const bare = new URL(url);
      bare.pathname = '/';
      const profile = await readMongoProductionProfile(bare.toString());
      expect(profile.tables).toMatchObject({ [`${live}.attendees`]: 120, [`${live}.events`]: 7, [`${staging}.attendees`]: 3 });
      expect(Object.keys(profile.tables).filter((name) => /^(admin|local|config)\./.test(name))).toEqual([]);
    });
  });
}

describe('MongoDB production profile: errors', () => {
  it('names the server, masks the password and says what to check when it cannot be reached', async () => {
    const error = await readMongoProductionProfile('mongodb://reader:hunter2@127.0.0.1:1/app', { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'ENVIRONMENT_START',
      hint: 'Check the URL and that its user may run collStats and listDatabases (the read and clusterMonitor roles), or give the counts in a profile file.',
    });
    expect((error as Error).message).toMatch(/^Could not read the collection statistics of mongodb:\/\/reader:\*\*\*@127\.0\.0\.1:1\/app: /);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('reads the database of a replica set URL, which is no WHATWG URL', () => {
    expect(databaseInUrl('mongodb://u:p%40ss@a:27017,b:27017/App-staging?replicaSet=rs0')).toBe('App-staging');
    expect(databaseInUrl('mongodb+srv://u:p@cluster.example.net/App%20Two?retryWrites=true')).toBe('App Two');
    expect(databaseInUrl('mongodb://a:27017,b:27017/?replicaSet=rs0')).toBe('');
    expect(databaseInUrl('mongodb://a:27017')).toBe('');
  });
});
