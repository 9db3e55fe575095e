import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dockerForTests } from './testing/docker-for-tests.ts';
import { RUN_LABEL } from './testcontainers-provider.ts';

const setup = await dockerForTests('testcontainers reaper');
const CHILD = fileURLToPath(new URL('./testing/start-two-environments.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe.skipIf(setup.skip !== undefined)('testcontainers provider after kill -9', () => {
  const { docker } = setup as Exclude<typeof setup, { skip: string }>;

  it('leaves no container (nor snapshot image) of the run 30 s after the harness is killed', { timeout: 240_000 }, async () => {
    const label = `tc-kill-${randomUUID().slice(0, 8)}`;
    const containersOfRun = async () => docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${RUN_LABEL}=${label}`] }) });
    await noSharedReaper(docker, 90_000);

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, label], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const ready = JSON.parse(await firstLine(child, 120_000)) as { ready: boolean; snapshot: string };
      expect((await containersOfRun()).map((c) => c.State)).toEqual(['running', 'running']);
      expect(await imageExists(docker, ready.snapshot)).toBe(true);

      const killedAt = Date.now();
      child.kill('SIGKILL');
      let left = await containersOfRun();
      let imageLeft = true;
      while ((left.length > 0 || imageLeft) && Date.now() - killedAt < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        left = await containersOfRun();
        imageLeft = await imageExists(docker, ready.snapshot);
      }
      const seconds = (Date.now() - killedAt) / 1000;
      const outcome = left.length > 0 || imageLeft ? 'still there' : 'gone';
      console.log(`[testcontainers reaper] the run's containers and snapshot image: ${outcome} ${seconds.toFixed(1)} s after kill -9`);
      expect(left.map((c) => `${c.Id.slice(0, 12)} ${c.State}`)).toEqual([]);
      expect(imageLeft).toBe(false);
      expect(seconds).toBeLessThanOrEqual(30);
    } finally {
      child.kill('SIGKILL');
      for (const c of await containersOfRun()) await docker.getContainer(c.Id).remove({ force: true, v: true });
    }
  });
});

type Dockerode = Exclude<typeof setup, { skip: string }>['docker'];

async function imageExists(docker: Dockerode, name: string): Promise<boolean> {
  return docker
    .getImage(name)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

/**
 * Testcontainers joins any running Ryuk not marked as a test one, and Ryuk cleans up only
 * once every process using it has gone: a child joining another process's Ryuk would keep
 * its containers as long as that process lives. Waits for such a Ryuk to go, else fails
 * saying so (test processes started with TESTCONTAINERS_RYUK_TEST_LABEL=true never share).
 */
async function noSharedReaper(docker: Dockerode, timeoutMs: number): Promise<void> {
  const shared = async () =>
    (await docker.listContainers({ filters: JSON.stringify({ label: ['org.testcontainers.ryuk=true'], status: ['running'] }) })).filter(
      (c) => c.Labels['TESTCONTAINERS_RYUK_TEST_LABEL'] !== 'true',
    );
  const begin = Date.now();
  let found = await shared();
  while (found.length > 0 && Date.now() - begin < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    found = await shared();
  }
  if (Date.now() - begin > 1_000) console.log(`[testcontainers reaper] waited ${((Date.now() - begin) / 1000).toFixed(0)} s for another process's Ryuk to go`);
  expect(
    found.map((c) => `Ryuk ${c.Id.slice(0, 12)} of another process (session ${c.Labels['org.testcontainers.session-id']}) is still running after ${timeoutMs / 1000} s; run the tests with TESTCONTAINERS_RYUK_TEST_LABEL=true`),
  ).toEqual([]);
}

/** The child's first line on stdout, or its stderr if it exits first. */
function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the child printed nothing within ${timeoutMs / 1000} s; stderr:\n${err}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.slice(0, out.indexOf('\n')));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited (${code}) before it was ready; stderr:\n${err}`));
    });
  });
}
