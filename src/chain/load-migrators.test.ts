import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { loadMigrators } from './load-migrators.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/chain');

async function loadError(entries: string[], baseDir = FIXTURES): Promise<string> {
  try {
    await loadMigrators(entries, baseDir);
  } catch (error) {
    if (!(error instanceof HarnessError)) throw error;
    return `${error.code}: ${error.message.replaceAll(baseDir, '<base>')}\nhint: ${error.hint?.replaceAll(baseDir, '<base>')}`;
  }
  throw new Error('expected loading to fail');
}

describe('loadMigrators', () => {
  const temporary: string[] = [];
  afterAll(async () => {
    for (const dir of temporary) await rm(dir, { recursive: true, force: true });
  });
  const scratch = async (files: Record<string, string>) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilot-chain-'));
    temporary.push(dir);
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    return dir;
  };

  it('loads a folder of SQL files and TypeScript modules, in name order', async () => {
    const migrators = await loadMigrators(['valid'], FIXTURES);
    expect(migrators.map(({ from, to, kind, transaction, description, relativeFile }) => ({ from, to, kind, transaction, description, relativeFile }))).toEqual([
      { from: '1.0.0', to: '1.1.0', kind: 'sql', transaction: true, description: 'add a priority to leave requests', relativeFile: 'valid/1.0.0-1.1.0.add-priority.sql' },
      { from: '1.1.0', to: '1.2.0', kind: 'module', transaction: true, description: 'move leave days into app_fd_leave_days', relativeFile: 'valid/1.1.0-1.2.0.leave-days.ts' },
      { from: '1.2.0', to: '2.0.0', kind: 'sql', transaction: true, description: 'keep every status change of a leave request', relativeFile: 'valid/1.2.0-2.0.0.status-history.sql' },
    ]);
    for (const migrator of migrators) {
      expect(migrator.file).toBe(path.join(FIXTURES, migrator.relativeFile));
      expect(migrator.checksum).toBe(createHash('sha256').update(await readFile(migrator.file)).digest('hex'));
      expect(typeof migrator.down).toBe('function');
    }
  });

  it('loads files and folders together, each file once', async () => {
    const migrators = await loadMigrators(['valid/1.0.0-1.1.0.add-priority.sql', 'valid', 'concurrently/1.0.0-1.1.0.status-index.sql'], FIXTURES);
    expect(migrators.map((m) => m.relativeFile)).toEqual([
      'valid/1.0.0-1.1.0.add-priority.sql',
      'valid/1.1.0-1.2.0.leave-days.ts',
      'valid/1.2.0-2.0.0.status-history.sql',
      'concurrently/1.0.0-1.1.0.status-index.sql',
    ]);
    expect(migrators[3]!.transaction).toBe(false);
  });

  it('skips files that are not migrators in a folder', async () => {
    const dir = await scratch({
      '1.0.0-1.1.0.sql': '-- @from 1.0.0\n-- @to 1.1.0\nselect 1;',
      'README.md': '# notes',
      'types.d.ts': 'export {};',
      'helpers.test.ts': 'throw new Error("not a migrator");',
    });
    expect((await loadMigrators(['.'], dir)).map((m) => m.relativeFile)).toEqual(['1.0.0-1.1.0.sql']);
  });

  it('gives a CRLF copy of a file the same checksum', async () => {
    const text = '-- @from 1.0.0\n-- @to 1.1.0\nselect 1;\n';
    const lf = await scratch({ 'a.sql': text });
    const crlf = await scratch({ 'a.sql': text.replaceAll('\n', '\r\n') });
    const [fromLf] = await loadMigrators(['a.sql'], lf);
    const [fromCrlf] = await loadMigrators(['a.sql'], crlf);
    expect(fromCrlf!.checksum).toBe(fromLf!.checksum);
  });

  it('loads an edited module afresh in the same process, so the code that runs is the code checksummed', async () => {
    const module = (description: string) => `export default { from: '1.0.0', to: '1.1.0', description: '${description}', async up() {} };\n`;
    const dir = await scratch({ '1.0.0-1.1.0.mjs': module('first edit') });
    const [first] = await loadMigrators(['.'], dir);
    await writeFile(path.join(dir, '1.0.0-1.1.0.mjs'), module('second edit'));
    const [second] = await loadMigrators(['.'], dir);
    expect([first!.description, second!.description]).toEqual(['first edit', 'second edit']);
    expect(second!.checksum).not.toBe(first!.checksum);
  });

  it('names a missing entry', async () => {
    expect(await loadError(['valid', 'migrations'])).toMatchInlineSnapshot(`
      "CONFIG_NOT_FOUND: Migrator path "migrations" does not exist (looked for <base>/migrations).
      hint: Entries of chain.migrators are files or folders relative to the scenario file's folder, <base>."
    `);
  });

  it('refuses a file that is not a migrator, and a folder without migrators, saying nested folders are not searched', async () => {
    expect(await loadError(['README.md'])).toMatchInlineSnapshot(`
      "MIGRATOR_INVALID: "README.md" is not a migrator file: expected .sql, .ts, .mts, .js, .mjs.
      hint: List SQL files with @from/@to headers, TypeScript or JavaScript modules exporting defineMigrator(…), or folders of them."
    `);
    const dir = await scratch({ 'README.md': '# notes' });
    await mkdir(path.join(dir, 'migrations/2.x'), { recursive: true });
    await writeFile(path.join(dir, 'migrations/2.x/2.0.0-2.1.0.sql'), '-- @from 2.0.0\n-- @to 2.1.0\nselect 1;');
    expect(await loadError(['migrations'], dir)).toMatchInlineSnapshot(`
      "MIGRATOR_INVALID: Migrator folder "migrations" holds no migrator files (.sql, .ts, .mts, .js, .mjs).
      hint: Nested folders are not searched; list them in chain.migrators: "migrations/2.x"."
    `);
  });

  it('refuses each broken header, naming the file and the line', async () => {
    const messages: Record<string, string> = {};
    for (const file of ['unknown-key', 'missing-to', 'invalid-version', 'from-not-below-to', 'key-after-sql', 'transaction-value']) {
      messages[file] = (await loadError([`bad-header/${file}.sql`])).split('\n')[0]!;
    }
    expect(messages).toMatchInlineSnapshot(`
      {
        "from-not-below-to": "MIGRATOR_INVALID: bad-header/from-not-below-to.sql:2: "@to" 1.0.0 is not above "@from" 1.1.0.",
        "invalid-version": "MIGRATOR_INVALID: bad-header/invalid-version.sql:2: "@to" "1.1" is not a semantic version.",
        "key-after-sql": "MIGRATOR_INVALID: bad-header/key-after-sql.sql:3: header key "@to" after the SQL that starts on line 2.",
        "missing-to": "MIGRATOR_INVALID: bad-header/missing-to.sql:1: the header has no "@to" line.",
        "transaction-value": "MIGRATOR_INVALID: bad-header/transaction-value.sql:3: "@transaction" must be true or false, not "no".",
        "unknown-key": "MIGRATOR_INVALID: bad-header/unknown-key.sql:3: unknown header key "@tranaction".",
      }
    `);
  });

  it('refuses a module without a default export, and one whose export is not a migrator', async () => {
    expect(await loadError(['bad-header/no-default-export.ts'])).toMatchInlineSnapshot(`
      "MIGRATOR_INVALID: bad-header/no-default-export.ts: the module has no default export (it exports "migrator").
      hint: End the module with "export default defineMigrator({ from: '1.0.0', to: '1.1.0', async up(db) { … } })"."
    `);
    expect(await loadError(['bad-header/bad-shape.ts'])).toMatchInlineSnapshot(`
      "MIGRATOR_INVALID: bad-header/bad-shape.ts: the default export is not a valid migrator:
        - "from" "1.0" is not a semantic version. Write "1.0.0".
        - "to" must be a version string such as "1.1.0", not a number.
        - "transaction" must be true or false, not "no".
        - "up" is missing: the function that migrates, "async up(db) { … }".
        - unknown key "upp" (did you mean "up"?).
      hint: Keys: from, to, description, transaction, up, down ("description", "transaction" and "down" are optional). export default defineMigrator({ from: '1.0.0', to: '1.1.0', async up(db) { … } })."
    `);
  });

  it('refuses a module that does not load, with its error', async () => {
    const dir = await scratch({ '1.0.0-1.1.0.mjs': 'throw new Error("cannot reach the config service");' });
    expect(await loadError(['1.0.0-1.1.0.mjs'], dir)).toMatchInlineSnapshot(`
      "MIGRATOR_INVALID: 1.0.0-1.1.0.mjs: the migrator module could not be loaded: cannot reach the config service
      hint: Fix the error in the module (or in what it imports); it must load on its own with Node."
    `);
  });
});
