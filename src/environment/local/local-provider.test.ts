import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProviderProbe } from '../environment-provider.ts';
import { localProvider } from './local-provider.ts';
import type { LocalSnapshot } from './local-snapshot.ts';

// Fake binaries: a `postgres` that only answers --version, and an `initdb`. Nothing here starts a server.
const tmp = realpathSync(mkdtempSync(path.join(tmpdir(), 'pilot-fake-bin-')));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function fakeBin(name: string, version: string): string {
  const dir = path.join(tmp, name, 'bin');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'postgres'), `#!/bin/sh\necho "postgres (PostgreSQL) ${version} (fake)"\n`);
  writeFileSync(path.join(dir, 'initdb'), '#!/bin/sh\nexit 1\n');
  chmodSync(path.join(dir, 'postgres'), 0o755);
  chmodSync(path.join(dir, 'initdb'), 0o755);
  return dir;
}
const pg13 = fakeBin('pg-13', '13.12');
const pg14 = fakeBin('pg-14', '14.9');
const empty = path.join(tmp, 'empty');
mkdirSync(empty);
const linked = path.join(tmp, 'on-path');
mkdirSync(linked);
symlinkSync(path.join(pg14, 'postgres'), path.join(linked, 'postgres'));

/** Temp paths out of messages, so they can be pinned. */
const normalize = (probe: ProviderProbe) => JSON.parse(JSON.stringify(probe).replaceAll(tmp, '<tmp>')) as ProviderProbe;

describe('localProvider probe', () => {
  it('says where it looked and how to fix it when a named folder holds no server', async () => {
    const provider = localProvider({ bin: empty });
    expect(normalize(await provider.probe({ role: 'source', engine: 'postgres' }))).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql; RHEL: dnf install postgresql-server; macOS: brew install postgresql), or point bin at the folder holding its postgres and initdb (e.g. /usr/lib/postgresql/15/bin), or unset it to search PATH and the usual places.",
        "reason": "no PostgreSQL server binaries found; looked in <tmp>/empty (from options.bin)",
      }
    `);
  });

  it('names the versions it did find when the wanted major is missing', async () => {
    const provider = localProvider({ env: { PATH: '', PILOT_PG_BIN: [pg13, pg14].join(path.delimiter) } });
    expect(normalize(await provider.probe({ role: 'target', engine: 'postgres', engineVersion: '16' }))).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Install PostgreSQL 16 (Debian/Ubuntu: apt-get install postgresql-16; RHEL: dnf install postgresql16-server; macOS: brew install postgresql@16), or point bin at the folder holding its postgres and initdb (e.g. /usr/lib/postgresql/15/bin), or unset it to search PATH and the usual places.",
        "reason": "no PostgreSQL 16 server binaries found (found 13.12 in <tmp>/pg-13/bin, 14.9 in <tmp>/pg-14/bin); looked in <tmp>/pg-13/bin (from PILOT_PG_BIN), <tmp>/pg-14/bin (from PILOT_PG_BIN)",
      }
    `);
  });

  it('lists the usual places when nothing is named and nothing is found', async () => {
    const provider = localProvider({ env: { PATH: empty }, usualPlaces: [`${tmp}/none-*/bin`] });
    expect(normalize(await provider.probe({ role: 'source', engine: 'postgres', engineVersion: '15' }))).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Install PostgreSQL 15 (Debian/Ubuntu: apt-get install postgresql-15; RHEL: dnf install postgresql15-server; macOS: brew install postgresql@15), or set bin: in the scenario (or PILOT_PG_BIN) to the folder holding its postgres and initdb.",
        "reason": "no PostgreSQL 15 server binaries found; looked in PATH, <tmp>/none-<major>/bin",
      }
    `);
  });
});

describe('localProvider version selection', () => {
  const provider = localProvider({ env: { PATH: linked }, usualPlaces: [`${tmp}/pg-*/bin`] });

  it('takes the newest when no version is asked for', async () => {
    expect(await provider.probe({ role: 'source', engine: 'postgres' })).toEqual({ available: true, identity: `PostgreSQL 14.9 (${pg14})` });
  });

  it('takes the asked major, from PATH (symlinks resolved) or the usual places', async () => {
    expect(await provider.probe({ role: 'source', engine: 'postgres', engineVersion: '13' })).toEqual({ available: true, identity: `PostgreSQL 13.12 (${pg13})` });
    expect(await provider.probe({ role: 'source', engine: 'postgres', engineVersion: '14' })).toEqual({ available: true, identity: `PostgreSQL 14.9 (${pg14})` });
  });

  it("lets the scenario's bin win over the provider's", async () => {
    const named = localProvider({ bin: pg14 });
    expect(await named.probe({ role: 'source', engine: 'postgres', settings: { bin: pg13 } })).toEqual({ available: true, identity: `PostgreSQL 13.12 (${pg13})` });
  });

  it("takes a snapshot's major when restoring without a version", async () => {
    const snapshot: LocalSnapshot = { provider: 'local', engineVersion: '13.4', bytes: 0, dataDir: empty, database: 'pilot', binDir: pg13 };
    expect(await provider.probe({ role: 'target', engine: 'postgres', restore: snapshot })).toEqual({ available: true, identity: `PostgreSQL 13.12 (${pg13})` });
  });
});

describe('localProvider restore', () => {
  const provider = localProvider({ bin: [pg13, pg14] });

  it('refuses a snapshot of another provider', async () => {
    await expect(provider.start({ role: 'target', engine: 'postgres', restore: { provider: 'embedded', engineVersion: '18.6', bytes: 0 } })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[HarnessError: Cannot start a local environment from a "embedded" snapshot.]`,
    );
  });

  it('refuses a snapshot of another major', async () => {
    const snapshot: LocalSnapshot = { provider: 'local', engineVersion: '13.4', bytes: 0, dataDir: empty, database: 'pilot', binDir: pg13 };
    const refused = provider.start({ role: 'target', engine: 'postgres', engineVersion: '14', restore: snapshot });
    await expect(refused).rejects.toThrowError(
      `Cannot start PostgreSQL 14.9 (${pg14}) from a snapshot taken on PostgreSQL 13.4: a data dir opens only with the major version that wrote it.`,
    );
    await expect(refused).rejects.toMatchObject({ code: 'ENVIRONMENT_START', hint: expect.stringContaining('copy: logical or pg_dump') });
  });
});
