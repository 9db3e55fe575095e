/**
 * How a Mongo scenario's old and new servers are chosen and started (`startMongoServers`):
 * the PostgreSQL rules (a URL makes a server external whatever --provider says, the
 * scenario's provider, PILOT_PROVIDER), and refusals before anything is written. The
 * servers are the in-memory stand-in, so these prove the harness's selection only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessError, isHarnessError } from '../src/errors/harness-error.ts';
import type { MongoScenario } from '../src/mongo/mongo-scenario.ts';
import { startMongoServers } from '../src/mongo/start-mongo-servers.ts';
import { phaseRecorder } from '../src/run/phase-recorder.ts';
import { systemClock } from '../src/util/clock.ts';
import { createRedactor } from '../src/util/redact.ts';
import scenario from '../scenarios/app-metadata-mongo.ts';
import { type StartedMongoStandin, startMongoStandin } from './support/mongo-standin/mongo-standin.ts';

let old: StartedMongoStandin;
let next: StartedMongoStandin;
beforeAll(async () => {
  [old, next] = await Promise.all([startMongoStandin(), startMongoStandin()]);
});
afterAll(async () => {
  await old?.stop();
  await next?.stop();
});

function start(spec: MongoScenario, options: { provider?: 'testcontainers' | 'embedded'; env: NodeJS.ProcessEnv }) {
  const phases = phaseRecorder(systemClock);
  const redactor = createRedactor();
  return { phases, redactor, started: startMongoServers(spec, { ...options, phases, redactor }) };
}

async function refusal(promise: Promise<unknown>): Promise<[string, string, string | undefined]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isHarnessError(error)) throw new Error(`expected a HarnessError, got ${String(error)}`);
  return [error.code, error.message, error.hint];
}

describe('choosing the MongoDB servers (stand-in)', () => {
  it('(stand-in) PILOT_MONGODB_URL and PILOT_MONGODB_TARGET_URL make both servers external, over --provider, and the target writable', async () => {
    const { phases, started } = start(scenario, { provider: 'testcontainers', env: { PILOT_MONGODB_URL: old.url, PILOT_MONGODB_TARGET_URL: next.url } });
    await using servers = await started;
    expect(servers.environments.map((e) => [e.role, e.provider, e.selection, e.serverVersion])).toEqual([
      ['source', 'external', 'external, as asked', '7.0.0'],
      ['target', 'external', 'external, as asked', '7.0.0'],
    ]);
    expect(servers.environments[0]!.description).toMatch(/^external: the in-memory MongoDB stand-in \(reports 7\.0\.0; not MongoDB\) at mongodb:\/\/127\.0\.0\.1:\d+\//);
    expect(phases.phases.map((p) => `${p.phase} ${p.status}`)).toEqual(['start-source success', 'start-target success']);
    expect(await servers.target.client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('(stand-in) an external target named in the scenario without allowWrites is refused before it is written', async () => {
    const spec: MongoScenario = { ...scenario, servers: { source: { url: old.url }, target: { url: next.url } } };
    const { phases, started } = start(spec, { env: {} });
    const [code, message, hint] = await refusal(started);
    expect(code).toBe('CONFIG_INVALID');
    expect(message).toMatch(/^The external MongoDB target \(at mongodb:\/\/127\.0\.0\.1:\d+\/.*\) is not marked writable\. The harness will write to it: it restores the moved databases there, dropping what they held, and runs the migration chain\.$/);
    expect(hint).toBe('If this server may be changed (a pre-prod server, never production), set "allowWrites: true" on servers.target, or name it in PILOT_MONGODB_TARGET_URL.');
    expect(phases.phases.map((p) => `${p.phase} ${p.status}`)).toEqual(['start-source success', 'start-target error']);
  });

  it('urlEnv names a variable that is not set: says which, and where', async () => {
    const spec: MongoScenario = { ...scenario, servers: { source: { urlEnv: 'OLD_MONGO_URL' } } };
    const error = await start(spec, { env: {} }).started.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect([(error as HarnessError).message, (error as HarnessError).path]).toEqual(['The environment variable OLD_MONGO_URL (servers.source.urlEnv) is not set.', ['servers', 'source', 'urlEnv']]);
  });

  it('the scenario asks for local for the new server: refused at the probe, before the old server is touched', async () => {
    const spec: MongoScenario = { ...scenario, servers: { target: { provider: 'local' } } };
    const { phases, started } = start(spec, { env: { PILOT_MONGODB_URL: old.url } });
    expect(await refusal(started)).toEqual([
      'ENVIRONMENT_START',
      'The local provider cannot start the target here: migration-pilot does not start native mongod binaries (the local provider is PostgreSQL only).',
      'Run MongoDB in Docker (provider testcontainers, with a mongo:* image Docker has or can pull), or point the harness at a server you run (provider external: PILOT_MONGODB_URL, or url/urlEnv in the scenario).',
    ]);
    expect(phases.phases).toEqual([]);
  });

  it('a password in a server URL is registered with the redactor', async () => {
    const spec: MongoScenario = { ...scenario, servers: { target: { provider: 'embedded' } } };
    const { redactor, started } = start(spec, { env: { PILOT_MONGODB_URL: 'mongodb://pilot:Tr0ub4dor@old.example:27017/' } });
    await started.catch(() => undefined);
    expect(redactor.redact('password Tr0ub4dor')).not.toContain('Tr0ub4dor');
  });
});
