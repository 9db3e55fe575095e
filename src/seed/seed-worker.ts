/*
 * Worker-thread entry: generates COPY text chunks for the main thread, which only loads them.
 * Started by `chunkWorkerPool` with the compiled dataset and the shared claim array.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkGenerationError, chunkGenerator } from './chunk-generator.ts';
import type { ChunkJob, ChunkReply, SeedWorkerData } from './chunk-worker-pool.ts';

/**
 * Generation only has to keep ahead of loading, which is the critical path: on a busy machine
 * the loading thread should win the CPU. Linux keeps nice values per thread, so this lowers
 * this worker only (elsewhere it would lower the whole process, so it is left alone). Called
 * after the first chunk, so start-up, when the loader waits for the worker, runs at full speed.
 */
function yieldCpuToLoader(): void {
  if (process.platform !== 'linux' || process.env.PILOT_SEED_WORKER_NICE === '0') return;
  try {
    setPriority(Number(process.env.PILOT_SEED_WORKER_NICE ?? 10));
  } catch {
    // Not permitted in some sandboxes; generation still works at normal priority.
  }
}

const port = parentPort!;
const { dataset, claims: claimsBuffer } = workerData as SeedWorkerData;
const claims = new Int32Array(claimsBuffer);
const generator = chunkGenerator(dataset);
const encoder = new TextEncoder();

// Build every table's generators (lookup tables, filler text) and warm the JIT before taking
// jobs, so the first claimed chunk is generated at full speed; meanwhile the main thread
// generates the first chunks itself.
for (const table of dataset.tables) {
  try {
    generator.generate(table.name, 0, Math.min(table.rows, 200));
  } catch {
    // Reported with its table, column and row when a job reaches it.
  }
}

port.on('message', (job: ChunkJob) => {
  // Claim before generating: the main thread may have taken the job while this worker started up.
  if (Atomics.compareExchange(claims, job.id, 0, 1) !== 0) {
    port.postMessage({ id: job.id, skipped: true } satisfies ChunkReply);
    return;
  }
  let text: string;
  try {
    text = generator.generate(job.table, job.from, job.to);
  } catch (error) {
    const located = error instanceof ChunkGenerationError ? error : undefined;
    const cause = located?.cause ?? error;
    port.postMessage({
      id: job.id,
      error: {
        message: error instanceof Error ? error.message : String(error),
        stack: cause instanceof Error ? cause.stack : undefined,
        column: located?.column,
        row: located?.row ?? job.from,
      },
    } satisfies ChunkReply);
    return;
  }
  const utf8 = encoder.encode(text);
  port.postMessage({ id: job.id, utf8 } satisfies ChunkReply, [utf8.buffer]);
  if (!niced) {
    niced = true;
    yieldCpuToLoader();
  }
});
let niced = false;
