import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quoteIdent } from '../src/engines/postgres/postgres-session.ts';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache } from '../src/environment/environment-provider.ts';
import { loadScenario } from '../src/scenario/load-scenario.ts';
import type { DataSpec } from '../src/scenario/scenario-schema.ts';
import { DEFAULT_CHUNK_ROWS, compileDataset, defaultSeedWorkers, generateCopyText, seedDataset } from '../src/seed/seed-dataset.ts';
import { validateDataset } from '../src/seed/validate-dataset.ts';
import { median, round2, type BenchResult } from './bench-stats.ts';

/*
 * Seeding against the cheapest thing that fills the same table: PostgreSQL's COPY of the
 * very same rows, generated beforehand (untimed) and loaded in the same chunks. Both run on
 * one PGlite environment in the same process, interleaved, each into a freshly created empty
 * table, and the medians are compared, so the ratio shows what generation costs on the
 * critical path and not how fast the machine is. Goal: ours ≥ 0.8× the reference.
 */

export interface SeedBenchOptions {
  /** Rows of the measured (widest) table; the tables it references keep their own counts. */
  rows: number;
  /** Interleaved measurement rounds (default 3); the median of each side is reported. */
  rounds?: number;
  /** Passed to seedDataset; default: its own choice. */
  workers?: number;
  chunkRows?: number;
  /** The scenario whose widest data table is measured; default: the workflow-app example. */
  scenario?: string;
}


const EXAMPLE = fileURLToPath(new URL('../scenarios/workflow-app.yaml', import.meta.url));

/**
 * The example's widest data table (most generated columns) with the tables its references
 * read from, their CREATE TABLE statements taken from the scenario's schema files.
 */
export async function widestTable(scenarioFile: string, rows: number): Promise<{ table: string; data: DataSpec; ddl: string }> {
  const { spec, resolve } = await loadScenario(scenarioFile);
  const tables = spec.data!.tables;
  const [table] = Object.entries(tables).sort(([, a], [, b]) => Object.keys(b.columns).length - Object.keys(a.columns).length)[0]!;
  const needed = new Set([table]);
  for (const generator of Object.values(tables[table]!.columns)) {
    if (generator.ref) needed.add(typeof generator.ref === 'string' ? generator.ref.split('.')[0]! : generator.ref.table);
  }
  const schema = (await Promise.all(spec.source.schema.map((file) => readFile(resolve(file), 'utf8')))).join('\n');
  const ddl = [...needed]
    .map((name) => {
      const statement = new RegExp(`create table ${name} \\([\\s\\S]*?\\n\\);`, 'i').exec(schema)?.[0];
      if (!statement) throw new Error(`seed bench: no CREATE TABLE ${name} in the schema files of ${scenarioFile}`);
      return statement.replace(/\s+references\s+\w+\s*\([^)]*\)/gi, '');
    })
    .join('\n');
  const data: DataSpec = {
    seed: spec.data!.seed,
    scale: 1,
    tables: Object.fromEntries([...needed].map((name) => [name, name === table ? { ...tables[name]!, rows } : tables[name]!])),
  };
  return { table, data, ddl };
}

