import { pathToFileURL } from 'node:url';
import type { CheckContext } from '../src/checks/check.ts';
import type { Finding } from '../src/checks/finding.ts';
import { processState } from '../src/checks/process-state/process-state.ts';
import { chainResultOf } from '../src/checks/testing/chain-result-of.ts';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../src/environment/environment-provider.ts';
import { processCheckSchema } from '../src/scenario/process-schema.ts';
import { type BenchResult, round2 } from './bench-stats.ts';
import { interleave } from './parity-bench.ts';

/*
 * Process-state equivalence at scale: `instances` process instances per side (three in
 * four running), each with two or three activities (some open: parallel branches and
 * multi-instance ones) and four variables: about 8.5 rows per instance. The target holds
 * the same instances after a move (new definition version, one activity renamed), so the
 * check maps both. The reference is the cheapest thing that reads the same rows: one
 * `sum(hashtext(t::text))` per table per side. Both run on the same two PGlite
 * environments, interleaved, and the ratio of the medians does not depend on the machine.
 * Each size is run, so the figures show the time growing with the rows (4× the instances
 * should cost about 4× the time); the largest also gets 100 instances resumed at the
 * wrong activity, which the check must name exactly.
 */

export interface ProcessBenchOptions {
  /** Instance counts, one environment pair each (default 25,000 and 100,000). */
  sizes?: readonly number[];
  rounds?: number;
}

const TABLES = ['wf_process', 'wf_activity', 'wf_variable'];

/** The reference schema's tables, filled with `n` instances; `moved` gives the target's names (v2, approve → manager_approval). */
function generateSql(n: number, moved: boolean): string {
  const approve = moved ? 'manager_approval' : 'approve';
  const version = moved ? 2 : 1;
  return `
    create table wf_process_def (id text primary key, process_key text not null, version int not null, first_activity text, start_tools text);
    create table wf_process (id text primary key, process_def_id text not null, state text not null, record_id text, started_by text);
    create table wf_activity (id text primary key, process_id text not null, activity_def_id text not null, state text not null, assignee text, created timestamptz not null);
    create table wf_variable (process_id text not null, name text not null, value text, primary key (process_id, name));
    create table wf_audit (process_id text, activity_def_id text, action text, actor text, at timestamptz);
    insert into wf_process_def values ('leave#${version}', 'leave_approval', ${version}, 'submit', null);
    insert into wf_process select 'P' || i, 'leave#${version}', case when i % 4 = 0 then 'closed.completed' else 'open.running' end, 'LR-' || lpad(i::text, 7, '0'), 'u' || (i % 1000)
      from generate_series(1, ${n}) as i;
    insert into wf_activity
      select 'A' || i || 's', 'P' || i, 'submit', case when i % 4 = 1 then 'open.running' else 'closed.completed' end, 'u' || (i % 1000), timestamptz '2026-01-01' + i * interval '1 minute'
        from generate_series(1, ${n}) as i
      union all
      select 'A' || i || 'a', 'P' || i, '${approve}', case when i % 4 = 2 then 'open.not_running.not_started' else 'closed.completed' end, 'm' || (i % 60), timestamptz '2026-01-01' + i * interval '1 minute' + interval '1 hour'
        from generate_series(1, ${n}) as i where i % 4 <> 1
      union all
      select 'A' || i || 'p' || b, 'P' || i, case b when 1 then 'hr_review' else 'payroll_update' end, 'open.running', 'h' || (i % 8), timestamptz '2026-01-02' + i * interval '1 minute'
        from generate_series(1, ${n}) as i cross join generate_series(1, 2) as b where i % 4 = 3;
    insert into wf_variable
      select 'P' || i, v, case v when 'days' then (i % 20)::text when 'type' then 'annual' when 'comment' then case when i % 3 = 0 then null else 'note ' || i end else (i % 2 = 0)::text end
        from generate_series(1, ${n}) as i cross join unnest(array['days', 'type', 'comment', 'escalated']) as v;
  `;
}

