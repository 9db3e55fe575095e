import { execFile } from 'node:child_process';
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EnvironmentRequest, StartedEnvironment } from '../src/environment/environment-provider.ts';
import { copyDir } from '../src/environment/local/copy-dir.ts';
import { choosePostgresBinaries, findPostgresBinaries, type PostgresBinaries } from '../src/environment/local/find-postgres-binaries.ts';
import { harnessState } from '../src/environment/local/harness-state.ts';
import { localProvider } from '../src/environment/local/local-provider.ts';
import { isLocalSnapshot } from '../src/environment/local/local-snapshot.ts';
import { runInitdb } from '../src/environment/local/run-initdb.ts';
import { serverUser, type ServerUser } from '../src/environment/local/server-user.ts';
import type { BenchResult } from './bench-stats.ts';

/*
 * Environment readiness on the local provider: the time until both the old and the new
 * environment (source and target, started together) accept queries,
 *   - from a snapshot (a seeded state in the cache: a second pilot of the same scenario),
 *   - cold with the initialised data dir cached (a new scenario on a machine that ran one),
 *   - cold with no cache at all (the first run on a machine: one initdb for both).
 * Each variant uses a new provider, as a new run would; rounds are interleaved and medians
 * reported. The references, run in the same rounds, are PostgreSQL's own tools: a bare
 * `initdb` and one `pg_ctl start -w` of an existing data dir (its own readiness wait).
 * Goal: ≤ 1.5 s for old+new from a snapshot.
 *
 *   node --import tsx bench/readiness-local.ts     (READINESS_BENCH_ROWS=100000 BENCH_ROUNDS=3)
 */

export interface ReadinessLocalOptions {
  /** Interleaved rounds (default `$BENCH_ROUNDS` or 3). */
  rounds?: number;
  /** Rows seeded before the snapshot (default `$READINESS_BENCH_ROWS` or 100 000, about 15 MB). */
  rows?: number;
}

