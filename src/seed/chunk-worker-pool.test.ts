import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { chunkWorkerPool, inlineChunkSource } from './chunk-worker-pool.ts';
import type { CompiledDataset } from './compiled-dataset.ts';
import { compileDataset, generateCopyText } from './seed-dataset.ts';

const dataset = compileDataset({
  seed: 5,
  scale: 1,
  tables: {
    t: { rows: 10_000, columns: { id: { uuid: true }, name: { faker: 'person.fullName' }, note: { text: { min: 0, max: 99 }, edgeCases: 0.2, nullRatio: 0.1 } } },
  },
});

/** A dataset whose column `bad` has lost its generator, as if the plan were corrupted on the way. */
const broken: CompiledDataset = {
  ...dataset,
  tables: [{ ...dataset.tables[0]!, columns: [...dataset.tables[0]!.columns, { name: 'bad', key: 1, kind: 'value', generator: {} }] }],
};

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HarnessError)) throw new Error(`expected a HarnessError, got ${String(error)}`);
  return { code: error.code, message: error.message, path: error.path?.join('.') };
}

describe('chunkWorkerPool', () => {
  it('generates in worker threads exactly what the main thread generates, in any order', async () => {
    const pool = chunkWorkerPool(dataset, 2);
    try {
      const jobs = [0, 3000, 6000, 9000].map((from, id) => ({ id, table: 't', from, to: Math.min(10_000, from + 3000) }));
      const texts = (await Promise.all([...jobs].reverse().map((job) => pool.generate(job)))).map(asText);
      expect(texts.reverse().join('')).toBe(generateCopyText(dataset, 't', 0, 10_000));
      expect(pool.liveWorkers).toBe(2);
    } finally {
      await pool.close();
    }
    expect(pool.liveWorkers).toBe(0);
  });

  it('lets the caller claim a job no worker has started, exactly once', async () => {
    const pool = chunkWorkerPool(dataset, 1);
    try {
      const early = { id: 0, table: 't', from: 0, to: 10 };
      const skipped = pool.generate(early);
      // The worker is still starting up (tens of milliseconds), so the job is unclaimed.
      expect(pool.steal!(early)).toBe(true);
      expect(pool.steal!(early)).toBe(false);
      expect(await skipped).toBe('');
      const later = { id: 1, table: 't', from: 10, to: 20 };
      expect(asText(await pool.generate(later))).toBe(generateCopyText(dataset, 't', 10, 20));
      expect(pool.steal!(later)).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('reports a generation failure as SEED_FAILED naming the table and column', async () => {
    const pool = chunkWorkerPool(broken, 1);
    try {
      expect(await failure(pool.generate({ id: 0, table: 't', from: 100, to: 200 }))).toMatchInlineSnapshot(`
        {
          "code": "SEED_FAILED",
          "message": "Generating "t"."bad" failed at row 101: no generator given (expected one of sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value)",
          "path": "data.tables.t.columns.bad",
        }
      `);
    } finally {
      await pool.close();
    }
    expect(await failure(inlineChunkSource(broken).generate({ id: 0, table: 't', from: 100, to: 200 }))).toMatchInlineSnapshot(`
      {
        "code": "SEED_FAILED",
        "message": "Generating "t"."bad" failed at row 101: no generator given (expected one of sequence, uuid, template, faker, int, decimal, bool, date, timestamp, choice, text, ref, value)",
        "path": "data.tables.t.columns.bad",
      }
    `);
  });

  it('fails the running and every later job when a worker dies, and still closes', async () => {
    const pool = chunkWorkerPool(dataset, 1, { workerUrl: new URL('./fixtures/crashing-seed-worker.ts', import.meta.url) });
    try {
      const first = pool.generate({ id: 0, table: 't', from: 0, to: 10 });
      const queued = pool.generate({ id: 1, table: 't', from: 10, to: 20 });
      expect(await failure(first)).toMatchInlineSnapshot(`
        {
          "code": "SEED_FAILED",
          "message": "A seed worker stopped while generating "t" rows 1–10: out of cheese",
          "path": "data.tables.t",
        }
      `);
      expect((await failure(queued)).message).toContain('out of cheese');
      expect((await failure(pool.generate({ id: 2, table: 't', from: 20, to: 30 }))).code).toBe('SEED_FAILED');
    } finally {
      await pool.close();
    }
    expect(pool.liveWorkers).toBe(0);
  });
});

/** Workers hand back UTF-8 bytes; the tests compare text. */
function asText(chunk: string | Uint8Array): string {
  return typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
}
