import { hostname as osHostname } from 'node:os';
import { connectPostgres, DEFAULT_TIMEOUTS, type PostgresTimeouts } from '../../engines/postgres/connect-postgres.ts';
import { type PostgresEngine, postgresEngine } from '../../engines/postgres/postgres-engine.ts';
import type { PostgresSession } from '../../engines/postgres/postgres-session.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { packageVersion } from '../../util/package-version.ts';
import type {
  EnvironmentProvider,
  EnvironmentRequest,
  EnvironmentSettings,
  ProviderProbe,
  StartedEnvironment,
  StoppedEnvironment,
} from '../environment-provider.ts';
import { pilotApplicationName, readOnlyUrl, redactedUrl, urlIdentity } from './external-url.ts';
import { acquirePilotLock, type PilotLock } from './pilot-lock.ts';

const PG_VERSION = packageVersion('pg');

export interface ExternalProviderOptions {
  /** Names this machine in `application_name` (default: `os.hostname()`). */
  hostname?: string;
  /** Names this process in `application_name` (default: `process.pid`). */
  pid?: number;
}

/**
 * A database the harness does not start: a connection URL (`settings.url`), e.g. a
 * pre-prod server restored from a production dump.
 *
 * - A **source** is opened read-only (`default_transaction_read_only`), and the URL it
 *   hands on (`connection.url`, for pg_dump and the user's tools) says so too. The runner
 *   fingerprints it before and after the run to prove it unchanged. The setting guards
 *   against mistakes, not against a migrator that turns it off: a role with only SELECT
 *   rights is the real guarantee.
 * - A **target** is refused unless `settings.allowWrites` is `true`: the chain runs there.
 * - Each holds a pilot lock (`pilot-lock.ts`) on a connection of its own for as long as it
 *   runs: exclusive on a target, so two pilots never migrate one database at once (the
 *   second fails at once, naming the first), shared on a source.
 * - Connect, statement and lock timeouts come from `settings.timeouts`, bounded by default
 *   (`DEFAULT_TIMEOUTS`: 10 s, 30 min, 60 s).
 * - It cannot be snapshotted: its data reaches another environment by a logical copy or
 *   pg_dump (`copyDatabase`).
 *
 * `probe` does not connect: it answers from the settings alone, at once and without side
 * effects, however slow the server is to refuse. `start` connects and reports what fails,
 * with the URL's password masked.
 *
 * @example
 * await using target = await externalProvider().start({
 *   role: 'target', engine: 'postgres', label: 'checkout',
 *   settings: { url: process.env.PREPROD_URL, allowWrites: true, timeouts: { statementMs: 600_000 } },
 * });
 */
