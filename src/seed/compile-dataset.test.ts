import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import type { DataSpec } from '../scenario/scenario-schema.ts';
import { compileDataset } from './compile-dataset.ts';

/** The error compileDataset throws, as plain data for snapshots. */
function compileError(tables: Record<string, unknown>, extra: Partial<DataSpec> = {}) {
  try {
    compileDataset({ seed: 1, scale: 1, tables, ...extra } as DataSpec);
  } catch (error) {
    if (!(error instanceof HarnessError)) throw error;
    return { code: error.code, message: error.message, path: error.path?.join('.'), hint: error.hint };
  }
  throw new Error('expected compileDataset to throw');
}

describe('compileDataset', () => {
  it('scales row counts, orders tables by reference and keeps column order', () => {
    const dataset = compileDataset({
      seed: 1,
      scale: 0.25,
      tables: {
        app_fd_leave: { rows: 10, columns: { id: { uuid: true }, c_user: { ref: 'dir_user.id' } } },
        dir_group: { rows: 3, columns: { id: { sequence: true } } },
        dir_user: { rows: 5, columns: { id: { template: 'u{n}' }, c_group: { ref: 'dir_group.id' } } },
      },
    });
    expect(dataset.tables.map((t) => [t.name, t.rows, t.columns.map((c) => c.name)])).toEqual([
      ['dir_group', 1, ['id']],
      ['dir_user', 1, ['id', 'c_group']],
      ['app_fd_leave', 3, ['id', 'c_user']],
    ]);
  });

  it('gives a cache key that changes with anything that changes the bytes', () => {
    const spec = (seed: number, rows: number) => ({ seed, scale: 1, tables: { t: { rows, columns: { a: { faker: 'person.firstName' } } } } });
    const key = compileDataset(spec(1, 10)).cacheKey;
    expect(compileDataset(spec(1, 10)).cacheKey).toBe(key);
    expect(compileDataset(spec(2, 10)).cacheKey).not.toBe(key);
    expect(compileDataset(spec(1, 11)).cacheKey).not.toBe(key);
  });

  it('keeps the dataset plain data for worker threads, even with a function among faker args', () => {
    const dataset = compileDataset({
      seed: 1,
      scale: 1,
      tables: { t: { rows: 5, columns: { tags: { faker: { fn: 'helpers.multiple', args: [() => 'tag', { count: 2 }], pool: 1 } } } } },
    });
    expect(dataset.tables[0]!.columns[0]!.pool).toEqual(['["tag","tag"]']);
    expect(structuredClone(dataset)).toEqual(dataset);
  });

  it('rejects an unknown faker method with a did-you-mean', () => {
    expect(compileError({ t: { rows: 1, columns: { name: { faker: 'person.fulName' } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "person.fullName"? Methods are "module.method", as listed at https://fakerjs.dev/api/.",
        "message": "Unknown faker method "person.fulName" for "t"."name".",
        "path": "data.tables.t.columns.name.faker",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { name: { faker: { fn: 'fullName' } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "person.fullName"? Methods are "module.method", as listed at https://fakerjs.dev/api/.",
        "message": "Unknown faker method "fullName" for "t"."name".",
        "path": "data.tables.t.columns.name.faker.fn",
      }
    `);
  });

  it('rejects faker arguments faker refuses', () => {
    expect(compileError({ t: { rows: 1, columns: { n: { faker: { fn: 'number.int', args: [{ min: 10, max: 1 }] } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Check the arguments against https://fakerjs.dev/api/number",
        "message": "faker "number.int" failed for "t"."n" with args [{"min":10,"max":1}]: Max 1 should be greater than min 10.",
        "path": "data.tables.t.columns.n.faker.args",
      }
    `);
  });

  it('rejects references to unknown tables and columns, with a did-you-mean', () => {
    const user = { rows: 1, columns: { id: { sequence: true } } };
    expect(compileError({ dir_user: user, t: { rows: 1, columns: { u: { ref: 'dir_usr.id' } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "dir_user"?",
        "message": ""t"."u" refers to "dir_usr"."id", but "dir_usr" is not a table in data.tables.",
        "path": "data.tables.t.columns.u.ref",
      }
    `);
    expect(compileError({ dir_user: user, t: { rows: 1, columns: { u: { ref: 'dir_user.idd' } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Did you mean "dir_user.id"?",
        "message": ""t"."u" refers to "dir_user"."idd", but data.tables."dir_user" has no generator for "idd".",
        "path": "data.tables.t.columns.u.ref",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { u: { ref: 'dir_role.id' } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Add "dir_role" to data.tables with a generator for "id": references are computed from the referenced table's generators.",
        "message": ""t"."u" refers to "dir_role"."id", but "dir_role" is not a table in data.tables.",
        "path": "data.tables.t.columns.u.ref",
      }
    `);
  });

  it('rejects a reference to a column that is not unique or can be NULL', () => {
    const tables = (parent: Record<string, unknown>) => ({ p: { rows: 5, columns: { k: parent } }, c: { rows: 5, columns: { p: { ref: 'p.k' } } } });
    expect(compileError(tables({ choice: ['a', 'b'] }))).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Generate "p"."k" with sequence, uuid, or a template containing {n}.",
        "message": ""c"."p" refers to "p"."k", which is generated by choice; a reference needs a unique column.",
        "path": "data.tables.c.columns.p.ref",
      }
    `);
    expect(compileError(tables({ template: 'fixed' }))).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Generate "p"."k" with sequence, uuid, or a template containing {n}.",
        "message": ""c"."p" refers to "p"."k", which is generated by template; a reference needs a unique column.",
        "path": "data.tables.c.columns.p.ref",
      }
    `);
    expect(compileError(tables({ sequence: true, nullRatio: 0.1 }))).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Remove nullRatio from "p"."k"; put it on "c"."p" for optional references.",
        "message": ""c"."p" refers to "p"."k", which has nullRatio 0.1; a referenced column cannot be NULL.",
        "path": "data.tables.c.columns.p.ref",
      }
    `);
  });

  it('rejects a reference to a table with no rows at this scale', () => {
    expect(compileError({ p: { rows: 1, columns: { k: { sequence: true } } }, c: { rows: 10, columns: { p: { ref: 'p.k' } } } }, { scale: 0.1 })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Give "p" rows, or set nullRatio: 1 on "c"."p".",
        "message": ""c"."p" refers to "p"."k", but "p" has 0 rows at scale 0.1, so there is nothing to refer to.",
        "path": "data.tables.c.columns.p.ref",
      }
    `);
  });

  it('rejects a reference cycle, naming it', () => {
    expect(
      compileError({
        a: { rows: 1, columns: { id: { sequence: true }, b_id: { ref: 'b.id' } } },
        b: { rows: 1, columns: { id: { sequence: true }, c_id: { ref: 'c.id' } } },
        c: { rows: 1, columns: { id: { sequence: true }, a_id: { ref: 'a.id' } } },
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Generate one of these columns without ref (nullRatio: 1, or a value) and fill it in a migrator after seeding.",
        "message": "The data references form a cycle: "a"."b_id" → "b"."c_id" → "c"."a_id" → "a", so no table can load first.",
        "path": "data.tables.a.columns.b_id.ref",
      }
    `);
  });

  it('rejects edge cases where they mean nothing, and empty ranges', () => {
    expect(compileError({ t: { rows: 1, columns: { id: { sequence: true, edgeCases: 0.1 } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Edge cases exist for text, faker, int, decimal, date, timestamp; remove edgeCases here (they would break uniqueness).",
        "message": "edgeCases has no effect on "t"."id": it is generated by sequence.",
        "path": "data.tables.t.columns.id.edgeCases",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { d: { decimal: { min: 0.001, max: 0.004, scale: 2 } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Widen the range or raise scale.",
        "message": "No decimal with 2 digits after the point lies between 0.001 and 0.004 for "t"."d".",
        "path": "data.tables.t.columns.d.decimal",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { d: { date: { from: '2024-02-30', to: '2024-03-01' } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Check the day of the month.",
        "message": ""2024-02-30" is not a calendar date between 0001-01-01 and 9999-12-31 ("t"."d").",
        "path": "data.tables.t.columns.d.date.from",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { d: { timestamp: { from: '1 Jan 2024', to: '2024-03-01' } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Write it like "2024-01-31T12:00:00Z"; without a zone it is read as UTC.",
        "message": ""1 Jan 2024" is not an ISO timestamp between 0001-01-01 and 9999-12-31 ("t"."d").",
        "path": "data.tables.t.columns.d.timestamp.from",
      }
    `);
    expect(compileError({ t: { rows: 1, columns: { c: { choice: { values: ['a', 'b'], weights: [0, 0] } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Give at least one value a positive weight.",
        "message": "Every weight of "t"."c" is 0, so no value can be chosen.",
        "path": "data.tables.t.columns.c.choice.weights",
      }
    `);
  });

  it('reports schema violations with the field path', () => {
    expect(compileError({ t: { rows: 1, columns: { a: { int: { min: 5, max: 1 } } } } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": undefined,
        "message": "Invalid data spec at data.tables.t.columns.a.int.min: expected min to be at most 1",
        "path": "data.tables.t.columns.a.int.min",
      }
    `);
    expect(compileError({ t: { rows: 3, columns: {} } })).toMatchInlineSnapshot(`
      {
        "code": "CONFIG_INVALID",
        "hint": "Give at least one column a generator; unlisted columns get their default.",
        "message": "data.tables."t" asks for 3 rows but has no column generators.",
        "path": "data.tables.t.columns",
      }
    `);
  });
});
