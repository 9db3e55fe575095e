import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { Migrator } from '../chain/migrator.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { contentHash } from '../util/content-hash.ts';
import { packageVersion } from '../util/package-version.ts';
import type { ScalePlan } from './scale-plan.ts';
import type { MachineInfo, TimeBase } from './scale-measurements.ts';

/**
 * The key of a set of measurements: everything that changes what the chain does or how fast
 * it runs. The chain (every migrator's checksum), the source schema files' text, the data
 * spec (its scale aside: the plan gives the scales), the rest of the scenario that reaches
 * the run (mode, copy method, versions, stage settings), the environments that will run
 * (the providers' probe identities), the time base, the plan, the machine (CPU model, cores, memory) and
 * the harness version. The scenario's name, description, checks, budgets and production
 * sizes are left out: they do not change a step's time.
 */
export async function measurementKey(input: {
  scenario: LoadedScenario;
  spec: ScenarioSpec;
  migrators: readonly Migrator[];
  plan: ScalePlan;
  identities: readonly string[];
  timeBase: TimeBase;
}): Promise<string> {
  const { spec, scenario, plan } = input;
  const schemaFiles = await Promise.all(spec.source.schema.map((file) => readFile(scenario.resolve(file), 'utf8').catch(() => `<unreadable ${file}>`)));
  const { name: _name, description: _description, checks: _checks, budgets: _budgets, estimate: _estimate, stages: _stages, ...rest } = spec;
  const reaching = { ...rest, data: rest.data && { ...rest.data, scale: undefined } };
  const machine = machineIdentity();
  return contentHash([
    'scale-measurements-v2',
    `migration-pilot@${packageVersion('migration-pilot')}`,
    JSON.stringify(reaching),
    ...input.migrators.map((m) => `${m.from}→${m.to} ${m.relativeFile} ${m.checksum} ${m.transaction}`),
    ...schemaFiles,
    ...input.identities,
    `time: ${input.timeBase}`,
    JSON.stringify({ scales: plan.scales, repetitions: plan.repetitions, warmup: plan.warmup }),
    JSON.stringify(machine),
  ]);
}

/** The machine as far as it decides speed; a CI runner's host name is deliberately not part of it. */
function machineIdentity() {
  const cpus = os.cpus();
  return { platform: process.platform, arch: process.arch, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30) };
}

/** The machine, for the record. */
export function machineInfo(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: { start: loadAtStart, end: Number(os.loadavg()[0]!.toFixed(2)) },
  };
}
