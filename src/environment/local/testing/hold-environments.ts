/*
 * A harness stand-in for the reaper tests: starts `count` local environments, prints one JSON
 * line describing them, then waits to be killed.
 *
 *   node --import tsx hold-environments.ts <count> [dispose-on-signal]
 *
 * With `dispose-on-signal` it stops its environments on SIGINT/SIGTERM and exits, as a CLI
 * would; without, it dies the default way and leaves the cleanup to the reaper.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StartedEnvironment } from '../../environment-provider.ts';
import { harnessState } from '../harness-state.ts';
import { localProvider } from '../local-provider.ts';

export interface HeldEnvironments {
  stateDir: string;
  reaperPid: number;
  dataDirs: string[];
  postmasterPids: number[];
}

const count = Number(process.argv[2] ?? 2);
const disposeOnSignal = process.argv[3] === 'dispose-on-signal';
const provider = localProvider();
const envs: StartedEnvironment[] = [];
for (let i = 0; i < count; i++) envs.push(await provider.start({ role: i === 0 ? 'source' : 'target', engine: 'postgres', label: 'reaper test' }));

const dataDirs: string[] = [];
for (const env of envs) {
  const { rows } = await env.engine.session.query<{ dir: string }>("select current_setting('data_directory') as dir");
  dataDirs.push(rows[0]!.dir);
}
const state = await harnessState();
const held: HeldEnvironments = {
  stateDir: state.dir,
  reaperPid: (JSON.parse(readFileSync(path.join(state.dir, 'reaper.json'), 'utf8')) as { pid: number }).pid,
  dataDirs,
  postmasterPids: dataDirs.map((dir) => Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0])),
};
if (disposeOnSignal) {
  const stop = async () => {
    await Promise.all(envs.map((env) => env.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
console.log(JSON.stringify(held));
setInterval(() => undefined, 60_000);
