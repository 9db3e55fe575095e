import { availableParallelism } from 'node:os';
import type { Engine } from '../engines/engine.ts';
import { HarnessError, isHarnessError } from '../errors/harness-error.ts';
import { type ChunkJob, chunkWorkerPool, describeJob, inlineChunkSource } from './chunk-worker-pool.ts';
import { orderedPrefetch } from './ordered-prefetch.ts';
import { chunkGenerator, type ChunkGenerator } from './chunk-generator.ts';
import type { CompiledDataset } from './compiled-dataset.ts';
import { validateDataset } from './validate-dataset.ts';

export { compileDataset } from './compile-dataset.ts';
export type { CompiledColumn, CompiledDataset, CompiledTable } from './compiled-dataset.ts';
export { SEED_FORMAT_VERSION } from './seed-format-version.ts';

/** Rows per COPY chunk when not given: big enough that per-statement costs vanish, small enough to bound memory. */
export const DEFAULT_CHUNK_ROWS = 25_000;

export interface SeedOptions {
  /**
   * Worker threads generating chunks while the main thread loads. 0 generates on the main
   * thread. Default: none for datasets under two chunks, else one per spare core (at most 4).
   */
  workers?: number;
  /** Rows per chunk (one COPY statement each). Default 25,000. */
  chunkRows?: number;
  /** Called after each chunk is loaded. */
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  table: string;
  /** Rows of `table` loaded so far, and asked for. */
  tableLoaded: number;
  tableRows: number;
  /** Rows of the whole dataset loaded so far, and asked for. */
  loaded: number;
  rows: number;
}

export interface SeedResult {
  /** In load order. */
  tables: { table: string; rows: number; durationMs: number }[];
  rows: number;
  durationMs: number;
}

/**
 * Loads a compiled dataset: checks it against the live schema, then loads tables in
 * reference order with COPY, while worker threads generate the next chunks. Every table's
 * count is verified afterwards: a short seed is an error here, never a parity finding later.
 *
 * @throws HarnessError CONFIG_INVALID (spec does not fit the schema), SEED_FAILED
 * (generation or COPY failed), SEED_SHORT (a table holds other than the rows asked for).
 *
 * @example
 * const dataset = compileDataset(scenario.data);
 * const result = await seedDataset(source.engine, dataset, { onProgress: (p) => log(p) });
 */
export async function seedDataset(engine: Engine, dataset: CompiledDataset, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const chunkRows = Math.max(1, Math.floor(options.chunkRows ?? DEFAULT_CHUNK_ROWS));
  const totalRows = dataset.tables.reduce((sum, t) => sum + t.rows, 0);
  const workers = Math.max(0, Math.floor(options.workers ?? defaultSeedWorkers(totalRows, chunkRows)));
  const jobs = chunkJobs(dataset, chunkRows);
  // Edge cases are fitted to the live schema (varchar lengths), so workers start once it is read.
  const fitted = validateDataset(dataset, await engine.introspect());
  const inline = inlineChunkSource(fitted);
  const source = workers > 0 ? chunkWorkerPool(fitted, workers, { maxJobs: jobs.length }) : inline;
  try {
    // Jobs queue ahead across table boundaries: generation needs no loaded parent, only loading order does.
    const prefetch = orderedPrefetch(source, inline, jobs, workers + 1);
    const tables: SeedResult['tables'] = [];
    let loaded = 0;
    for (const table of fitted.tables) {
      const tableStarted = performance.now();
      const tableJobs = jobs.filter((job) => job.table === table.name);
      const before = await engine.count(table.name);
      let tableLoaded = 0;
      let current: ChunkJob | undefined;
      async function* chunks(): AsyncGenerator<string | Uint8Array> {
        for (const job of tableJobs) {
          current = job;
          yield await prefetch.next();
          tableLoaded += job.to - job.from;
          loaded += job.to - job.from;
          options.onProgress?.({ table: table.name, tableLoaded, tableRows: table.rows, loaded, rows: totalRows });
        }
      }
      try {
        await engine.bulkLoad(
          table.name,
          table.columns.map((c) => c.name),
          chunks(),
        );
      } catch (error) {
        throw loadError(error, table.name, current);
      }
      const after = await engine.count(table.name);
      if (after - before !== table.rows) throw shortError(table.name, after - before, table.rows, before);
      tables.push({ table: table.name, rows: table.rows, durationMs: performance.now() - tableStarted });
    }
    return { tables, rows: totalRows, durationMs: performance.now() - started };
  } finally {
    await source.close();
  }
}

