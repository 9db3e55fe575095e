import { describe, expect, it } from 'vitest';
import type { Engine } from '../engines/engine.ts';
import { checkDialect } from './check-dialect.ts';

const dialect = checkDialect({ kind: 'postgres' } as Engine);

describe('checkDialect (PostgreSQL)', () => {
  it('names the column of a plain reference, folding unquoted names', () => {
    expect(['email', 'Email', '"Full Name"', '"a""b"', 'lower(email)', 'a.b', 'null', 'current_date'].map(dialect.columnOf)).toEqual([
      'email',
      'email',
      'Full Name',
      'a"b',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('spells types the way introspection does', () => {
    expect(
      ['int', 'INT8', 'varchar(40)', 'character varying ( 40 )', 'decimal(12, 2)', 'timestamptz', 'timestamp', 'timestamp(3) with time zone', 'bool', 'float8', 'int[]', 'text'].map(
        dialect.normalizeType,
      ),
    ).toEqual([
      'integer',
      'bigint',
      'character varying(40)',
      'character varying(40)',
      'numeric(12,2)',
      'timestamp with time zone',
      'timestamp without time zone',
      'timestamp(3) with time zone',
      'boolean',
      'double precision',
      'integer[]',
      'text',
    ]);
  });
});