export async function seedBench(options: SeedBenchOptions): Promise<BenchResult> {
  const { rows, rounds = 3 } = options;
  const { table, data, ddl } = await widestTable(options.scenario ?? EXAMPLE, rows);
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const provider = embeddedProvider({ cache: memorySnapshotCache() });
  await using env = await provider.start({ role: 'source', engine: 'postgres' });
  const engine = env.engine;

  const emptyTables = async () => {
    await engine.session.exec(`${Object.keys(data.tables).map((t) => `drop table if exists ${quoteIdent(t)};`).join(' ')} ${ddl}`);
  };
  await emptyTables();
  const compileStarted = performance.now();
  // Fitted to the schema as seedDataset does it (edge cases within varchar lengths), so both sides load the same bytes.
  const dataset = validateDataset(compileDataset(data), await engine.introspect());
  const compileMs = performance.now() - compileStarted;
  const totalRows = dataset.tables.reduce((sum, t) => sum + t.rows, 0);
  const widest = dataset.tables.find((t) => t.name === table)!;

  // The reference's rows: the same bytes seedDataset loads, in the same chunks, made up front.
  const generateStarted = performance.now();
  const chunks = dataset.tables.map((t) => {
    const parts: string[] = [];
    for (let from = 0; from < t.rows; from += chunkRows) parts.push(generateCopyText(dataset, t.name, from, Math.min(t.rows, from + chunkRows)));
    return { table: t.name, columns: t.columns.map((c) => c.name), parts };
  });
  const generateMs = performance.now() - generateStarted;
  const megabytes = chunks.flatMap((c) => c.parts).reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0) / 2 ** 20;

  const times = { reference: [] as number[], ours: [] as number[] };
  const workers = options.workers ?? defaultSeedWorkers(totalRows, chunkRows);
  for (let round = 0; round < rounds; round++) {
    await emptyTables();
    let started = performance.now();
    let loaded = 0;
    for (const chunk of chunks) loaded += await engine.bulkLoad(chunk.table, chunk.columns, chunk.parts);
    times.reference.push(performance.now() - started);
    if (loaded !== totalRows) throw new Error(`seed bench: the reference loaded ${loaded} rows, expected ${totalRows}`);

    await emptyTables();
    started = performance.now();
    const result = await seedDataset(engine, dataset, { workers, chunkRows });
    times.ours.push(performance.now() - started);
    if (result.rows !== totalRows) throw new Error(`seed bench: seedDataset loaded ${result.rows} rows, expected ${totalRows}`);
  }

  const referenceMs = median(times.reference);
  const oursMs = median(times.ours);
  const figures = {
    rows: totalRows,
    columns: widest.columns.length,
    chunkRows,
    workers,
    megabytes: round2(megabytes),
    compileMs: Math.round(compileMs),
    generateRowsPerSecond: Math.round(totalRows / (generateMs / 1000)),
    referenceMs: Math.round(referenceMs),
    oursMs: Math.round(oursMs),
    referenceRowsPerSecond: Math.round(totalRows / (referenceMs / 1000)),
    oursRowsPerSecond: Math.round(totalRows / (oursMs / 1000)),
    ratio: round2(referenceMs / oursMs),
  };
  const others = dataset.tables.filter((t) => t.name !== table).map((t) => `${t.name} ${t.rows.toLocaleString('en')}`);
  const lines = [
    `seed bench: the example's widest table ${JSON.stringify(table)}, ${widest.rows.toLocaleString('en')} rows × ${widest.columns.length} columns` +
      `${others.length ? ` (+ the tables it references: ${others.join(', ')})` : ''}, ${figures.megabytes} MB of COPY text, ` +
      `${rounds} interleaved rounds (medians), chunks of ${chunkRows.toLocaleString('en')} rows, ${workers} worker thread(s)`,
    `  reference, COPY of pre-generated rows: ${figures.referenceMs} ms, ${figures.referenceRowsPerSecond.toLocaleString('en')} rows/s`,
    `  seedDataset, generate + COPY:          ${figures.oursMs} ms, ${figures.oursRowsPerSecond.toLocaleString('en')} rows/s → ${figures.ratio}× the reference (goal ≥ 0.8×)`,
    `  generation alone on one thread: ${figures.generateRowsPerSecond.toLocaleString('en')} rows/s; compileDataset (faker pools) ${figures.compileMs} ms, before any database starts`,
  ];
  return { name: 'seed', figures, lines };
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
  const result = await seedBench({ rows, rounds, ...(workers === undefined ? {} : { workers }), ...(chunkRows === undefined ? {} : { chunkRows }) });
  for (const line of result.lines) console.log(line);
}
