import { pathToFileURL } from 'node:url';
import { rowParity } from '../src/checks/row-parity.ts';
import { chainResultOf } from '../src/checks/testing/chain-result-of.ts';
import type { CheckContext } from '../src/checks/check.ts';
import type { Finding } from '../src/checks/finding.ts';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache } from '../src/environment/environment-provider.ts';
import { median, round2, type BenchResult } from './bench-stats.ts';

/*
 * Row parity against the cheapest thing that reads every row: one in-database
 * `select sum(hashtext(t::text)) from t` per side. Both run on the same two PGlite
 * environments in the same process, interleaved, and the medians are compared, so the
 * ratio does not depend on the machine. Then 100 values of the target are changed, row
 * count kept (the counts cannot tell, so the whole-table summaries come first), and last
 * ~100 rows are deleted, changed and added (the counts differ, so the first scan is by
 * key bucket); the check must find exactly them each time, and both ratios are reported.
 */

export interface ParityBenchOptions {
  rows: number;
  /** Interleaved measurement rounds (default 3); the median of each is reported. */
  rounds?: number;
}


const TABLE = 'bench_parity';
const COLUMNS = ['id', 'name', 'amount', 'created', 'flag', 'note'];
const CHUNK_ROWS = 50_000;

export async function parityBench(options: ParityBenchOptions): Promise<BenchResult> {
  const rows = options.rows;
  const rounds = options.rounds ?? 3;
  const rss = rssSampler();
  const provider = embeddedProvider({ cache: memorySnapshotCache() });
  await using source = await provider.start({ role: 'source', engine: 'postgres' });
  await using target = await provider.start({ role: 'target', engine: 'postgres' });
  const context: CheckContext = { source: source.engine, target: target.engine, run: { chain: chainResultOf([]), harnessTables: [] } };

  const loadStarted = performance.now();
  const ddl = `create table ${TABLE} (id int primary key, name text not null, amount numeric(12,2), created timestamptz, flag boolean, note text)`;
  await Promise.all([source.engine.session.exec(ddl), target.engine.session.exec(ddl)]);
  for (let from = 1; from <= rows; from += CHUNK_ROWS) {
    const chunk = copyText(from, Math.min(rows, from + CHUNK_ROWS - 1));
    await source.engine.bulkLoad(TABLE, COLUMNS, [chunk]);
    await target.engine.bulkLoad(TABLE, COLUMNS, [chunk]);
  }
  const loadMs = performance.now() - loadStarted;

  const reference = async () => {
    for (const env of [source, target]) await env.engine.session.query(`select sum(hashtext(t::text)) from ${TABLE} as t`);
  };
  const check = rowParity({ table: TABLE });
  // A first scan sets hint bits on freshly loaded pages; keep that write out of the figures.
  await reference();
  const rssBefore = rss.sample();

  const equal = await interleave(rounds, reference, async () => {
    const findings = await check.run(context);
    if (findings.length > 0) throw new Error(`parity bench: equal tables gave findings: ${JSON.stringify(findings)}`);
  });

  const updates = plantUpdates(rows);
  await target.engine.session.exec(updates.sql);
  await reference();
  let foundUpdates: Finding[] = [];
  const updated = await interleave(rounds, reference, async () => {
    foundUpdates = await check.run(context);
  });
  const updateMismatch = verifyUpdates(foundUpdates, updates.keys);
  await target.engine.session.exec(updates.restore);

  const changed = plantDifferences(rows);
  await target.engine.session.exec(changed.sql);
  await reference();
  let found: Finding[] = [];
  const differing = await interleave(rounds, reference, async () => {
    found = await check.run(context);
  });
  const mismatch = verify(found, changed);
  rss.stop();

  const figures = {
    rows,
    loadMs: Math.round(loadMs),
    referenceMs: Math.round(equal.reference),
    equalMs: Math.round(equal.ours),
    equalRatio: round2(equal.ours / equal.reference),
    updatedRows: updates.keys.length,
    updatedReferenceMs: Math.round(updated.reference),
    updatedMs: Math.round(updated.ours),
    updatedRatio: round2(updated.ours / updated.reference),
    updatesFoundExactly: updateMismatch === undefined ? 1 : 0,
    differingRows: changed.total,
    differingReferenceMs: Math.round(differing.reference),
    differingMs: Math.round(differing.ours),
    differingRatio: round2(differing.ours / differing.reference),
    differencesFoundExactly: mismatch === undefined ? 1 : 0,
    rssBeforeMb: Math.round(rssBefore / 2 ** 20),
    peakRssMb: Math.round(rss.max() / 2 ** 20),
    maxRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
  };
  const lines = [
    `parity bench: ${rows.toLocaleString('en')} rows per side, ${rounds} interleaved rounds (medians), load ${figures.loadMs} ms`,
    `  equal tables:      reference ${figures.referenceMs} ms, rowParity ${figures.equalMs} ms → ${figures.equalRatio}× (goal ≤ 2×)`,
    `  ${updates.keys.length} values changed, same row count: reference ${figures.updatedReferenceMs} ms, rowParity ${figures.updatedMs} ms → ${figures.updatedRatio}×` +
      ` — ${updateMismatch === undefined ? 'found exactly the changed rows' : `WRONG: ${updateMismatch}`}`,
    `  ${changed.total} rows differ (row count too): reference ${figures.differingReferenceMs} ms, rowParity ${figures.differingMs} ms → ${figures.differingRatio}×` +
      ` — ${mismatch === undefined ? 'found exactly the planted differences' : `WRONG: ${mismatch}`}`,
    `  RSS: ${figures.rssBeforeMb} MB before the checks, peak ${figures.peakRssMb} MB sampled (process max ${figures.maxRssMb} MB; both PGlite heaps included)`,
  ];
  return { name: 'parity', figures, lines };
}

