import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import type { MigrationDatabase } from './migrator.ts';
import { sqlMigrator } from './sql-migrator.ts';

const origin = { file: '/repo/scenarios/migrations/1.0.0-1.1.0.sql', relativeFile: 'migrations/1.0.0-1.1.0.sql', checksum: 'ab12' };

function headerError(text: string): string {
  try {
    sqlMigrator(text, origin);
  } catch (error) {
    if (!(error instanceof HarnessError)) throw error;
    expect(error.code).toBe('MIGRATOR_INVALID');
    expect(error.file).toBe(origin.file);
    return `${error.message}\nhint: ${error.hint}`;
  }
  throw new Error('expected the header to be refused');
}

/** Records what a migrator sends to the database. */
function recorder(): MigrationDatabase & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    exec: async (sql) => void sent.push(sql),
    query: async () => ({ rows: [], fields: [], affectedRows: 0 }),
  };
}

describe('sqlMigrator', () => {
  it('reads the header, the up SQL and the down SQL', async () => {
    const text = [
      '-- @from 1.0.0',
      '-- @to 1.1.0',
      '-- @description add a priority',
      '-- Constant defaults do not rewrite the table.',
      "alter table t add column p text default 'normal';",
      '-- @down',
      'alter table t drop column p;',
    ].join('\n');
    const migrator = sqlMigrator(text, origin);
    expect(migrator).toMatchObject({ from: '1.0.0', to: '1.1.0', description: 'add a priority', transaction: true, kind: 'sql', checksum: 'ab12' });
    const db = recorder();
    await migrator.up(db);
    await migrator.down!(db);
    // The header stays (as comments) and the down SQL keeps its line: error lines are the file's.
    expect(db.sent[0]).toBe(text.split('\n').slice(0, 5).join('\n'));
    expect(db.sent[1]!.split('\n')).toEqual(['', '', '', '', '', '', 'alter table t drop column p;']);
  });

  it('defaults the description to the file name and has no down without "-- @down"', () => {
    const migrator = sqlMigrator('-- @from 1.0.0\n-- @to 1.1.0\nselect 1;', origin);
    expect(migrator.description).toBe('1.0.0-1.1.0');
    expect(migrator.down).toBeUndefined();
  });

  it('accepts CRLF line ends and prerelease versions', () => {
    const migrator = sqlMigrator('-- @from 1.9.0\r\n-- @to 2.0.0-rc.1\r\n-- @transaction false\r\nselect 1;\r\n', origin);
    expect(migrator).toMatchObject({ from: '1.9.0', to: '2.0.0-rc.1', transaction: false });
  });

  it('runs a non-transactional migrator statement by statement, at the file\'s lines', async () => {
    const text = [
      '-- @from 1.0.0',
      '-- @to 1.1.0',
      '-- @transaction false',
      'create index concurrently a on t (a);',
      "create index concurrently b on t (b); select ';';",
    ].join('\n');
    const db = recorder();
    await sqlMigrator(text, origin).up(db);
    // Blank lines and spaces stand in for what precedes each statement, so PostgreSQL's
    // error positions fall on the file's own lines and columns.
    expect(db.sent).toEqual([
      '-- @from 1.0.0\n-- @to 1.1.0\n-- @transaction false\ncreate index concurrently a on t (a);',
      `\n\n\n${' '.repeat(37)}\ncreate index concurrently b on t (b);`,
      `\n\n\n\n${' '.repeat(37)} select ';';`,
    ]);
  });

  it('says which statements stayed applied when a non-transactional one fails', async () => {
    const db = recorder();
    let calls = 0;
    db.exec = async () => {
      if (++calls === 2) throw new Error('column "c_priority" does not exist (SQLSTATE 42703)');
    };
    const migrator = sqlMigrator('-- @from 1.0.0\n-- @to 1.1.0\n-- @transaction false\nselect 1;\nselect 2;\nselect 3;', origin);
    await expect(migrator.up(db)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: column "c_priority" does not exist (SQLSTATE 42703)
      Statement 2 of 3 (line 5) failed; statement 1 ran before it and stays applied.]
    `);
  });

  describe('refuses a bad header, naming the file, the line and the fix', () => {
    it('an unknown key, with a suggestion', () => {
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0\n-- @tranaction false\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:3: unknown header key "@tranaction".
        hint: Did you mean "@transaction"? Header keys: @from, @to, @transaction, @description; "-- @down" starts the down SQL."
      `);
    });

    it('a missing @to', () => {
      expect(headerError('-- @from 1.0.0\n-- @description no to\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:1: the header has no "@to" line.
        hint: Start the file with "-- @from <version>" and "-- @to <version>" lines, e.g. "-- @from 1.0.0" and "-- @to 1.1.0", before any SQL."
      `);
    });

    it('a missing header', () => {
      expect(headerError('select 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:1: the header has no "@from" line.
        hint: Start the file with "-- @from <version>" and "-- @to <version>" lines, e.g. "-- @from 1.0.0" and "-- @to 1.1.0", before any SQL."
      `);
    });

    it('a version that is not semver', () => {
      expect(headerError('-- @from 1.0.0\n-- @to 1.1\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:2: "@to" "1.1" is not a semantic version.
        hint: Write a version such as "-- @to 1.1.0" (major.minor.patch, optionally with a prerelease like "2.0.0-rc.1")."
      `);
    });

    it('a version with a "v" prefix or build metadata', () => {
      expect(headerError('-- @from v1.0.0\n-- @to 1.1.0\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:1: "@from" "v1.0.0" is not written as a plain version.
        hint: Write a version such as "-- @from 1.0.0" (major.minor.patch, optionally with a prerelease like "2.0.0-rc.1")."
      `);
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0+build.7\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:2: "@to" "1.1.0+build.7" has build metadata ("+build.7"), which semver ignores when comparing versions.
        hint: Write a version such as "-- @to 1.1.0" (major.minor.patch, optionally with a prerelease like "2.0.0-rc.1")."
      `);
    });

    it('@to not above @from', () => {
      expect(headerError('-- @from 1.1.0\n-- @to 1.1.0\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:2: "@to" 1.1.0 is not above "@from" 1.1.0.
        hint: A migrator moves the database up: @to must be a higher version than @from. To go back down, write the SQL after a "-- @down" line."
      `);
    });

    it('a @transaction that is not true or false', () => {
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0\n-- @transaction no\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:3: "@transaction" must be true or false, not "no".
        hint: Write "-- @transaction false" to run the migrator outside a transaction (e.g. for CREATE INDEX CONCURRENTLY)."
      `);
    });

    it('a key given twice', () => {
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0\n-- @to 1.2.0\nselect 1;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:3: "@to" is given twice (lines 2 and 3).
        hint: Keep one "-- @to" line."
      `);
    });

    it('a header key after the SQL', () => {
      expect(headerError('-- @from 1.0.0\nselect 1;\n-- @to 1.1.0')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:3: header key "@to" after the SQL that starts on line 2.
        hint: Move it up to the header: the comment lines at the top of the file, before any SQL."
      `);
    });

    it('a second "-- @down", or text after it', () => {
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0\nselect 1;\n-- @down\nselect 2;\n-- @down\nselect 3;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:6: a second "-- @down" line (the first is on line 4).
        hint: Keep one "-- @down" line; everything after it is the down SQL."
      `);
      expect(headerError('-- @from 1.0.0\n-- @to 1.1.0\nselect 1;\n-- @down drop it\nselect 2;')).toMatchInlineSnapshot(`
        "migrations/1.0.0-1.1.0.sql:4: "-- @down" must stand alone on its line, found "-- @down drop it".
        hint: Put the down SQL on the lines after "-- @down"."
      `);
    });
  });

  it('leaves unknown @ words after the SQL alone (they are ordinary comments)', () => {
    expect(() => sqlMigrator('-- @from 1.0.0\n-- @to 1.1.0\nselect 1;\n-- @param x is the input', origin)).not.toThrow();
  });
});
