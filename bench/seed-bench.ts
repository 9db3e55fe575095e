import { pathToFileURL } from 'node:url';
import { quoteIdent } from '../src/engines/postgres/postgres-session.ts';
import { embeddedProvider } from '../src/environment/embedded-provider.ts';
import { memorySnapshotCache } from '../src/environment/environment-provider.ts';
import type { ColumnGenerator } from '../src/scenario/scenario-schema.ts';
import { DEFAULT_CHUNK_ROWS, compileDataset, defaultSeedWorkers, generateCopyText, seedDataset } from '../src/seed/seed-dataset.ts';

/*
 * Seeding against the cheapest thing that fills the same table: PostgreSQL's COPY of the
 * very same rows, generated beforehand (untimed) and loaded in the same chunks. Both run on
 * one PGlite environment in the same process, interleaved, each into a freshly created empty
 * table, and the medians are compared, so the ratio shows what generation costs on the
 * critical path and not how fast the machine is. Goal: ours ≥ 0.8× the reference.
 */

export interface SeedBenchTable {
  name: string;
  /** Creates the table `name`; run again (after a drop) before every measurement. */
  ddl: string;
  columns: Record<string, ColumnGenerator>;
}

export interface SeedBenchOptions {
  rows: number;
  table?: SeedBenchTable;
  /** Interleaved measurement rounds (default 3); the median of each side is reported. */
  rounds?: number;
  /** Passed to seedDataset; default: its own choice. */
  workers?: number;
  chunkRows?: number;
}

export interface BenchResult {
  name: string;
  figures: Record<string, number>;
  lines: string[];
}

/** A wide form-data table as a workflow app stores it: audit columns plus typed form fields. */
export const LEAVE_REQUEST_TABLE: SeedBenchTable = {
  name: 'app_fd_leave_request',
  ddl: `create table app_fd_leave_request (
    id varchar(255) primary key,
    "dateCreated" timestamp,
    "dateModified" timestamp,
    "createdBy" varchar(255),
    "createdByName" varchar(255),
    c_employee_name text,
    c_email text,
    c_department text,
    c_leave_type text,
    c_start_date date,
    c_days int,
    c_allowance numeric(10, 2),
    c_approved boolean,
    c_reason text
  )`,
  columns: {
    id: { uuid: true },
    dateCreated: { timestamp: { from: '2019-01-01T00:00:00Z', to: '2024-12-31T23:59:59Z' } },
    dateModified: { timestamp: { from: '2024-01-01T00:00:00Z', to: '2024-12-31T23:59:59Z' }, nullRatio: 0.3 },
    createdBy: { faker: { fn: 'internet.username', pool: 300 } },
    createdByName: { faker: { fn: 'person.fullName', pool: 300 } },
    c_employee_name: { faker: 'person.fullName' },
    c_email: { faker: 'internet.email', edgeCases: 0.01 },
    c_department: { faker: 'commerce.department' },
    c_leave_type: { choice: { values: ['annual', 'sick', 'unpaid', 'parental', 'training'], weights: [50, 25, 10, 10, 5] } },
    c_start_date: { date: { from: '2019-01-01', to: '2025-12-31' } },
    c_days: { int: { min: 1, max: 30, skew: 1 } },
    c_allowance: { decimal: { min: 0, max: 5000, scale: 2 }, nullRatio: 0.1 },
    c_approved: { bool: { p: 0.8 } },
    c_reason: { text: { min: 20, max: 400 }, nullRatio: 0.2, edgeCases: 0.01 },
  },
};

