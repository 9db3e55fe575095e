import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StartedEnvironment } from '../environment/environment-provider.ts';
import type { HealthReport } from './health-report.ts';

/** Cumulative CPU time and current memory of whatever runs the database. */
export interface ResourceReading {
  cpuMs: number;
  memoryBytes: number;
}

/** Reads CPU and memory of one environment's database, as the provider lets it be seen. */
export interface ResourceProbe {
  seenAs: HealthReport['seenAs'];
  note?: string;
  read(): Promise<ResourceReading | undefined>;
}

/** The Docker calls used to watch a container, declared here to keep dockerode's types out. */
export interface DockerStatsApi {
  listContainers(options: { filters?: string }): Promise<{ Id: string; Ports?: { PublicPort?: number }[] }[]>;
  getContainer(id: string): {
    stats(options: { stream: false }): Promise<{ cpu_stats: { cpu_usage: { total_usage: number } }; memory_stats: { usage?: number } }>;
    logs(options: { stdout: true; stderr: true; since: number; timestamps: true }): Promise<Buffer>;
  };
}

/**
 * How to watch an environment's database: a container through Docker's stats, a local server
 * through /proc (the postmaster and its backends), an embedded one through the harness
 * process that hosts it (the client's view). An external server is not visible from here.
 */
export async function resourceProbe(env: StartedEnvironment, docker?: () => Promise<DockerStatsApi>): Promise<ResourceProbe> {
  if (env.provider === 'embedded') {
    return {
      seenAs: 'harness process (embedded)',
      note: 'PGlite runs inside the harness process: its CPU and memory include the harness\'s own.',
      read: async () => {
        const cpu = process.cpuUsage();
        return { cpuMs: (cpu.user + cpu.system) / 1000, memoryBytes: process.memoryUsage().rss };
      },
    };
  }
  if (env.provider === 'local' && process.platform === 'linux') {
    const pid = await postmasterPid(env);
    if (pid !== undefined) return { seenAs: 'server processes', read: () => processTree(pid) };
    return notVisible('the local server\'s postmaster.pid could not be read');
  }
  if (env.provider === 'testcontainers' && docker && env.connection) {
    try {
      const api = await docker();
      const id = await containerOf(api, env.connection.url);
      if (id) {
        return {
          seenAs: 'container',
          read: async () => {
            const stats = await api.getContainer(id).stats({ stream: false });
            return { cpuMs: stats.cpu_stats.cpu_usage.total_usage / 1e6, memoryBytes: stats.memory_stats.usage ?? 0 };
          },
        };
      }
    } catch (error) {
      return notVisible(`Docker's stats could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return notVisible('the target\'s container was not found');
  }
  return notVisible(env.provider === 'external' ? 'an external server\'s CPU and memory are not visible from the harness' : `not visible on provider ${env.provider} here`);
}

function notVisible(note: string): ResourceProbe {
  return { seenAs: 'not visible', note, read: async () => undefined };
}

/** The data dir's `postmaster.pid` (first line) names the server's main process. */
export async function postmasterPid(env: StartedEnvironment): Promise<number | undefined> {
  try {
    const dataDir = await dataDirectory(env);
    const first = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function dataDirectory(env: StartedEnvironment): Promise<string> {
  const { rows } = await env.engine.session.query<{ d: string }>(`select current_setting('data_directory') as d`);
  return rows[0]!.d;
}

const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

/** CPU and resident memory of a process and all its children, from /proc. */
async function processTree(root: number): Promise<ResourceReading | undefined> {
  const stats = new Map<number, { ppid: number; cpuTicks: number; rssPages: number }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined);
    if (!text) continue;
    // The command name is in parentheses and may hold spaces: the fields follow the last ")".
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    stats.set(Number(name), { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) });
  }
  if (!stats.has(root)) return undefined;
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!tree.has(pid) && tree.has(stat.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let cpuTicks = 0;
  let rssPages = 0;
  for (const pid of tree) {
    cpuTicks += stats.get(pid)!.cpuTicks;
    rssPages += stats.get(pid)!.rssPages;
  }
  return { cpuMs: (cpuTicks * 1000) / CLOCK_TICKS_PER_SECOND, memoryBytes: rssPages * PAGE_BYTES };
}

/** The container publishing the URL's port. */
export async function containerOf(api: DockerStatsApi, url: string): Promise<string | undefined> {
  const port = Number(new URL(url).port);
  const containers = await api.listContainers({ filters: JSON.stringify({ label: ['migration-pilot.role'] }) });
  return containers.find((c) => c.Ports?.some((p) => p.PublicPort === port))?.Id;
}
