import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { getContainerRuntimeClient, getReaper } from 'testcontainers';
import type { EnvironmentRequest, Snapshot, StartedEnvironment } from '../src/environment/environment-provider.ts';
import { IMAGE_LABELS } from '../src/environment/testcontainers/image-labels.ts';
import { rehearsalCommand } from '../src/environment/testcontainers/rehearsal-settings.ts';
import { CONTAINER_DATA_DIR, RUN_LABEL, testcontainersProvider } from '../src/environment/testcontainers/testcontainers-provider.ts';
import type { TestcontainersSnapshot } from '../src/environment/testcontainers/testcontainers-snapshot.ts';
import { type BenchResult, median, round2 } from './bench-stats.ts';

/*
 * Environment readiness on the testcontainers provider: the time until an old and a new
 * PostgreSQL are both ready (started in parallel, connected, engine built), cold (initdb in
 * each container) and from snapshots of seeded ones (containers started from the committed
 * images). The reference is plain Docker doing the same in the same process: create and
 * start the same image with the same command, then connect until PostgreSQL accepts. The
 * ratio is what Testcontainers and the provider add. Rounds are interleaved (the order
 * rotates each round) and medians reported.
 *
 * Images: READINESS_OLD_IMAGE and READINESS_NEW_IMAGE (default: the image the provider
 * picks when no version is asked, the newest pinned one present, for both).
 */

export interface ReadinessOptions {
  /** Interleaved rounds (default BENCH_ROUNDS, else 3). */
  rounds?: number;
  /** Rows seeded before each snapshot (default 100 000, about 10 MB of table). */
  rows?: number;
}

type Docker = Awaited<ReturnType<typeof getContainerRuntimeClient>>['container']['dockerode'];

const NAME = 'readiness (testcontainers)';

