import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './split-sql-statements.ts';

const texts = (script: string) => splitSqlStatements(script).map((s) => s.sql.trim());

describe('splitSqlStatements', () => {
  it('splits at top-level semicolons and reports the line of each statement', () => {
    const statements = splitSqlStatements('select 1;\n-- a comment; not a statement\n\nselect 2;  select 3');
    expect(statements.map((s) => [s.line, s.sql.trim()])).toEqual([
      [1, 'select 1;'],
      [4, '-- a comment; not a statement\n\nselect 2;'],
      [4, 'select 3'],
    ]);
  });

  it('keeps semicolons inside strings, identifiers, dollar quotes and comments', () => {
    expect(
      texts(
        [
          "select 'a;b', 'it''s;', E'\\';', \"odd;name\";",
          'create function f() returns int language plpgsql as $body$ begin return 1; end; $body$;',
          'select $$;$$, $1;',
          '/* outer /* nested; */ still comment; */ select 4;',
        ].join('\n'),
      ),
    ).toEqual([
      "select 'a;b', 'it''s;', E'\\';', \"odd;name\";",
      'create function f() returns int language plpgsql as $body$ begin return 1; end; $body$;',
      'select $$;$$, $1;',
      '/* outer /* nested; */ still comment; */ select 4;',
    ]);
  });

  it('does not read a dollar inside an identifier as a dollar quote', () => {
    expect(texts('select 1 as a$b$; select 2;')).toEqual(['select 1 as a$b$;', 'select 2;']);
  });

  it('leaves out statements that are only whitespace and comments', () => {
    expect(texts(';;\n-- nothing\n/* nothing */;')).toEqual([]);
  });
});
