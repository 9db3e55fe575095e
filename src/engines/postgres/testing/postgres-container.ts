import { PostgreSqlContainer, type StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import pg from 'pg';
import { getContainerRuntimeClient } from 'testcontainers';
import { postgresImage } from '../../../environment/engine-versions.ts';

/**
 * Why tests needing Docker cannot run here, or undefined when a daemon answers. Such tests
 * skip with this reason printed, so they never pass without having run.
 *
 * @example
 * const noDocker = await dockerSkipReason();
 * describe.skipIf(noDocker !== undefined)('on PostgreSQL 15', () => { … });
 */
export async function dockerSkipReason(): Promise<string | undefined> {
  try {
    // It pings the daemon before it returns a client.
    await withTimeout(getContainerRuntimeClient(), 15_000);
    return undefined;
  } catch (error) {
    return `no container runtime answers (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/** Prints why a suite is skipped, where the test run shows it. */
export function announceSkip(suite: string, reason: string | undefined): void {
  if (reason) console.warn(`[skipped] ${suite}: ${reason}`);
}

/** A PostgreSQL server in a container (the image pinned for `major`), with a helper to add databases. */
export interface TestServer {
  container: StartedPostgreSqlContainer;
  /** URL of the container's database, or of `database` on the same server. */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL as the container's user on `database` (default: the container's). */
  exec(sql: string, database?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startPostgresServer(major = '15'): Promise<TestServer> {
  const container = await new PostgreSqlContainer(postgresImage(major) ?? `postgres:${major}`).start();
  const url = (database?: string) => {
    const u = new URL(container.getConnectionUri());
    if (database) u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
  };
  const exec = async (sql: string, database?: string) => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    container,
    url,
    exec,
    async createDatabase(name) {
      await exec(`create database "${name.replaceAll('"', '""')}"`);
      return url(name);
    },
    async stop() {
      await container.stop();
    },
  };
}

function withTimeout<T>(promise: Promise<T> | T, ms: number): Promise<T> {
  return Promise.race([
    Promise.resolve(promise),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms).unref()),
  ]);
}