export async function readinessTestcontainers(options: ReadinessOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 3);
  const rows = options.rows ?? 100_000;
  const label = `readiness-bench-${process.pid}`;
  const provider = testcontainersProvider();
  const probe = await provider.probe({ role: 'source', engine: 'postgres' });
  if (!probe.available) return { name: NAME, figures: {}, lines: [`${NAME}: skipped, ${probe.reason}${probe.hint ? ` (${probe.hint})` : ''}`] };

  const defaultImage = probe.identity.slice(0, probe.identity.lastIndexOf(' ('));
  const images = { old: process.env.READINESS_OLD_IMAGE ?? defaultImage, new: process.env.READINESS_NEW_IMAGE ?? defaultImage };
  const request = (role: 'source' | 'target', restore?: Snapshot): EnvironmentRequest => ({
    role,
    engine: 'postgres',
    label,
    settings: { image: role === 'source' ? images.old : images.new },
    ...(restore ? { restore } : {}),
  });
  const client = await getContainerRuntimeClient();
  const docker = client.container.dockerode;
  // Reference containers carry the session too, so Ryuk removes them should the bench die.
  const session = (await getReaper(client)).sessionId;

  try {
    // Untimed: the first start pays for Ryuk and image lookups; then one seeded snapshot per side.
    const snapshotTimes: number[] = [];
    const snapshots = await Promise.all(
      (['source', 'target'] as const).map(async (role) => {
        await using env = await provider.start(request(role));
        await env.engine.session.exec(`create table item as select g as id, md5(g::text) as label from generate_series(1, ${rows}) g; alter table item add primary key (id);`);
        const begin = performance.now();
        const taken = (await env.snapshot()) as TestcontainersSnapshot;
        snapshotTimes.push(performance.now() - begin);
        return taken;
      }),
    );

    // Like the provider, the reference starts a snapshot as the data dir's owner (as root, the
    // entrypoint's chown would copy every data file into the container's layer first).
    const asOwner = async (snapshot: TestcontainersSnapshot) => ({
      image: snapshot.image,
      user: (await docker.getImage(snapshot.image).inspect()).Config.Labels?.[IMAGE_LABELS.dataOwner],
    });
    const times: Record<'cold' | 'snapshot' | 'referenceCold' | 'referenceSnapshot', number[]> = { cold: [], snapshot: [], referenceCold: [], referenceSnapshot: [] };
    const measures: [keyof typeof times, () => Promise<number>][] = [
      ['cold', () => ours(() => [provider.start(request('source')), provider.start(request('target'))])],
      ['snapshot', () => ours(() => [provider.start(request('source', snapshots[0])), provider.start(request('target', snapshots[1]))])],
      ['referenceCold', () => plainDocker(docker, [{ image: images.old }, { image: images.new }], { label, session, cold: true })],
      ['referenceSnapshot', async () => plainDocker(docker, await Promise.all(snapshots.map(asOwner)), { label, session, cold: false })],
    ];
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < measures.length; i++) {
        const [name, measure] = measures[(i + round) % measures.length]!;
        times[name].push(await measure());
      }
    }

    const figures = {
      rounds,
      coldMs: Math.round(median(times.cold)),
      fromSnapshotMs: Math.round(median(times.snapshot)),
      referenceColdMs: Math.round(median(times.referenceCold)),
      referenceFromSnapshotMs: Math.round(median(times.referenceSnapshot)),
      coldRatio: round2(median(times.cold) / median(times.referenceCold)),
      fromSnapshotRatio: round2(median(times.snapshot) / median(times.referenceSnapshot)),
      snapshotTakeMs: Math.round(median(snapshotTimes)),
      snapshotMegabytes: round2(median(snapshots.map((s) => s.bytes)) / 1e6),
    };
    const lines = [
      `${NAME}: old ${images.old} + new ${images.new}, both ready (started in parallel), ${rounds} interleaved rounds (medians)`,
      `  cold (initdb in each container):   ${figures.coldMs} ms; plain Docker ${figures.referenceColdMs} ms → ${figures.coldRatio}× the reference`,
      `  from snapshots of seeded ones:     ${figures.fromSnapshotMs} ms; plain Docker ${figures.referenceFromSnapshotMs} ms → ${figures.fromSnapshotRatio}× the reference`,
      `  taking a snapshot (CHECKPOINT + docker commit of ${rows.toLocaleString('en')} rows, ${figures.snapshotMegabytes} MB layer): ${figures.snapshotTakeMs} ms`,
    ];
    return { name: NAME, figures, lines };
  } finally {
    await provider[Symbol.asyncDispose]();
    for (const c of await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${RUN_LABEL}=${label}`] }) })) {
      await docker.getContainer(c.Id).remove({ force: true, v: true });
    }
  }
}

/** Starts a pair through the provider; the time until both are ready. Stopping is not timed. */
async function ours(startPair: () => Promise<StartedEnvironment>[]): Promise<number> {
  const begin = performance.now();
  const pair = await Promise.all(startPair());
  const elapsed = performance.now() - begin;
  await Promise.all(pair.map((env) => env.stop()));
  return elapsed;
}

/** The reference: `docker create` + `docker start` of each image, then connect until PostgreSQL accepts. */
async function plainDocker(docker: Docker, specs: { image: string; user?: string | undefined }[], options: { label: string; session: string; cold: boolean }): Promise<number> {
  const begin = performance.now();
  const containers = await Promise.all(
    specs.map(async ({ image, user }) => {
      const env = options.cold ? ['POSTGRES_USER=pilot', 'POSTGRES_PASSWORD=reference', 'POSTGRES_DB=pilot', `PGDATA=${CONTAINER_DATA_DIR}`] : [];
      const container = await docker.createContainer({
        Image: image,
        ...(user ? { User: user } : {}),
        Env: env,
        Cmd: rehearsalCommand(),
        ExposedPorts: { '5432/tcp': {} },
        HostConfig: { PortBindings: { '5432/tcp': [{ HostPort: '' }] } },
        Labels: { [RUN_LABEL]: options.label, 'org.testcontainers.session-id': options.session },
      });
      await container.start();
      const info = await container.inspect();
      const port = info.NetworkSettings.Ports['5432/tcp']![0]!.HostPort;
      const vars = Object.fromEntries((info.Config.Env ?? []).map((entry) => entry.split(/=(.*)/s, 2) as [string, string]));
      await connectUntilReady(`postgres://${vars.POSTGRES_USER}:${vars.POSTGRES_PASSWORD}@localhost:${port}/${vars.POSTGRES_DB}`);
      return container;
    }),
  );
  const elapsed = performance.now() - begin;
  await Promise.all(containers.map((c) => c.remove({ force: true, v: true })));
  return elapsed;
}

async function connectUntilReady(url: string): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}



if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await readinessTestcontainers();
  for (const line of result.lines) console.log(line);
}