/**
 * COPY text for rows `fromRow` (inclusive) to `toRow` (exclusive, 0-based) of a table: the
 * exact bytes `seedDataset` loads, for benchmarks and tests.
 *
 * @example
 * generateCopyText(dataset, 'dir_user', 0, 3); // '1\tNikita Crist\t…\n2\t…\n3\t…\n'
 */
export function generateCopyText(dataset: CompiledDataset, table: string, fromRow: number, toRow: number): string {
  const found = dataset.tables.find((t) => t.name === table);
  if (!found) throw new HarnessError('INTERNAL', `Table ${JSON.stringify(table)} is not in the dataset (tables: ${dataset.tables.map((t) => t.name).join(', ')}).`);
  if (!(Number.isInteger(fromRow) && Number.isInteger(toRow) && fromRow >= 0 && fromRow <= toRow && toRow <= found.rows)) {
    throw new HarnessError('INTERNAL', `Rows ${fromRow}–${toRow} are outside ${JSON.stringify(table)}, which has ${found.rows} rows.`);
  }
  let generator = generators.get(dataset);
  if (!generator) generators.set(dataset, (generator = chunkGenerator(dataset)));
  return generator.generate(table, fromRow, toRow);
}

const generators = new WeakMap<CompiledDataset, ChunkGenerator>();

/** Worker threads `seedDataset` uses unless told: none under two chunks, else one per spare core, at most 4. */
export function defaultSeedWorkers(totalRows: number, chunkRows: number = DEFAULT_CHUNK_ROWS): number {
  if (totalRows < 2 * chunkRows) return 0;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Splits every table into chunks of `chunkRows` rows. (Chunk boundaries never change the
 * bytes.) Equal chunks rather than a ramp of small first ones: a COPY statement has a fixed
 * cost (about 15 ms on PGlite) that outweighs the first chunk's generation time.
 */
function chunkJobs(dataset: CompiledDataset, chunkRows: number): ChunkJob[] {
  const jobs: ChunkJob[] = [];
  for (const table of dataset.tables) {
    for (let from = 0; from < table.rows; from += chunkRows) {
      jobs.push({ id: jobs.length, table: table.name, from, to: Math.min(table.rows, from + chunkRows) });
    }
  }
  return jobs;
}

function loadError(error: unknown, table: string, job: ChunkJob | undefined): HarnessError {
  if (isHarnessError(error) && error.code === 'SEED_FAILED') return error;
  const detail = error instanceof Error ? error.message : String(error);
  const at = copyPosition(error);
  const column = at?.column !== undefined && at.column !== '' ? at.column : undefined;
  const what = column === undefined ? JSON.stringify(table) : `${JSON.stringify(table)}.${JSON.stringify(column)}`;
  const where = job ? (at ? ` at row ${job.from + at.line}` : ` in ${describeJob(job).replace(/^"[^"]*" /, '')}`) : '';
  return new HarnessError('SEED_FAILED', `Loading ${what} failed${where}: ${detail}`, {
    cause: error,
    path: ['data', 'tables', table, ...(column === undefined ? [] : ['columns', column])],
    hint: isHarnessError(error) && error.hint ? error.hint : "Check that each generator makes values of the column's type and satisfies its constraints.",
  });
}

/** Where a COPY error happened, from PostgreSQL's context line (`COPY t, line 12, column x: …`). */
function copyPosition(error: unknown): { line: number; column: string | undefined } | undefined {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const where = (e as { where?: unknown }).where;
    const match = typeof where === 'string' ? /\bline (\d+)(?:, column (.*?): )?/.exec(where) : null;
    if (match) return { line: Number(match[1]), column: match[2] };
  }
  return undefined;
}

function shortError(table: string, loaded: number, expected: number, before: number): HarnessError {
  const held = before > 0 ? ` (it held ${before} rows before)` : '';
  return new HarnessError('SEED_SHORT', `Seeding ${JSON.stringify(table)} loaded ${loaded} rows, expected ${expected}${held}.`, {
    path: ['data', 'tables', table, 'rows'],
    hint:
      loaded < expected
        ? 'A BEFORE INSERT trigger or a rule in the source schema discards rows; disable it while seeding, or change the schema for the pilot.'
        : 'A trigger or rule in the source schema adds rows, or something else wrote to the table while seeding.',
  });
}
