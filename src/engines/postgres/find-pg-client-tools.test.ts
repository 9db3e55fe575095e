import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgClientTools, parsePgDumpVersion } from './find-pg-client-tools.ts';

describe('parsePgDumpVersion', () => {
  it('reads the version pg_dump prints', () => {
    expect(parsePgDumpVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({ version: '15.20', major: 15 });
    expect(parsePgDumpVersion('pg_dump (PostgreSQL) 18beta1')).toEqual({ version: '18', major: 18 });
    expect(parsePgDumpVersion('something else')).toBeUndefined();
  });
});

describe('findPgClientTools', () => {
  let root: string;
  // Stand-ins that answer --version like the real tools, in folders laid out like Debian's.
  const fakeTools = async (major: number) => {
    const dir = path.join(root, String(major), 'bin');
    await mkdir(dir, { recursive: true });
    for (const tool of ['pg_dump', 'pg_restore']) {
      await writeFile(path.join(dir, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) ${major}.3"\n`);
      await chmod(path.join(dir, tool), 0o755);
    }
    return dir;
  };
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pilot-pg-tools-'));
    await fakeTools(14);
    await fakeTools(16);
    await fakeTools(17);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const usualDirs = async () => [14, 16, 17].map((m) => path.join(root, String(m), 'bin'));

  it('takes the oldest tools that can dump the server', async () => {
    const tools = await findPgClientTools({ serverMajor: 15, usualDirs, env: { PATH: '' } });
    expect(tools).toMatchObject({ major: 16, version: '16.3', dir: path.join(root, '16', 'bin') });
  });

  it('says when the tools found are too old for the server, and what to do', async () => {
    await expect(findPgClientTools({ serverMajor: 18, usualDirs, env: { PATH: '' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: `pg_dump 17.3 (${path.join(root, '17', 'bin', 'pg_dump')}) cannot dump the source, which runs PostgreSQL 18: pg_dump refuses servers newer than itself, and the others found in the usual places or on PATH are older still.`,
      hint: 'Install the PostgreSQL 18 client tools (or newer) and name their folder with binDir, or copy with method logical, which works across versions.',
    });
  });

  it('looks only in binDir when given, and says when nothing is there', async () => {
    await expect(findPgClientTools({ serverMajor: 15, binDir: path.join(root, '14', 'bin') })).rejects.toThrow(/pg_dump 14.3 .* cannot dump the source, which runs PostgreSQL 15/);
    await expect(findPgClientTools({ serverMajor: 15, binDir: root })).rejects.toMatchObject({
      message: `The pg_dump copy needs pg_dump and pg_restore, but neither was found in ${root}.`,
      hint: 'Install the PostgreSQL 15 client tools (and name their folder with binDir), or copy with method logical, which needs no binaries.',
    });
  });
});