export function externalProvider(options: ExternalProviderOptions = {}): EnvironmentProvider {
  const host = options.hostname ?? osHostname();
  const pid = options.pid ?? process.pid;
  return {
    name: 'external',
    version: `node-postgres ${PG_VERSION}`,
    probe: async (request) => probe(request),
    async start(request: EnvironmentRequest): Promise<StartedEnvironment> {
      const settings = request.settings ?? {};
      if (request.role === 'target' && settings.allowWrites !== true) {
        const where = settings.url ? ` (${urlIdentity(settings.url) ?? redactedUrl(settings.url)})` : '';
        throw new HarnessError(
          'CONFIG_INVALID',
          `The external target${where} is not marked writable. The harness will write to it: it runs the migration chain there (schema changes and data changes) and may load data into it.`,
          {
            hint: 'If this database may be changed (a pre-prod copy, never production), set "allowWrites: true" on the target environment.',
            path: ['target', 'allowWrites'],
          },
        );
      }
      const probed = probe(request);
      if (!probed.available) {
        throw new HarnessError('CONFIG_INVALID', `Cannot use the external ${request.role}: ${probed.reason}.`, {
          ...(probed.hint ? { hint: probed.hint } : {}),
          path: [request.role, 'url'],
        });
      }
      if (request.restore) {
        throw new HarnessError('ENVIRONMENT_START', `An external ${request.role} cannot be started from a ${JSON.stringify(request.restore.provider)} snapshot: the harness does not control its storage.`, {
          hint: 'Copy the data into it logically instead (copyDatabase with method logical or pg_dump).',
        });
      }
      const url = settings.url!;
      const identity = probed.identity;
      const timeouts = checkTimeouts(settings.timeouts, request.role);
      const readOnly = request.role === 'source';
      const applicationName = pilotApplicationName(request.label, host, pid);
      const connect = () => connectPostgres({ url, readOnly, applicationName, timeouts });

      const opened: PostgresSession[] = [];
      const closeAll = async () => {
        for (const session of opened.splice(0).reverse()) await session.close().catch(() => undefined);
      };
      let engine: PostgresEngine;
      let lock: PilotLock;
      try {
        const session = await connect();
        opened.push(session);
        engine = await postgresEngine(session);
        const major = engine.serverVersion.split('.')[0];
        if (request.engineVersion !== undefined && request.engineVersion !== major) {
          throw new HarnessError(
            'CONFIG_INVALID',
            `The external ${request.role} ${identity} runs PostgreSQL ${engine.serverVersion}, but the scenario asks for PostgreSQL ${request.engineVersion}.`,
            { hint: `Set postgres: "${major}" on this environment (or leave it out), or point the URL at a PostgreSQL ${request.engineVersion} server.`, path: [request.role, 'postgres'] },
          );
        }
        // Its own connection: a migrator's DISCARD ALL or pg_advisory_unlock_all() on the engine's session cannot release it.
        const lockSession = await connect();
        opened.push(lockSession);
        await keepIdleConnection(lockSession);
        lock = await acquirePilotLock(lockSession, {
          mode: readOnly ? 'shared' : 'exclusive',
          what: `the external ${request.role} ${identity}`,
        });
      } catch (error) {
        await closeAll();
        throw error;
      }

      const description = `external PostgreSQL ${engine.serverVersion} at ${identity}${readOnly ? ' (read-only)' : ''}`;
      let stopped: StoppedEnvironment | undefined;
      const stop = async (): Promise<StoppedEnvironment> => {
        if (!stopped) {
          stopped = { role: request.role, provider: 'external', description };
          await lock.release().catch(() => undefined);
          await closeAll();
        }
        return stopped;
      };
      return {
        role: request.role,
        provider: 'external',
        engine,
        description,
        serverSettings: {
          statement_timeout: `${timeouts.statementMs} ms (this session)`,
          lock_timeout: `${timeouts.lockMs} ms (this session)`,
          ...(readOnly ? { default_transaction_read_only: 'on (this session)' } : {}),
        },
        connection: { url: readOnly ? readOnlyUrl(url) : url },
        async snapshot() {
          throw new HarnessError('ENVIRONMENT_SNAPSHOT', `The external ${request.role} ${identity} cannot be snapshotted: the harness does not control its storage.`, {
            hint: 'Its data is copied logically instead: copyDatabase with method logical (any versions) or pg_dump (when the client tools are installed).',
          });
        },
        stop,
        [Symbol.asyncDispose]: async () => void (await stop()),
      };
    },
  };
}

function probe(request: EnvironmentRequest): ProviderProbe {
  const url = request.settings?.url;
  if (!url) {
    return {
      available: false,
      reason: 'no connection URL is set',
      hint: 'Set url (or urlEnv, to keep the password out of the file) on this environment: postgres://user:password@host:5432/database.',
    };
  }
  const identity = urlIdentity(url);
  if (!identity) {
    return {
      available: false,
      reason: `the connection URL ${JSON.stringify(redactedUrl(url))} is not a postgres:// or postgresql:// URL`,
      hint: 'Write it as postgres://user:password@host:5432/database (percent-encode special characters in the password).',
    };
  }
  return { available: true, identity };
}

function checkTimeouts(timeouts: EnvironmentSettings['timeouts'], role: string): Required<PostgresTimeouts> {
  const result = { ...DEFAULT_TIMEOUTS };
  for (const [name, value] of Object.entries(timeouts ?? {}) as [keyof PostgresTimeouts, unknown][]) {
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw new HarnessError('CONFIG_INVALID', `The external ${role}'s ${name} timeout must be a whole number of milliseconds above 0, got ${JSON.stringify(value)}.`, {
        hint: 'Timeouts bound every wait on a server you do not control; there is no "no timeout".',
        path: [role, 'timeouts', name.replace(/Ms$/, '')],
      });
    }
    result[name] = value;
  }
  return result;
}

/** A server's `idle_session_timeout` (PostgreSQL 14+) would end the idle lock connection, and the lock with it. */
async function keepIdleConnection(session: PostgresSession): Promise<void> {
  const { rows } = await session.query<{ v: string }>(`select current_setting('server_version_num') as v`);
  if (Number(rows[0]!.v) >= 140000) await session.exec(`SET idle_session_timeout = 0`);
}
