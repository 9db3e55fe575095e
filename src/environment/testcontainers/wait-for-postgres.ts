import pg from 'pg';
import { type BoundPorts, getContainerRuntimeClient, type WaitStrategy } from 'testcontainers';

/**
 * A Testcontainers wait strategy that connects from the host until PostgreSQL accepts a
 * login, every 50 ms. The module's own strategy waits for a Docker health check (pg_isready
 * run inside the container every 250 ms); a `docker exec` per attempt costs more than the
 * server's start on a busy machine, and its granularity shows in every restore. During
 * initdb the official entrypoints' temporary server listens on the Unix socket only, and
 * during crash recovery the server refuses logins, so the first login is the real server,
 * ready.
 */
export function waitForPostgres(login: { user: string; password: string; database: string }): WaitStrategy {
  let timeoutMs = 120_000;
  let timeoutSet = false;
  return {
    withStartupTimeout(ms) {
      timeoutMs = ms;
      timeoutSet = true;
      return this;
    },
    isStartupTimeoutSet: () => timeoutSet,
    getStartupTimeout: () => timeoutMs,
    async waitUntilReady(container, boundPorts: BoundPorts) {
      const { host } = (await getContainerRuntimeClient()).info.containerRuntime;
      const port = boundPorts.getBinding(5432);
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      for (let attempt = 1; Date.now() < deadline; attempt++) {
        // A server that exits (a bad setting, a data dir it cannot use) is not waited for.
        if (attempt % 10 === 0) {
          const { State } = await container.inspect();
          if (!State.Running) throw new Error(`the container exited with code ${State.ExitCode} while PostgreSQL was starting`);
        }
        const client = new pg.Client({ host, port, ...login, connectionTimeoutMillis: Math.max(1, Math.min(5_000, deadline - Date.now())) });
        client.on('error', () => undefined);
        try {
          await client.connect();
          await client.end();
          return;
        } catch (error) {
          last = error;
          await client.end().catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      const detail = last instanceof Error ? last.message : String(last);
      throw new Error(`PostgreSQL on ${host}:${port} did not accept a login within ${timeoutMs / 1000} s (last: ${detail})`);
    },
  };
}
