/*
 * `npm run bench`: every benchmark, each as a ratio against a reference measured in the
 * same run on the same environments, so the figures say what the harness costs and not how
 * fast the machine is. Sizes can be lowered for a quick look:
 *   SEED_BENCH_ROWS=200000 PARITY_BENCH_ROWS=1000000 BENCH_ROUNDS=3 npm run bench
 * The estimator's check against a real 1M-row run takes minutes; ESTIMATE_BENCH=0 leaves it out.
 */
import { estimateBench } from './estimate-bench.ts';
import { parityBench } from './parity-bench.ts';
import { processBench } from './process-bench.ts';
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
// Process-state equivalence: instances with their activities and variables, at two sizes (PROCESS_BENCH_SIZES).
const processes = await processBench({ sizes: (process.env.PROCESS_BENCH_SIZES ?? '25000,100000').split(',').map(Number), rounds });
for (const line of processes.lines) console.log(line);
console.log('');
// Environment readiness: old + new started, cold and from a snapshot, per provider.
for (const readiness of [readinessEmbedded, readinessLocal, readinessTestcontainers]) {
  const result = await readiness();
  for (const line of result.lines) console.log(line);
  console.log('');
}
// The production-window estimate against a real run at 1M rows (bench/estimate-bench.ts).
if (process.env.ESTIMATE_BENCH !== '0') {
  const result = await estimateBench();
  for (const line of result.lines) console.log(line);
  console.log('');
}
