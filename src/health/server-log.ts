import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StartedEnvironment } from '../environment/environment-provider.ts';
import type { HealthReport } from './health-report.ts';
import { containerOf, dataDirectory, type DockerStatsApi } from './resource-probe.ts';

/** A window on a server's log: mark where it stands, later read what was logged since. */
export interface ServerLogWindow {
  seenAs: HealthReport['logs']['seenAs'];
  note?: string;
  /** The lines logged since the window was opened. */
  read(): Promise<string[]>;
}

/**
 * Opens a window on the environment's server log: the log file of a local server (from the
 * end it has now), a container's log (from now), nothing for an embedded database (PGlite
 * keeps no server log) or an external one.
 */
export async function openServerLog(env: StartedEnvironment, docker?: () => Promise<DockerStatsApi>): Promise<ServerLogWindow> {
  if (env.provider === 'local') {
    try {
      // The local provider writes the server's output next to its data dir.
      const file = path.join(path.dirname(await dataDirectory(env)), 'server.log');
      const offset = (await stat(file)).size;
      return { seenAs: 'server log', read: () => readFrom(file, offset) };
    } catch (error) {
      return { seenAs: 'not visible', note: `the local server's log could not be found: ${error instanceof Error ? error.message : String(error)}`, read: async () => [] };
    }
  }
  if (env.provider === 'testcontainers' && docker && env.connection) {
    try {
      const api = await docker();
      const id = await containerOf(api, env.connection.url);
      if (id) {
        const since = new Date();
        return {
          seenAs: 'container log',
          read: async () => {
            const raw = await api.getContainer(id).logs({ stdout: true, stderr: true, since: Math.floor(since.getTime() / 1000), timestamps: true });
            // Docker's seconds are coarse: keep the lines stamped at or after the window opened.
            return demultiplex(raw)
              .filter((line) => {
                const stamp = Date.parse(line.slice(0, line.indexOf(' ')));
                return Number.isNaN(stamp) || stamp >= since.getTime();
              })
              .map((line) => line.slice(line.indexOf(' ') + 1));
          },
        };
      }
    } catch (error) {
      return { seenAs: 'not visible', note: `the container's log could not be read: ${error instanceof Error ? error.message : String(error)}`, read: async () => [] };
    }
  }
  const note = env.provider === 'embedded' ? 'an embedded database (PGlite) keeps no server log' : `the server log is not visible on provider ${env.provider}`;
  return { seenAs: 'not visible', note, read: async () => [] };
}

async function readFrom(file: string, offset: number): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size <= offset) return [];
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer.toString('utf8').split('\n').filter((line) => line !== '');
  } finally {
    await handle.close();
  }
}

/** Docker's log stream without a TTY: frames of an 8-byte header (stream, size) and a payload. */
function demultiplex(raw: Buffer | string): string[] {
  const buffer = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const chunks: string[] = [];
  let at = 0;
  while (at + 8 <= buffer.length && (buffer[at] === 1 || buffer[at] === 2) && buffer[at + 1] === 0) {
    const size = buffer.readUInt32BE(at + 4);
    chunks.push(buffer.subarray(at + 8, at + 8 + size).toString('utf8'));
    at += 8 + size;
  }
  const text = at === 0 ? buffer.toString('utf8') : chunks.join('');
  return text.split('\n').filter((line) => line !== '');
}

/** Lines that report an error: `ERROR:`, `FATAL:` and `PANIC:` as PostgreSQL logs them. */
export const ERROR_LINE = /\b(ERROR|FATAL|PANIC):/;
