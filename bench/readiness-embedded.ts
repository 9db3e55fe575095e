import { pathToFileURL } from 'node:url';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../src/environment/environment-provider.ts';
import type { BenchResult } from './bench-stats.ts';

/*
 * Readiness of the embedded provider: old + new started, cold (PGlite initdb in each, no
 * cache), with the initialised data dir cached, and from a snapshot of a seeded database,
 * median of interleaved rounds. PGlite runs in this process, so "together" means one after
 * the other: it has no parallelism to offer.
 */
export async function readinessEmbedded(options: { rounds?: number; rows?: number } = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 3);
  const rows = options.rows ?? Number(process.env.READINESS_BENCH_ROWS ?? 100_000);
  const both = async (start: (role: 'source' | 'target') => Promise<StartedEnvironment>) => {
    const began = performance.now();
    const envs = [await start('source'), await start('target')];
    const ms = performance.now() - began;
    for (const env of envs) await env.stop();
    return ms;
  };
  const cached = embeddedProvider({ cache: memorySnapshotCache() });
  const seeded = await cached.start({ role: 'source', engine: 'postgres' });
  await seeded.engine.session.exec(
    `create table dir_user (id int primary key, username text not null, email text, created timestamptz not null);
     insert into dir_user select g, 'user' || g, 'user' || g || '@example.com', now() - g * interval '1 minute' from generate_series(1, ${rows}) g;`,
  );
  const samples = { snapshot: [] as number[], warm: [] as number[], cold: [] as number[], take: [] as number[] };
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    const taking = performance.now();
    const snapshot = await seeded.snapshot();
    samples.take.push(performance.now() - taking);
    bytes = snapshot.bytes;
    samples.snapshot.push(await both((role) => cached.start({ role, engine: 'postgres', restore: snapshot })));
    samples.warm.push(await both((role) => cached.start({ role, engine: 'postgres' })));
    samples.cold.push(await both((role) => embeddedProvider().start({ role, engine: 'postgres' })));
  }
  await seeded.stop();
  const median = (values: number[]) => Math.round(values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!);
  const figures = {
    snapshotMs: median(samples.snapshot),
    warmMs: median(samples.warm),
    coldMs: median(samples.cold),
    takeSnapshotMs: median(samples.take),
    snapshotMb: Math.round(bytes / 1e5) / 10,
  };
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return {
    name: 'readiness-embedded',
    figures,
    lines: [
      `readiness (embedded): old+new started one after the other (PGlite runs in this process), ${rounds} interleaved rounds (medians)`,
      `  from a snapshot (${figures.snapshotMb} MB, ${rows.toLocaleString('en')} rows): ${s(figures.snapshotMs)}`,
      `  cold, initialised data dir cached:  ${s(figures.warmMs)}`,
      `  cold, no cache (initdb in each):    ${s(figures.coldMs)}`,
      `  taking the snapshot (data dir tarball): ${s(figures.takeSnapshotMs)}`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of (await readinessEmbedded()).lines) console.log(line);
}
