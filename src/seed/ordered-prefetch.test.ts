import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import type { ChunkJob, ChunkSource } from './chunk-worker-pool.ts';
import { orderedPrefetch } from './ordered-prefetch.ts';

const jobs: ChunkJob[] = Array.from({ length: 6 }, (_, id) => ({ id, table: 't', from: id * 10, to: id * 10 + 10 }));

/** A source whose jobs finish when the test says so, recording what was asked. */
function manualSource(stealable: ReadonlySet<number> = new Set()) {
  const asked: number[] = [];
  const finish = new Map<number, { resolve: (text: string) => void; reject: (error: unknown) => void }>();
  const source: ChunkSource = {
    generate: (job) => {
      asked.push(job.id);
      return new Promise((resolve, reject) => finish.set(job.id, { resolve, reject }));
    },
    steal: (job) => stealable.has(job.id),
    close: async () => {},
  };
  const inline: ChunkSource = { generate: async (job) => `inline ${job.id}`, close: async () => {} };
  return { source, inline, asked, finish };
}

describe('orderedPrefetch', () => {
  it('keeps at most `ahead` jobs dispatched beyond the one consumed, and returns results in job order', async () => {
    const { source, inline, asked, finish } = manualSource();
    const prefetch = orderedPrefetch(source, inline, jobs, 2);
    const first = prefetch.next();
    expect(asked).toEqual([0, 1, 2]);
    finish.get(2)!.resolve('two');
    finish.get(1)!.resolve('one');
    finish.get(0)!.resolve('zero');
    expect(await first).toBe('zero');
    expect(await prefetch.next()).toBe('one');
    expect(asked).toEqual([0, 1, 2, 3]);
    expect(await prefetch.next()).toBe('two');
    expect(asked).toEqual([0, 1, 2, 3, 4]);
  });

  it('generates a job itself when the source gives it back unstarted', async () => {
    const { source, inline, finish } = manualSource(new Set([0]));
    const prefetch = orderedPrefetch(source, inline, jobs, 1);
    expect(await prefetch.next()).toBe('inline 0');
    finish.get(1)!.resolve('one');
    expect(await prefetch.next()).toBe('one');
  });

  it('passes a failure on when its job is consumed, and leaves no unhandled rejection before', async () => {
    const { source, inline, finish } = manualSource();
    const prefetch = orderedPrefetch(source, inline, jobs.slice(0, 2), 1);
    const first = prefetch.next();
    finish.get(1)!.reject(new HarnessError('SEED_FAILED', 'chunk 1 broke'));
    finish.get(0)!.resolve('zero');
    expect(await first).toBe('zero');
    await expect(prefetch.next()).rejects.toThrow('chunk 1 broke');
    await expect(prefetch.next()).rejects.toThrow('The seed asked for more chunks than it planned.');
  });
});