export async function processBench(options: ProcessBenchOptions = {}): Promise<BenchResult> {
  const sizes = options.sizes ?? [25_000, 100_000];
  const rounds = options.rounds ?? 3;
  const check = processState(
    processCheckSchema.parse({
      definitions: { 'leave_approval@1': 'leave_approval@2' },
      activities: { 'leave_approval@1': { approve: 'manager_approval' } },
      users: false,
    }),
  );
  const figures: Record<string, number> = {};
  const lines = [`process bench: process-state equivalence, ${rounds} interleaved rounds (medians); reference: sum(hashtext(row)) over the same tables`];
  const perRow: { check: number; reference: number; ratio: number }[] = [];
  for (const [index, n] of sizes.entries()) {
    const provider = embeddedProvider({ cache: memorySnapshotCache() });
    await using source = await provider.start({ role: 'source', engine: 'postgres' });
    await using target = await provider.start({ role: 'target', engine: 'postgres' });
    const loadStarted = performance.now();
    await Promise.all([source.engine.session.exec(generateSql(n, false)), target.engine.session.exec(generateSql(n, true))]);
    const loadMs = performance.now() - loadStarted;
    const rows = await rowCount(source);
    const context: CheckContext = { source: source.engine, target: target.engine, run: { chain: chainResultOf([]), harnessTables: [] } };
    const reference = async () => {
      for (const env of [source, target]) for (const table of TABLES) await env.engine.session.query(`select sum(hashtext(t::text)) from ${table} as t`);
    };
    await reference();
    const equal = await interleave(rounds, reference, async () => {
      const findings = await check.run(context);
      if (findings.length > 0) throw new Error(`process bench: equivalent instances gave findings: ${JSON.stringify(findings).slice(0, 500)}`);
    });
    const ratio = round2(equal.ours / equal.reference);
    perRow.push({ check: equal.ours / rows, reference: equal.reference / rows, ratio });
    Object.assign(figures, { [`instances${index}`]: n, [`rows${index}`]: rows, [`loadMs${index}`]: Math.round(loadMs), [`referenceMs${index}`]: Math.round(equal.reference), [`checkMs${index}`]: Math.round(equal.ours), [`ratio${index}`]: ratio });
    lines.push(
      `  ${n.toLocaleString('en')} instances (${rows.toLocaleString('en')} rows per side, load ${Math.round(loadMs)} ms): reference ${Math.round(equal.reference)} ms, ` +
        `processes ${Math.round(equal.ours)} ms → ${ratio}×, ${round2((equal.ours / rows) * 1000)} µs per row`,
    );

    if (index === sizes.length - 1) {
      // 100 running instances resumed at the wrong activity: their open approve step is a submit on the target.
      const wrong = Array.from({ length: 100 }, (_, k) => 2 + 4 * Math.floor((k * n) / 400));
      await target.engine.session.exec(`update wf_activity set activity_def_id = 'submit' where id = any(array[${wrong.map((i) => `'A${i}a'`).join(', ')}])`);
      let found: Finding[] = [];
      const differing = await interleave(rounds, reference, async () => {
        found = await check.run(context);
      });
      const expected = wrong.map((i) => `LR-${String(i).padStart(7, '0')}`).sort();
      const [finding] = found;
      const exact = found.length === 1 && finding!.code === 'process.activities-diverged' && (finding!.truncated ?? finding!.keys!.length) === 100 && finding!.keys!.every((k) => expected.includes(k));
      const diffRatio = round2(differing.ours / differing.reference);
      Object.assign(figures, { differingMs: Math.round(differing.ours), differingRatio: diffRatio, differencesFoundExactly: exact ? 1 : 0 });
      lines.push(`  100 instances at the wrong activity: processes ${Math.round(differing.ours)} ms → ${diffRatio}× — ${exact ? 'found exactly those record ids' : `WRONG: ${JSON.stringify(found).slice(0, 300)}`}`);
    }
  }
  if (perRow.length > 1) {
    // The plain scan's time per row grows too on a busy machine or once the tables outgrow
    // PGlite's buffers, so proportionality is judged on the ratio: it stays put when the
    // check costs a fixed number of scans of the rows.
    const [first, last] = [perRow[0]!, perRow[perRow.length - 1]!];
    Object.assign(figures, { checkPerRowGrowth: round2(last.check / first.check), referencePerRowGrowth: round2(last.reference / first.reference), ratioGrowth: round2(last.ratio / first.ratio) });
    lines.push(
      `  time per row, largest size over smallest: processes ${figures.checkPerRowGrowth}×, reference ${figures.referencePerRowGrowth}×; ` +
        `ratio ${first.ratio}× → ${last.ratio}× (${figures.ratioGrowth}×: 1 = as proportional to the rows as a plain scan)`,
    );
  }
  return { name: 'process', figures, lines };
}

async function rowCount(env: StartedEnvironment): Promise<number> {
  const { rows } = await env.engine.session.query<{ n: string }>(`select (${TABLES.map((t) => `(select count(*) from ${t})`).join(' + ')})::text as n`);
  return Number(rows[0]!.n);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = (process.argv[2] ?? process.env.PROCESS_BENCH_SIZES ?? '25000,100000').split(',').map(Number);
  const rounds = Number(process.env.PROCESS_BENCH_ROUNDS ?? 3);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    console.error(`Usage: node --import tsx bench/process-bench.ts [sizes, e.g. 25000,100000] (got ${JSON.stringify(process.argv[2])})`);
    process.exit(64);
  }
  const result = await processBench({ sizes, rounds });
  for (const line of result.lines) console.log(line);
}