export async function readinessLocal(options: ReadinessLocalOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 3);
  const rows = options.rows ?? Number(process.env.READINESS_BENCH_ROWS ?? 100_000);
  const search = await findPostgresBinaries();
  const binaries = choosePostgresBinaries(search.found, process.env.PILOT_LOCAL_BENCH_VERSION);
  if (!binaries) {
    return { name: 'readiness-local', figures: {}, lines: [`readiness (local): skipped, no PostgreSQL server binaries found (looked in ${search.lookedIn.join(', ')})`] };
  }
  const request = (role: 'source' | 'target'): EnvironmentRequest => ({ role, engine: 'postgres', engineVersion: binaries.major, label: 'readiness bench' });
  const both = async (start: (role: 'source' | 'target') => Promise<StartedEnvironment>) => {
    const began = performance.now();
    const envs = await Promise.all([start('source'), start('target')]);
    const ms = performance.now() - began;
    await Promise.all(envs.map((env) => env.stop()));
    return ms;
  };

  const began = performance.now();
  const state = await harnessState();
  const reaperMs = performance.now() - began;
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'pilot-readiness-cache-'));
  try {
    const seeding = localProvider({ bin: binaries.dir, cacheDir });
    const seeded = await seeding.start(request('source'));
    await seeded.engine.session.exec(
      `create table dir_user (id int primary key, username text not null, email text, created timestamptz not null);
       insert into dir_user select g, 'user' || g, 'user' || g || '@example.com', now() - g * interval '1 minute' from generate_series(1, ${rows}) g;`,
    );
    const user = serverUser();
    const samples: Record<'snapshotMs' | 'warmMs' | 'coldMs' | 'takeMs' | 'initdbMs' | 'pgCtlStartMs', number[]> = {
      snapshotMs: [],
      warmMs: [],
      coldMs: [],
      takeMs: [],
      initdbMs: [],
      pgCtlStartMs: [],
    };
    let bytes = 0;
    for (let round = 0; round < rounds; round++) {
      const taking = performance.now();
      const snapshot = await seeded.snapshot();
      samples.takeMs.push(performance.now() - taking);
      bytes = snapshot.bytes;
      await seeding.cache!.put('seeded', snapshot);

      const later = localProvider({ bin: binaries.dir, cacheDir });
      const cached = await later.cache!.get('seeded');
      if (!cached || !isLocalSnapshot(cached)) throw new Error('readiness bench: the seeded snapshot is not in the cache');
      samples.snapshotMs.push(await both((role) => later.start({ ...request(role), restore: cached })));
      samples.warmMs.push(await both((role) => localProvider({ bin: binaries.dir, cacheDir }).start(request(role))));
      const cold = localProvider({ bin: binaries.dir });
      samples.coldMs.push(await both((role) => cold.start(request(role))));
      samples.initdbMs.push(await bareInitdb(binaries, user, state.dir, round));
      samples.pgCtlStartMs.push(await pgCtlStart(binaries, user, state.dir, cached.dataDir, round));
    }
    await seeded.stop();

    const median = (values: number[]) => Math.round(values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!);
    const figures = {
      snapshotMs: median(samples.snapshotMs),
      warmMs: median(samples.warmMs),
      coldMs: median(samples.coldMs),
      takeSnapshotMs: median(samples.takeMs),
      snapshotMb: Math.round(bytes / 1e5) / 10,
      reaperMs: Math.round(reaperMs),
      referenceInitdbMs: median(samples.initdbMs),
      referencePgCtlStartMs: median(samples.pgCtlStartMs),
      snapshotRatio: 0,
      coldRatio: 0,
    };
    figures.snapshotRatio = Math.round((figures.snapshotMs / figures.referencePgCtlStartMs) * 10) / 10;
    figures.coldRatio = Math.round((figures.coldMs / figures.referenceInitdbMs) * 10) / 10;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const storage = (await harnessState()).storage;
    const lines = [
      `readiness (local): old+new started together, PostgreSQL ${binaries.version} (${binaries.dir}), data dirs ${storage}, ${rounds} interleaved rounds (medians)`,
      `  from a snapshot (${figures.snapshotMb} MB, ${rows.toLocaleString('en')} rows): ${s(figures.snapshotMs)} (goal ≤ 1.50 s) → ${figures.snapshotRatio}× one pg_ctl start -w (${s(figures.referencePgCtlStartMs)})`,
      `  cold, initialised data dir cached:  ${s(figures.warmMs)}`,
      `  cold, no cache (one initdb):        ${s(figures.coldMs)} → ${figures.coldRatio}× one bare initdb (${s(figures.referenceInitdbMs)})`,
      `  taking the snapshot (online, server keeps running): ${s(figures.takeSnapshotMs)}; reaper start, once per process: ${s(figures.reaperMs)}`,
    ];
    return { name: 'readiness-local', figures, lines };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function bareInitdb(binaries: PostgresBinaries, user: ServerUser | undefined, stateDir: string, round: number): Promise<number> {
  const dir = path.join(stateDir, `bench-initdb-${round}`);
  await ownedDir(dir, user);
  const began = performance.now();
  await runInitdb({ binaries, dataDir: path.join(dir, 'data'), user, logFile: path.join(dir, 'initdb.log'), state: await harnessState() });
  const ms = performance.now() - began;
  await rm(dir, { recursive: true, force: true });
  return ms;
}

/** `pg_ctl start -w` on a copy of `dataDir`, timed; then `pg_ctl stop`. The reaper finds it through its postmaster.pid. */
async function pgCtlStart(binaries: PostgresBinaries, user: ServerUser | undefined, stateDir: string, dataDir: string, round: number): Promise<number> {
  const dir = path.join(stateDir, `bench-pg-ctl-${round}`);
  await ownedDir(dir, user);
  const copy = path.join(dir, 'data');
  await copyDir(dataDir, copy);
  const pgCtl = (args: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile(path.join(binaries.dir, 'pg_ctl'), args, { ...(user ? { uid: user.uid, gid: user.gid } : {}) }, (error) => (error ? reject(error) : resolve())),
    );
  const began = performance.now();
  await pgCtl(['start', '-w', '-D', copy, '-l', path.join(dir, 'log'), '-o', `-c listen_addresses='' -k ${dir} -c fsync=off`]);
  const ms = performance.now() - began;
  await pgCtl(['stop', '-w', '-m', 'fast', '-D', copy]);
  await rm(dir, { recursive: true, force: true });
  return ms;
}

async function ownedDir(dir: string, user: ServerUser | undefined): Promise<void> {
  await mkdir(dir, { mode: 0o700 });
  if (user) await chown(dir, user.uid, user.gid);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await readinessLocal();
  for (const line of result.lines) console.log(line);
}
