import { describe, expect, it } from 'vitest';
import type { ColumnInfo, SchemaSnapshot } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { DataSpec } from '../scenario/scenario-schema.ts';
import { compileDataset } from './compile-dataset.ts';
import { edgeCases } from './column-generator.ts';
import { characterLength } from './edge-cases.ts';
import { validateDataset } from './validate-dataset.ts';

const column = (name: string, type: string, nullable = true, fallback: string | null = null): ColumnInfo => ({ name, type, nullable, default: fallback });

const SCHEMA: SchemaSnapshot = {
  tables: [
    {
      name: 'dir_user',
      schema: 'public',
      primaryKey: ['id'],
      indexes: [],
      columns: [
        column('id', 'character varying(10)', false),
        column('username', 'character varying(8)', false),
        column('created', 'timestamp with time zone', false, 'now()'),
        column('note', 'text'),
      ],
    },
  ],
};

function validationError(columns: DataSpec['tables'][string]['columns'], table = 'dir_user') {
  try {
    validateDataset(compileDataset({ seed: 1, scale: 1, tables: { [table]: { rows: 10, columns } } }), SCHEMA);
  } catch (error) {
    if (!(error instanceof HarnessError)) throw error;
    return { code: error.code, message: error.message, path: error.path?.join('.'), hint: error.hint };
  }
  return undefined;
}

describe('validateDataset', () => {
  const valid = { id: { template: 'u{n}' }, username: { template: 'n{n:3}' } };

  it('accepts a dataset that fits', () => {
    expect(validationError(valid)).toBeUndefined();
    expect(validationError({ ...valid, note: { faker: 'lorem.paragraph', edgeCases: 0.5 } })).toBeUndefined();
  });

  it('rejects unknown tables and columns with a did-you-mean', () => {
    expect(validationError(valid, 'dir_usr')).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "dir_user"?",
        "message": "data.tables names "dir_usr", but the source schema has no such table.",
        "path": "data.tables.dir_usr",
      }
    `);
    expect(validationError({ ...valid, notes: { value: 'x' } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "note"?",
        "message": "data.tables."dir_user" has a generator for "dir_user"."notes", but the table has no such column.",
        "path": "data.tables.dir_user.columns.notes",
      }
    `);
  });

  it('asks for a generator for a NOT NULL column without a default', () => {
    expect(validationError({ id: { template: 'u{n}' } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Add a generator for "username" (type character varying(8)), e.g. { faker: 'lorem.word' } or { value: '…' }.",
        "message": ""dir_user"."username" is NOT NULL and has no default, but data.tables."dir_user".columns has no generator for it.",
        "path": "data.tables.dir_user.columns",
      }
    `);
  });

  it('rejects NULLs for a NOT NULL column', () => {
    expect(validationError({ ...valid, id: { template: 'u{n}', nullRatio: 0.1 } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Remove nullRatio, or make the column nullable in the schema.",
        "message": ""dir_user"."id" is NOT NULL, but its generator has nullRatio 0.1.",
        "path": "data.tables.dir_user.columns.id.nullRatio",
      }
    `);
  });

  it('rejects values and edge cases longer than a varchar holds', () => {
    expect(validationError({ ...valid, username: { text: { min: 1, max: 12 } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Set text max to at most 8.",
        "message": ""dir_user"."username" is character varying(8), but its generator makes values up to 12 characters.",
        "path": "data.tables.dir_user.columns.username",
      }
    `);
    expect(validationError({ ...valid, username: { faker: { fn: 'person.firstName', pool: 200 } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Pick a generator whose values fit 8 characters, such as text { min: 1, max: 8 }, or widen the column.",
        "message": ""dir_user"."username" is character varying(8), but its generator makes values up to 11 characters.",
        "path": "data.tables.dir_user.columns.username",
      }
    `);
    expect(validationError({ ...valid, username: { text: { min: 1, max: 8 }, edgeCases: 0.1 } })).toBeUndefined();
  });

  it('fits text edge cases to a varchar(n) column: all within n characters, the longest exactly n', () => {
    const dataset = compileDataset({
      seed: 1,
      scale: 1,
      tables: { dir_user: { rows: 10, columns: { ...valid, username: { faker: { fn: 'string.alpha', args: [4] }, edgeCases: 0.1 } } } },
    });
    const fitted = validateDataset(dataset, SCHEMA);
    const username = fitted.tables[0]!.columns.find((c) => c.name === 'username')!;
    expect(username.maxLength).toBe(8);
    const lengths = edgeCases(username.generator, username.maxLength).map(characterLength);
    expect(Math.max(...lengths)).toBe(8);
    expect(lengths.every((n) => n <= 8)).toBe(true);
    expect(edgeCases(username.generator).some((text) => characterLength(text) > 8)).toBe(true);
  });
});
