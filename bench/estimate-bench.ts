import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadCpuClock } from '../src/estimate/cpu-clock.ts';
import { collectGarbage } from '../src/estimate/collect-garbage.ts';
import { estimateProduction } from '../src/estimate/estimate-production.ts';
import { formatMs, formatRows, predictStepCost } from '../src/estimate/fit-step-cost.ts';
import { measuredSpec, measureScales } from '../src/estimate/measure-scales.ts';
import { productionProfile } from '../src/estimate/production-profile.ts';
import { statementRecorder } from '../src/estimate/statement-recorder.ts';
import { providerRegistry } from '../src/environment/providers.ts';
import { runPilot } from '../src/run/run-pilot.ts';
import { loadScenario } from '../src/scenario/load-scenario.ts';
import { type BenchResult, median, round2 } from './bench-stats.ts';

/*
 * The estimator against reality. The example chain is measured at data scales up to 2
 * (200k rows), as `pilot estimate` measures it, and extrapolated to scale 10 (1M rows);
 * then the chain really runs at scale 10 (one warm-up, then `runs` measured runs, medians)
 * and the prediction is compared with what it took. Goal: within ±15 %. Both sides are
 * timed the same way (the embedded database's thread CPU time, cpu-clock.ts); the actual
 * runs' wall time is printed too, for how much a busy machine stretched it.
 */

export interface EstimateBenchOptions {
  /** The data.scale values measured (default 0.25, 0.5, 1, 2: 25k to 200k rows). */
  scales?: readonly number[];
  repetitions?: number;
  /** The scale predicted and then run (default 10: 1M rows). */
  target?: number;
  /** Measured runs at the target scale (default 3). */
  runs?: number;
}

const EXAMPLE = fileURLToPath(new URL('../scenarios/workflow-app.yaml', import.meta.url));

export async function estimateBench(options: EstimateBenchOptions = {}): Promise<BenchResult> {
  const scales = options.scales ?? [0.25, 0.5, 1, 2];
  const target = options.target ?? 10;
  const runs = options.runs ?? 3;
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'pilot-estimate-bench-'));
  const loadStart = os.loadavg()[0]!;
  const lines: string[] = [];
  try {
    const loaded = await loadScenario(EXAMPLE);
    const measured = await measureScales(loaded, { scales, ...(options.repetitions ? { repetitions: options.repetitions } : {}), cacheDir, reuse: false });
    const profile = await productionProfile(loaded, measured.spec, { scale: target });
    const estimate = estimateProduction(measured.measurements, profile, { tolerances: measured.spec.estimate?.tolerances });

    // The real thing, timed as the estimate's runs are, with the statements' wall time alongside.
    const registry = providerRegistry({ cacheDir });
    const actual = new Map<string, { cpu: number[]; wall: number[] }>();
    try {
      for (let run = 0; run <= runs; run++) {
        collectGarbage();
        const wall = statementRecorder({ clock: () => performance.now() });
        const report = await runPilot({ ...loaded, spec: measuredSpec(measured.spec, target) }, { providers: registry, clock: threadCpuClock, wrapMigrationDatabase: wall.wrap });
        if (report.exitCode !== 0) throw new Error(`estimate bench: the run at scale ${target} failed: ${report.reasons.join(' ')}`);
        if (run === 0) continue; // warm-up, as the estimate's first round
        for (const step of report.chain!.steps) {
          const entry = actual.get(step.id) ?? { cpu: [], wall: [] };
          entry.cpu.push(step.durationMs);
          entry.wall.push(wall.steps().find((s) => s.id === step.id)!.statements.reduce((sum, s) => sum + s.ms, 0));
          actual.set(step.id, entry);
        }
      }
    } finally {
      await registry.dispose();
    }

    const figures: Record<string, number> = {};
    lines.push(
      `estimate: the example chain measured at scales ${scales.join(', ')} (${formatRows(estimate.measuredRows[0]!.rows)} to ${formatRows(estimate.measuredRows.at(-1)!.rows)} rows, ` +
        `${measured.measurements.plan.repetitions} interleaved repetitions), predicted at scale ${target} (${formatRows(estimate.productionRows)} rows), then run there ${runs}× (medians)`,
      `  | step | model | predicted (90 % interval) | actual (CPU) | error | actual wall (statements) |`,
    );
    let predictedTotal = 0;
    let actualTotal = 0;
    for (const step of estimate.steps) {
      // A refused step still has its best fit: shown, marked, so the bench says how far off it would have been.
      const prediction = step.prediction ?? (step.productionRows !== undefined ? predictStepCost(step.cost, step.productionRows) : undefined);
      const seen = actual.get(step.id)!;
      const cpu = median(seen.cpu);
      const error = prediction ? prediction.ms / cpu - 1 : Number.NaN;
      predictedTotal += prediction?.ms ?? 0;
      actualTotal += cpu;
      figures[`step ${step.id} error`] = round2(error);
      const model = step.classification === 'not-estimable' ? `refused (${[...new Set(step.refusals.map((r) => r.code.replace('estimate.', '')))].join(', ')}); best fit ${step.cost.fit.model}` : step.classification;
      lines.push(
        `  | ${step.id} | ${model} | ${prediction ? `${formatMs(prediction.ms)} (${formatMs(prediction.low)} – ${formatMs(prediction.high)})` : '–'} | ` +
          `${formatMs(cpu)} | ${Number.isFinite(error) ? `${error >= 0 ? '+' : ''}${Math.round(error * 100)} %` : '–'} | ${formatMs(median(seen.wall))} |`,
      );
    }
    const totalError = predictedTotal / actualTotal - 1;
    figures['total predicted ms'] = Math.round(predictedTotal);
    figures['total actual ms'] = Math.round(actualTotal);
    figures['total error'] = round2(totalError);
    lines.push(
      `  | total | ${estimate.status} | ${estimate.total ? `${formatMs(estimate.total.ms)} (${formatMs(estimate.total.low)} – ${formatMs(estimate.total.high)})` : formatMs(predictedTotal)} | ` +
        `${formatMs(actualTotal)} | ${totalError >= 0 ? '+' : ''}${Math.round(totalError * 100)} % (goal ±15 %) | |`,
      `  load average ${loadStart.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} vCPUs`,
    );
    return { name: 'estimate', figures, lines };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await estimateBench({ ...(process.env.ESTIMATE_BENCH_RUNS ? { runs: Number(process.env.ESTIMATE_BENCH_RUNS) } : {}) });
  for (const line of result.lines) console.log(line);
}
