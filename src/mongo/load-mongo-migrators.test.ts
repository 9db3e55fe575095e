import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDatabaseTools } from './transfer-databases.ts';
import { loadMongoMigrators } from './load-mongo-migrators.ts';
import { DEFAULT_ON_FAILURE } from './mongo-migrator.ts';

let dir: string;
const src = path.resolve(import.meta.dirname, '..');
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pilot-mongo-load-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadMongoMigrators', () => {
  it('loads defineMongoMigrator modules with their checksum and what a failure leaves behind', async () => {
    await writeFile(
      path.join(dir, '1.0.0-2.0.0.ok.ts'),
      `import { defineMongoMigrator } from ${JSON.stringify(path.join(src, 'mongo/mongo-migrator.ts'))};\nexport default defineMongoMigrator({ from: '1.0.0', to: '2.0.0', async up() {} });\n`,
    );
    const [loaded] = await loadMongoMigrators(['1.0.0-2.0.0.ok.ts'], dir);
    expect(loaded).toMatchObject({ from: '1.0.0', to: '2.0.0', kind: 'module', transaction: false, onFailure: DEFAULT_ON_FAILURE, relativeFile: '1.0.0-2.0.0.ok.ts' });
    expect(loaded!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a SQL file and a PostgreSQL migrator module, naming the file', async () => {
    await writeFile(path.join(dir, 'a.sql'), '-- @from 1.0.0\n-- @to 2.0.0\nselect 1;\n');
    await expect(loadMongoMigrators(['a.sql'], dir)).rejects.toThrow('a.sql: a SQL migrator cannot run on MongoDB.');
    await writeFile(
      path.join(dir, 'pg.ts'),
      `import { defineMigrator } from ${JSON.stringify(path.join(src, 'chain/migrator.ts'))};\nexport default defineMigrator({ from: '1.0.0', to: '2.0.0', async up() {} });\n`,
    );
    await expect(loadMongoMigrators(['pg.ts'], dir)).rejects.toThrow('pg.ts: the module is not a Mongo migrator (it was not declared with defineMongoMigrator).');
  });
});

describe('findDatabaseTools', () => {
  it('says clearly that mongodump/mongorestore are missing and how to do without them', async () => {
    const failure = await findDatabaseTools(dir).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'CONFIG_INVALID', path: ['transfer', 'method'] });
    expect((failure as Error).message).toBe('The transfer asks for mongodump/mongorestore, but mongodump and mongorestore are not on PATH.');
    expect((failure as { hint: string }).hint).toContain('use method: driver');
  });
});
