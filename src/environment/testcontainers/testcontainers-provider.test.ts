import { describe, expect, it } from 'vitest';
import { HarnessError } from '../../errors/harness-error.ts';
import { reachDocker } from './reach-docker.ts';
import { testcontainersProvider } from './testcontainers-provider.ts';

// Runs without Docker: the daemon is replaced by one that is not there.
const noDocker = testcontainersProvider({
  env: { DOCKER_HOST: 'unix:///var/run/nowhere.sock' },
  docker: async () => {
    throw new Error('connect ENOENT /var/run/nowhere.sock');
  },
});

describe('testcontainersProvider without Docker', () => {
  it('probes unavailable, saying what to do', async () => {
    expect(await noDocker.probe({ role: 'source', engine: 'postgres', engineVersion: '15' })).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Start Docker (Docker Desktop, Colima, Rancher Desktop, Podman with its Docker socket, or dockerd), or point DOCKER_HOST at a daemon that runs; or choose provider local or embedded.",
        "reason": "no Docker daemon answers at DOCKER_HOST=unix:///var/run/nowhere.sock (connect ENOENT /var/run/nowhere.sock)",
      }
    `);
  });

  it('refuses to start with the same message', async () => {
    const error = await noDocker.start({ role: 'target', engine: 'postgres' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect({ code: (error as HarnessError).code, message: (error as HarnessError).message, hint: (error as HarnessError).hint }).toMatchInlineSnapshot(`
      {
        "code": "ENVIRONMENT_START",
        "hint": "Start Docker (Docker Desktop, Colima, Rancher Desktop, Podman with its Docker socket, or dockerd), or point DOCKER_HOST at a daemon that runs; or choose provider local or embedded.",
        "message": "Cannot start a testcontainers target: no Docker daemon answers at DOCKER_HOST=unix:///var/run/nowhere.sock (connect ENOENT /var/run/nowhere.sock).",
      }
    `);
  });

  it('gives up on a daemon that does not answer', async () => {
    expect(await reachDocker(() => new Promise(() => undefined), {}, 50)).toMatchObject({
      available: false,
      reason: 'no Docker daemon answered within 0.05 s (looked for DOCKER_HOST, ~/.testcontainers.properties and the usual sockets)',
    });
  });
});