export async function seedBench(options: SeedBenchOptions): Promise<BenchResult> {
  const { rows, table = LEAVE_REQUEST_TABLE, rounds = 3 } = options;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const provider = embeddedProvider({ cache: memorySnapshotCache() });
  await using env = await provider.start({ role: 'source', engine: 'postgres' });
  const engine = env.engine;

  const compileStarted = performance.now();
  const dataset = compileDataset({ seed: 1, scale: 1, tables: { [table.name]: { rows, columns: table.columns } } });
  const compileMs = performance.now() - compileStarted;
  const columns = dataset.tables[0]!.columns.map((c) => c.name);

  // The reference's rows: the same bytes seedDataset loads, in the same chunks, made up front.
  const generateStarted = performance.now();
  const chunks: string[] = [];
  for (let from = 0; from < rows; from += chunkRows) chunks.push(generateCopyText(dataset, table.name, from, Math.min(rows, from + chunkRows)));
  const generateMs = performance.now() - generateStarted;
  const megabytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0) / 2 ** 20;

  const emptyTable = async () => {
    await engine.session.exec(`drop table if exists ${quoteIdent(table.name)}; ${table.ddl}`);
  };
  const times = { reference: [] as number[], ours: [] as number[] };
  const workers = options.workers ?? defaultSeedWorkers(rows, chunkRows);
  for (let round = 0; round < rounds; round++) {
    await emptyTable();
    let started = performance.now();
    const loaded = await engine.bulkLoad(table.name, columns, chunks);
    times.reference.push(performance.now() - started);
    if (loaded !== rows) throw new Error(`seed bench: the reference loaded ${loaded} rows, expected ${rows}`);

    await emptyTable();
    started = performance.now();
    const result = await seedDataset(engine, dataset, { workers, chunkRows });
    times.ours.push(performance.now() - started);
    if (result.rows !== rows) throw new Error(`seed bench: seedDataset loaded ${result.rows} rows, expected ${rows}`);
  }

  const referenceMs = median(times.reference);
  const oursMs = median(times.ours);
  const figures = {
    rows,
    columns: columns.length,
    chunkRows,
    workers,
    megabytes: round2(megabytes),
    compileMs: Math.round(compileMs),
    generateRowsPerSecond: Math.round(rows / (generateMs / 1000)),
    referenceMs: Math.round(referenceMs),
    oursMs: Math.round(oursMs),
    referenceRowsPerSecond: Math.round(rows / (referenceMs / 1000)),
    oursRowsPerSecond: Math.round(rows / (oursMs / 1000)),
    ratio: round2(referenceMs / oursMs),
  };
  const lines = [
    `seed bench: ${rows.toLocaleString('en')} rows × ${columns.length} columns of ${JSON.stringify(table.name)} (${figures.megabytes} MB of COPY text), ` +
      `${rounds} interleaved rounds (medians), chunks of ${chunkRows.toLocaleString('en')} rows, ${workers} worker thread(s)`,
    `  reference, COPY of pre-generated rows: ${figures.referenceMs} ms, ${figures.referenceRowsPerSecond.toLocaleString('en')} rows/s`,
    `  seedDataset, generate + COPY:          ${figures.oursMs} ms, ${figures.oursRowsPerSecond.toLocaleString('en')} rows/s → ${figures.ratio}× the reference (goal ≥ 0.8×)`,
    `  generation alone on one thread: ${figures.generateRowsPerSecond.toLocaleString('en')} rows/s; compileDataset (faker pools) ${figures.compileMs} ms, before any database starts`,
  ];
  return { name: 'seed', figures, lines };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? process.env.SEED_BENCH_ROWS ?? 200_000);
  const rounds = Number(process.env.SEED_BENCH_ROUNDS ?? 3);
  const workers = process.env.SEED_BENCH_WORKERS === undefined ? undefined : Number(process.env.SEED_BENCH_WORKERS);
  const chunkRows = process.env.SEED_BENCH_CHUNK_ROWS === undefined ? undefined : Number(process.env.SEED_BENCH_CHUNK_ROWS);
  if (!Number.isInteger(rows) || rows < 1) {
    console.error(`Usage: node --import tsx bench/seed-bench.ts [rows ≥ 1] (got ${JSON.stringify(process.argv[2])})`);
    process.exit(64);
  }
  const result = await seedBench({ rows, rounds, workers, chunkRows });
  for (const line of result.lines) console.log(line);
}
