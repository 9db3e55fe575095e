/*
 * `npm run bench`: every benchmark, each as a ratio against a reference measured in the
 * same run on the same environments, so the figures say what the harness costs and not how
 * fast the machine is. Sizes can be lowered for a quick look:
 *   SEED_BENCH_ROWS=200000 PARITY_BENCH_ROWS=1000000 BENCH_ROUNDS=3 npm run bench
 */
import { parityBench } from './parity-bench.ts';
import { readinessEmbedded } from './readiness-embedded.ts';
import { readinessLocal } from './readiness-local.ts';
import { readinessTestcontainers } from './readiness-testcontainers.ts';
import { seedBench } from './seed-bench.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seedRows = (process.env.SEED_BENCH_ROWS ?? '50000,200000').split(',').map(Number);
const parityRows = Number(process.env.PARITY_BENCH_ROWS ?? 1_000_000);

console.log(`migration-pilot benchmarks, Node ${process.version}, ${rounds} interleaved rounds each (medians)\n`);
for (const rows of seedRows) {
  const result = await seedBench({ rows, rounds });
  for (const line of result.lines) console.log(line);
  console.log('');
}
const parity = await parityBench({ rows: parityRows, rounds });
for (const line of parity.lines) console.log(line);
console.log('');
// Environment readiness: old + new started, cold and from a snapshot, per provider.
for (const readiness of [readinessEmbedded, readinessLocal, readinessTestcontainers]) {
  const result = await readiness();
  for (const line of result.lines) console.log(line);
  console.log('');
}
