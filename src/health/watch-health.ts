import type { StartedEnvironment } from '../environment/environment-provider.ts';
import type { HealthSpec } from '../scenario/stage-schema.ts';
import type { HealthReport, HealthSample } from './health-report.ts';
import { type DockerStatsApi, resourceProbe } from './resource-probe.ts';
import { ERROR_LINE, openServerLog } from './server-log.ts';

export interface HealthWatch {
  /** Stops sampling (one last sample) and reads the log; resolves to what was seen. */
  stop(): Promise<HealthReport>;
}

/**
 * Watches the database while the chain runs (source document 003: "monitor the system's
 * health (CPU, memory usage, etc.)" and "the logs for errors"): CPU and memory every
 * `interval` (and once at the start and the end), and the server log's ERROR, FATAL and
 * PANIC lines, as far as the provider lets them be seen (see `resourceProbe`,
 * `openServerLog`). Never throws: what cannot be seen is said in the report's notes.
 *
 * @example
 * const watch = await watchHealth(target, spec.health);
 * await runChain(…);
 * const health = await watch.stop();
 */
export async function watchHealth(env: StartedEnvironment, spec: HealthSpec, docker?: () => Promise<DockerStatsApi>): Promise<HealthWatch> {
  const probe = await resourceProbe(env, docker);
  const log = await openServerLog(env, docker);
  const started = performance.now();
  const samples: HealthSample[] = [];
  let last = { at: started, reading: await probe.read().catch(() => undefined) };
  let sampling: Promise<void> = Promise.resolve();
  const sample = () =>
    (sampling = sampling.then(async () => {
      const reading = await probe.read().catch(() => undefined);
      const at = performance.now();
      if (reading && last.reading && at > last.at) {
        samples.push({
          atMs: Math.round(at - started),
          cpuPercent: round(Math.max(0, ((reading.cpuMs - last.reading.cpuMs) / (at - last.at)) * 100)),
          memoryBytes: reading.memoryBytes,
        });
      }
      last = { at, reading };
    }));
  const timer = setInterval(() => void sample(), spec.interval ?? 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      const ignore = (spec.logs?.ignore ?? []).map((pattern) => new RegExp(pattern));
      const lines = await log.read().catch(() => [] as string[]);
      const errors = lines.filter((line) => ERROR_LINE.test(line) && !ignore.some((pattern) => pattern.test(line)));
      return {
        seenAs: probe.seenAs,
        ...(probe.note ? { note: probe.note } : {}),
        samples,
        ...(samples.length > 0
          ? { peakCpuPercent: Math.max(...samples.map((s) => s.cpuPercent)), peakMemoryBytes: Math.max(...samples.map((s) => s.memoryBytes)) }
          : {}),
        logs: { seenAs: log.seenAs, ...(log.note ? { note: log.note } : {}), errors, lines: lines.length },
      };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
