import type { MongoClient } from 'mongodb';
import type { EnvironmentRole, EnvironmentSettings, ProviderName, ProviderProbe } from '../../environment/environment-provider.ts';
import { externalMongoProvider } from './external-mongo-provider.ts';
import { noMongoProvider } from './no-mongo-provider.ts';
import { type TestcontainersMongoOptions, testcontainersMongoProvider } from './testcontainers-mongo-provider.ts';

/**
 * What a MongoDB scenario asks of one server (the old one, `source`, or the new one,
 * `target`): the same shape as a PostgreSQL environment request, so `chooseProvider`
 * picks among MongoDB's providers by the same rules (`--provider`, `PILOT_PROVIDER`, the
 * scenario's field, `auto`, a URL making it `external`).
 */
export interface MongoServerRequest {
  role: EnvironmentRole;
  engine: 'mongodb';
  /** The MongoDB major wanted (`"7"`); absent: `DEFAULT_MONGO_MAJOR`. */
  engineVersion?: string;
  /** `image` (testcontainers), `url` and `allowWrites` (external) are read; the rest is PostgreSQL's. */
  settings?: EnvironmentSettings;
  /** Names what is started (container labels): the scenario's name. */
  label?: string;
}

/** A MongoDB provider: the `EnvironmentProvider` contract, serving MongoDB servers instead of PostgreSQL ones. */
export interface MongoProvider {
  readonly name: ProviderName;
  readonly version: string;
  /** Whether it can serve here, without starting anything; `identity` names what would run. */
  probe(request: MongoServerRequest): Promise<ProviderProbe>;
  start(request: MongoServerRequest): Promise<StartedMongoServer>;
}

/** A running MongoDB server; disposing it disconnects (and stops what the provider started). */
export interface StartedMongoServer extends AsyncDisposable {
  readonly role: EnvironmentRole;
  readonly provider: ProviderName;
  readonly client: MongoClient;
  /** Holds a password when the URL does: pass it on (mongodump), never log it. */
  readonly url: string;
  /** For reports, never with secrets: `external: MongoDB 7.0.14 at mongodb://app:***@db:27017/`. */
  readonly description: string;
  /** `buildInfo.version`. */
  readonly serverVersion: string;
}

/**
 * MongoDB's providers by name. There is no embedded or native MongoDB: those two refuse
 * with what to do instead, so `auto` tries testcontainers, then says why nothing serves.
 *
 * @example
 * const choice = await chooseProvider('auto', { role: 'target', engine: 'mongodb' }, mongoProviders());
 */
export function mongoProviders(options: TestcontainersMongoOptions = {}): (name: ProviderName) => MongoProvider {
  const made = new Map<ProviderName, MongoProvider>();
  return (name) => {
    let provider = made.get(name);
    if (!provider) {
      provider = name === 'external' ? externalMongoProvider() : name === 'testcontainers' ? testcontainersMongoProvider(options) : noMongoProvider(name);
      made.set(name, provider);
    }
    return provider;
  };
}
