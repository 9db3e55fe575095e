import { defineMongoScenario } from '../src/mongo/mongo-scenario.ts';
import { appCollections, globalCollections } from './app-metadata-mongo/data.ts';

/**
 * Source document 002 as a pilot: ConferenceApp's metadata lives in the global `apiomat`
 * database, its instance data in one database per environment (LIVE, staging, test). The
 * pilot moves all four to a new server (driver dump/restore, customers' passwords reset to
 * "secret" on import, as `migration.jar <App> true` does) and upgrades each app database
 * 1.0.0 → 3.0.0 through the mandatory 2.0.0.
 *
 * Run it with `pilot run scenarios/app-metadata-mongo.ts` (servers chosen as for PostgreSQL:
 * PILOT_MONGODB_URL / PILOT_MONGODB_TARGET_URL, or --provider testcontainers), or with
 * test/mongo-scenario.int.test.ts, on a real server or, labelled as such, on the stand-in.
 */
export default defineMongoScenario({
  name: 'app-metadata-mongo',
  source: { version: '1.0.0' },
  target: { version: '3.0.0' },
  globalDatabase: 'apiomat',
  environments: [
    { name: 'LIVE', database: 'ConferenceApp', scale: 1 },
    { name: 'STAGING', database: 'ConferenceApp-staging', scale: 0.25 },
    { name: 'TEST', database: 'ConferenceApp-test', scale: 0.1 },
  ],
  data: { seed: 2002, global: globalCollections, app: appCollections },
  chain: { migrators: ['app-metadata-mongo/migrations'], mandatory: ['2.0.0'] },
  transfer: { method: 'driver', resetPasswords: { database: 'apiomat', collection: 'users', field: 'password', value: 'secret' } },
  // `pilot run … --stage dev` rehearses at half the data; a dev run is recorded in the ledger like a PostgreSQL one.
  stages: { dev: { scale: 0.5 }, 'pre-prod': {} },
  checks: {
    global: [{ collection: 'apps' }, { collection: 'users', ignore: ['password'] }],
    app: [
      { collection: 'attendees', fields: { fullName: 'name', city: 'profile.address.city' }, ignore: ['status'] },
      { collection: 'sessions', ignore: ['slots'] },
      { collection: 'sessions', target: 'session_slots', split: { array: 'slots', parentKey: 'sessionId', key: 'code' } },
    ],
  },
});