/** COPY text for rows `from..to`; the values are a cheap function of the id. */
function copyText(from: number, to: number): string {
  const lines: string[] = [];
  for (let id = from; id <= to; id++) {
    const minutes = id % 525_600;
    const created = new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString();
    lines.push(`${id}\tuser ${id}\t${(id % 100_000) / 100}\t${created}\t${id % 2 === 0 ? 't' : 'f'}\tnote ${id} ${'x'.repeat(id % 40)}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Planted {
  sql: string;
  deleted: string[];
  updated: string[];
  inserted: string[];
  total: number;
}

/** 100 rows spread over the key range get another note, and the SQL that gives them back their own. */
function plantUpdates(rows: number): { sql: string; restore: string; keys: string[] } {
  const step = Math.max(1, Math.floor(rows / 100));
  const ids = Array.from({ length: 100 }, (_, i) => 3 + i * step).filter((id) => id <= rows);
  const list = ids.join(', ');
  return {
    sql: `update ${TABLE} set note = upper(note) where id in (${list});`,
    // The note of `copyText`, a function of the id.
    restore: `update ${TABLE} set note = 'note ' || id || ' ' || repeat('x', id % 40) where id in (${list});`,
    keys: ids.map(String),
  };
}

function verifyUpdates(findings: Finding[], keys: string[]): string | undefined {
  const [finding] = findings;
  if (findings.length !== 1 || finding!.code !== 'parity.changed-rows') return `expected 1 changed-rows finding, got ${findings.map((f) => f.code).join(', ')}`;
  if ((finding!.truncated ?? finding!.keys?.length) !== keys.length) return `expected ${keys.length} changed rows, got ${finding!.truncated ?? finding!.keys?.length}`;
  if (!finding!.keys!.every((key) => keys.includes(key))) return 'changed keys differ from the updated rows';
  return undefined;
}

/** About 100 differences spread over the key range: a third deleted, a third changed, a third new. */
function plantDifferences(rows: number): Planted {
  const step = Math.max(1, Math.floor(rows / 70));
  const ids = Array.from({ length: 67 }, (_, i) => 1 + i * step).filter((id) => id <= rows);
  const deleted = ids.filter((_, i) => i % 2 === 0).slice(0, 34);
  const updated = ids.filter((_, i) => i % 2 === 1).slice(0, 33);
  const inserted = Array.from({ length: 33 }, (_, i) => rows + 1 + i * 7);
  const sql = [
    `delete from ${TABLE} where id in (${deleted.join(', ')});`,
    `update ${TABLE} set note = left(note, 3) where id in (${updated.join(', ')});`,
    `insert into ${TABLE} (id, name) select i, 'new ' || i from unnest(array[${inserted.join(', ')}]) as i;`,
  ].join('\n');
  const text = (list: number[]) => list.map(String);
  return { sql, deleted: text(deleted), updated: text(updated), inserted: text(inserted), total: deleted.length + updated.length + inserted.length };
}

function verify(findings: Finding[], planted: Planted): string | undefined {
  const keysOf = (code: string) => findings.find((f) => f.code === code)?.keys ?? [];
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((k, i) => k === [...b].sort()[i]);
  if (findings.length !== 3) return `expected 3 findings, got ${findings.map((f) => f.code).join(', ')}`;
  if (!same(keysOf('parity.missing-rows'), planted.deleted)) return 'missing keys differ from the deleted rows';
  if (!same(keysOf('parity.changed-rows'), planted.updated)) return 'changed keys differ from the updated rows';
  if (!same(keysOf('parity.extra-rows'), planted.inserted)) return 'extra keys differ from the inserted rows';
  return undefined;
}

/** Runs `reference` and `ours` alternately `rounds` times; medians in ms. */
export async function interleave(rounds: number, reference: () => Promise<void>, ours: () => Promise<void>): Promise<{ reference: number; ours: number }> {
  const times = { reference: [] as number[], ours: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of [['reference', reference], ['ours', ours]] as const) {
      const started = performance.now();
      await run();
      times[name].push(performance.now() - started);
    }
  }
  return { reference: median(times.reference), ours: median(times.ours) };
}


/** Samples RSS every 20 ms (PGlite's memory only grows, so a sample between queries sees its peak). */
function rssSampler(): { sample(): number; max(): number; stop(): void } {
  let max = process.memoryUsage().rss;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    max = Math.max(max, rss);
    return rss;
  };
  const timer = setInterval(sample, 20);
  timer.unref();
  return { sample, max: () => (sample(), max), stop: () => clearInterval(timer) };
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? process.env.PARITY_BENCH_ROWS ?? 1_000_000);
  const rounds = Number(process.env.PARITY_BENCH_ROUNDS ?? 3);
  if (!Number.isInteger(rows) || rows < 100) {
    console.error(`Usage: node --import tsx bench/parity-bench.ts [rows ≥ 100] (got ${JSON.stringify(process.argv[2])})`);
    process.exit(64);
  }
  const result = await parityBench({ rows, rounds });
  for (const line of result.lines) console.log(line);
}
