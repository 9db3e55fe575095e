import { Worker } from 'node:worker_threads';
import { HarnessError } from '../errors/harness-error.ts';
import { ChunkGenerationError, chunkGenerator } from './chunk-generator.ts';
import type { CompiledDataset } from './compiled-dataset.ts';

/** Rows `from` (inclusive) to `to` (exclusive) of one table. */
export interface ChunkJob {
  /** 0, 1, 2…: also the job's slot in the shared claim array. */
  id: number;
  table: string;
  from: number;
  to: number;
}

export type ChunkReply =
  /** The chunk as UTF-8, transferred rather than copied: receiving a string costs the main thread 3–10× more. */
  | { id: number; utf8: Uint8Array }
  /** The main thread claimed the job first and generated it itself. */
  | { id: number; skipped: true }
  | { id: number; error: { message: string; stack: string | undefined; column: string | undefined; row: number } };

export interface SeedWorkerData {
  dataset: CompiledDataset;
  /** One Int32 per job id: 0 unclaimed, 1 claimed (by a worker or the main thread). */
  claims: SharedArrayBuffer;
}

/** Makes COPY text for chunk jobs, in worker threads or inline; errors are `SEED_FAILED`. */
export interface ChunkSource {
  /** COPY text, as a string or (from a worker, transferred) its UTF-8 bytes. */
  generate(job: ChunkJob): Promise<string | Uint8Array>;
  /**
   * Claims a job no worker has started (they are still starting up, say), so the caller can
   * generate it itself instead of waiting. The job's `generate` promise then settles with ''.
   */
  steal?(job: ChunkJob): boolean;
  /** Stops every worker; idempotent, and safe while jobs are pending (they reject). */
  close(): Promise<void>;
}

const WORKER_URL = new URL('./seed-worker.ts', import.meta.url);

/**
 * A fixed set of worker threads generating chunks. Jobs are posted to a worker as soon as
 * they are asked for, so workers never wait for the main thread's event loop (which is busy
 * loading); a worker claims a job in shared memory before generating it, so the main thread
 * can take over a job nobody started. A worker that dies fails its jobs and every later
 * one: the seed stops rather than loading around a gap.
 *
 * @example
 * const source = chunkWorkerPool(dataset, 2);
 * try { await source.generate({ id: 0, table: 'dir_user', from: 0, to: 25_000 }); } finally { await source.close(); }
 */
export function chunkWorkerPool(
  dataset: CompiledDataset,
  size: number,
  options: { workerUrl?: URL; maxJobs?: number } = {},
): ChunkSource & { readonly liveWorkers: number } {
  interface Task {
    job: ChunkJob;
    worker: Worker;
    resolve: (text: string | Uint8Array) => void;
    reject: (error: HarnessError) => void;
  }
  const maxJobs = options.maxJobs ?? 65_536;
  const claimsBuffer = new SharedArrayBuffer(4 * maxJobs);
  const claims = new Int32Array(claimsBuffer);
  const pending = new Map<number, Task>();
  const load = new Map<Worker, number>();
  let broken: HarnessError | undefined;
  let closed = false;
  let live = 0;

  const failAll = (error: HarnessError) => {
    broken ??= error;
    for (const task of pending.values()) task.reject(broken);
    pending.clear();
  };
  const workerFailed = (worker: Worker, cause: unknown) => {
    if (closed) return;
    const task = [...pending.values()].find((t) => t.worker === worker);
    const what = task ? `while generating ${describeJob(task.job)}` : 'before it took any work';
    const detail = cause instanceof Error ? cause.message : String(cause);
    failAll(
      new HarnessError('SEED_FAILED', `A seed worker stopped ${what}: ${detail}`, {
        cause,
        path: task ? ['data', 'tables', task.job.table] : undefined,
        hint: 'Run the seed with workers: 0 to generate in the main thread and see the error in place; a memory limit can also stop a worker.',
      }),
    );
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(options.workerUrl ?? WORKER_URL, {
      execArgv: ['--import', 'tsx'],
      workerData: { dataset, claims: claimsBuffer } satisfies SeedWorkerData,
    });
    worker.on('message', (reply: ChunkReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      load.set(worker, load.get(worker)! - 1);
      // Bytes go to COPY as they are: decoding here and encoding again for the database would cost the loading thread.
      if ('utf8' in reply) task.resolve(reply.utf8);
      else if ('skipped' in reply) task.resolve('');
      else {
        const cause = Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
        task.reject(generationError(new ChunkGenerationError(task.job.table, reply.error.column, reply.error.row, cause), cause));
      }
    });
    worker.on('error', (error) => workerFailed(worker, error));
    worker.on('messageerror', (error) => workerFailed(worker, error));
    worker.on('exit', (code) => {
      live--;
      workerFailed(worker, new Error(`the worker exited with code ${code}`));
    });
    live++;
    load.set(worker, 0);
    return worker;
  });

  return {
    get liveWorkers() {
      return live;
    },
    generate(job) {
      if (closed) return Promise.reject(new HarnessError('INTERNAL', 'The seed worker pool is closed.'));
      if (broken) return Promise.reject(broken);
      if (job.id >= maxJobs) return Promise.reject(new HarnessError('INTERNAL', `Chunk job ${job.id} is beyond the pool's ${maxJobs} claim slots.`));
      // The least loaded worker; chunks are about the same size, so counts balance the work.
      const worker = workers.reduce((best, w) => (load.get(w)! < load.get(best)! ? w : best));
      load.set(worker, load.get(worker)! + 1);
      return new Promise<string | Uint8Array>((resolve, reject) => {
        pending.set(job.id, { job, worker, resolve, reject });
        worker.postMessage(job);
      });
    },
    steal(job) {
      return job.id < maxJobs && Atomics.compareExchange(claims, job.id, 0, 1) === 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      failAll(new HarnessError('INTERNAL', 'The seed worker pool was closed with work pending.'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Generates on the calling thread: for small datasets, where starting workers costs more than it saves. */
export function inlineChunkSource(dataset: CompiledDataset): ChunkSource {
  const generator = chunkGenerator(dataset);
  return {
    async generate(job) {
      try {
        return generator.generate(job.table, job.from, job.to);
      } catch (error) {
        throw generationError(error, error instanceof ChunkGenerationError ? error.cause : error);
      }
    },
    async close() {},
  };
}

function generationError(error: unknown, cause: unknown): HarnessError {
  if (!(error instanceof ChunkGenerationError)) {
    return new HarnessError('SEED_FAILED', `Generating seed data failed: ${error instanceof Error ? error.message : String(error)}`, { cause });
  }
  const where = error.column === undefined ? JSON.stringify(error.table) : `${JSON.stringify(error.table)}.${JSON.stringify(error.column)}`;
  return new HarnessError('SEED_FAILED', `Generating ${where} failed at row ${error.row + 1}: ${error.message}`, {
    cause,
    path: ['data', 'tables', error.table, ...(error.column === undefined ? [] : ['columns', error.column])],
    hint: 'The dataset passed compileDataset, so this is a bug in the seed generators; please report it with the data spec.',
  });
}

export function describeJob(job: Pick<ChunkJob, 'table' | 'from' | 'to'>): string {
  return `${JSON.stringify(job.table)} rows ${job.from + 1}–${job.to}`;
}
