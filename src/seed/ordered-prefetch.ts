import { HarnessError } from '../errors/harness-error.ts';
import type { ChunkJob, ChunkSource } from './chunk-worker-pool.ts';

/**
 * Hands out job results in job order, keeping `ahead` jobs dispatched beyond the one being
 * consumed: memory stays bounded at about `ahead + 1` chunks however large the dataset. A
 * job no worker has started when it is needed (workers still starting up) is generated on
 * the calling thread instead of waited for.
 */
export function orderedPrefetch(
  source: ChunkSource,
  inline: ChunkSource,
  jobs: readonly ChunkJob[],
  ahead: number,
): { next(): Promise<string | Uint8Array> } {
  const pending: { job: ChunkJob; text: Promise<string | Uint8Array> }[] = [];
  let dispatched = 0;
  const fill = (count: number) => {
    while (pending.length < count && dispatched < jobs.length) {
      const job = jobs[dispatched++]!;
      const text = source.generate(job);
      text.catch(() => {}); // observed when consumed; not an unhandled rejection if the seed stops first
      pending.push({ job, text });
    }
  };
  return {
    next() {
      fill(1);
      const head = pending.shift();
      if (!head) return Promise.reject(new HarnessError('INTERNAL', 'The seed asked for more chunks than it planned.'));
      fill(ahead);
      return source !== inline && source.steal?.(head.job) ? inline.generate(head.job) : head.text;
    },
  };
}
