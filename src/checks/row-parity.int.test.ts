import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import type { ParityRule } from '../scenario/scenario-schema.ts';
import { rowParity, type RowParityOptions } from './row-parity.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

const run = (rule: ParityRule, options?: RowParityOptions) => rowParity(rule, options).run(pair.context({ harnessTables: ['pilot_schema_history'] }));

/** `users_<suffix>` with 2000 rows on both sides: id, name, email, note. */
async function users(table: string): Promise<void> {
  await pair.both(`
    create table ${table} (id int primary key, name text not null, email text, note text);
    insert into ${table} select i, 'user ' || i, 'u' || i || '@example.com', 'note for user ' || i from generate_series(1, 2000) i;`);
}

describe('rowParity on PostgreSQL', () => {
  it('finds nothing when the tables agree', async () => {
    await users('u_equal');
    expect(await run({ table: 'u_equal' })).toEqual([]);
  });

  it('lists the exact keys of rows missing in the target', async () => {
    await users('u_missing');
    await pair.target.session.exec(`delete from u_missing where id in (17, 230, 1999)`);
    expect(await run({ table: 'u_missing' })).toEqual([
      {
        check: 'parity:u_missing',
        code: 'parity.missing-rows',
        severity: 'error',
        path: 'u_missing',
        message: '3 of 2000 source rows are missing in the target.',
        expected: 2000,
        actual: 1997,
        keys: ['17', '230', '1999'],
      },
    ]);
  });

  it('finds an extra row', async () => {
    await users('u_extra');
    await pair.target.session.exec(`insert into u_extra values (2001, 'intruder', null, null)`);
    expect(await run({ table: 'u_extra' })).toEqual([
      {
        check: 'parity:u_extra',
        code: 'parity.extra-rows',
        severity: 'error',
        path: 'u_extra',
        message: '1 of 2001 target rows is not in the source.',
        expected: 2000,
        actual: 2001,
        keys: ['2001'],
      },
    ]);
  });

  it('finds a truncated text value and shows both values', async () => {
    await users('u_truncated');
    await pair.target.session.exec(`update u_truncated set note = left(note, 8) where id = 7`);
    expect(await run({ table: 'u_truncated' })).toEqual([
      {
        check: 'parity:u_truncated',
        code: 'parity.changed-rows',
        severity: 'error',
        path: 'u_truncated',
        message: '1 of 2000 source rows differs in the target: "note" changed.',
        keys: ['7'],
        details: [{ key: '7', column: 'note', expected: 'note for user 7', actual: 'note for' }],
      },
    ]);
  });

  it('reports missing, extra and changed rows together, and caps the listed keys', async () => {
    await users('u_many');
    await pair.target.session.exec(`
      delete from u_many where id > 1900;
      update u_many set email = upper(email), note = null where id <= 60;
      insert into u_many values (5000, 'new', null, null);`);
    const findings = await run({ table: 'u_many' });
    expect(findings.map((f) => [f.code, f.message, f.keys?.length, f.truncated])).toEqual([
      ['parity.missing-rows', '100 of 2000 source rows are missing in the target.', 50, 100],
      ['parity.extra-rows', '1 of 1901 target rows is not in the source.', 1, undefined],
      ['parity.changed-rows', '60 of 2000 source rows differ in the target: "email", "note" changed in the first 5.', 50, 60],
    ]);
    expect(findings[0]!.keys!.slice(0, 3)).toEqual(['1901', '1902', '1903']);
    expect(findings[2]!.details!.slice(0, 2)).toEqual([
      { key: '1', column: 'email', expected: 'u1@example.com', actual: 'U1@EXAMPLE.COM' },
      { key: '1', column: 'note', expected: 'note for user 1', actual: null },
    ]);
  });

  it('narrows a difference down through key buckets with the same result', async () => {
    await users('u_buckets');
    await pair.target.session.exec(`
      delete from u_buckets where id in (3, 999);
      update u_buckets set name = 'renamed' where id in (42, 1500);`);
    const direct = await run({ table: 'u_buckets' });
    const bucketed = await run({ table: 'u_buckets' }, { batchRows: 20, rowsPerBucket: 16 });
    expect(bucketed).toEqual(direct);
    expect(bucketed.map((f) => [f.code, f.keys])).toEqual([
      ['parity.missing-rows', ['3', '999']],
      ['parity.changed-rows', ['42', '1500']],
    ]);
  });

  it('reports a column the migration dropped, and still compares the rest', async () => {
    await users('u_dropped');
    await pair.target.session.exec(`alter table u_dropped drop column email; delete from u_dropped where id = 5`);
    expect(await run({ table: 'u_dropped' })).toEqual([
      {
        check: 'parity:u_dropped',
        code: 'parity.column-missing',
        severity: 'error',
        path: 'u_dropped.email',
        message:
          'Column "email" is missing in the target table "u_dropped". If the migration renamed it, map it under "columns"; if it dropped it on purpose, list it under "ignore".',
        expected: '"email"',
      },
      expect.objectContaining({ code: 'parity.missing-rows', keys: ['5'] }),
    ]);
    expect(await run({ table: 'u_dropped', ignore: ['email'] })).toEqual([expect.objectContaining({ code: 'parity.missing-rows' })]);
  });

  it('accepts a renamed column mapped under "columns"', async () => {
    await users('u_renamed');
    await pair.target.session.exec(`alter table u_renamed rename column name to display_name`);
    expect(await run({ table: 'u_renamed', columns: { name: 'display_name' } })).toEqual([]);
  });

  it('compares transformed values with { source, target } expressions', async () => {
    await pair.source.session.exec(`create table price (sku text primary key, amount numeric(10,2)); insert into price values ('a', 1.50), ('b', 20.00)`);
    await pair.target.session.exec(`create table price (sku text primary key, amount_cents int); insert into price values ('a', 150), ('b', 2001)`);
    expect(await run({ table: 'price', columns: { amount: { source: '(amount * 100)::int', target: 'amount_cents' } } })).toEqual([
      {
        check: 'parity:price',
        code: 'parity.changed-rows',
        severity: 'error',
        path: 'price',
        message: '1 of 2 source rows differs in the target: "amount" changed.',
        keys: ['b'],
        details: [{ key: 'b', column: 'amount', expected: '2000', actual: '2001' }],
      },
    ]);
  });

  it('checks a split table through a target join query', async () => {
    await pair.source.session.exec(`
      create table form (id int primary key, title text, body text);
      insert into form select i, 'form ' || i, repeat('x', i % 50) from generate_series(1, 500) i;`);
    await pair.target.session.exec(`
      create table form (id int primary key, title text);
      create table form_body (form_id int primary key references form, body text);
      insert into form select i, 'form ' || i from generate_series(1, 500) i;
      insert into form_body select i, repeat('x', i % 50) from generate_series(1, 500) i;`);
    const rule: ParityRule = {
      name: 'form (split)',
      source: { table: 'form' },
      target: { query: 'select f.id, f.title, b.body from form f join form_body b on b.form_id = f.id' },
    };
    expect(await run(rule)).toEqual([]);
    await pair.target.session.exec(`delete from form_body where form_id = 250`);
    expect(await run(rule)).toEqual([expect.objectContaining({ code: 'parity.missing-rows', path: 'form (split)', keys: ['250'] })]);
  });

  it('reports a key the target query yields twice', async () => {
    await pair.both(`create table item (id int primary key, label text); insert into item select i, 'item ' || i from generate_series(1, 100) i;`);
    await pair.target.session.exec(`create table item_tag (item_id int, tag text); insert into item_tag select i, 't' from generate_series(1, 100) i; insert into item_tag values (40, 'u');`);
    const findings = await run({
      name: 'item (tagged)',
      key: ['id'],
      source: { table: 'item' },
      target: { query: 'select i.id, i.label from item i join item_tag t on t.item_id = i.id' },
    });
    expect(findings).toEqual([
      {
        check: 'parity:item (tagged)',
        code: 'parity.duplicate-keys',
        severity: 'error',
        path: 'item (tagged)',
        message: '1 key is held by more than one row in the target; the key must identify one row.',
        keys: ['40'],
        details: [{ key: '40', expected: 1, actual: 2, note: 'rows with this key (source, target)' }],
      },
    ]);
  });

  it('compares composite keys', async () => {
    await pair.both(`
      create table membership (org text, member int, role text, primary key (org, member));
      insert into membership select 'org' || (i % 3), i, 'member' from generate_series(1, 300) i;`);
    await pair.target.session.exec(`
      delete from membership where org = 'org1' and member = 4;
      update membership set role = 'admin' where org = 'org2' and member = 5;`);
    expect((await run({ table: 'membership' })).map((f) => [f.code, f.keys, f.details])).toEqual([
      ['parity.missing-rows', ['(org1,4)'], undefined],
      ['parity.changed-rows', ['(org2,5)'], [{ key: '(org2,5)', column: 'role', expected: 'member', actual: 'admin' }]],
    ]);
  });

  it('compares text and uuid keys as text', async () => {
    await pair.both(`
      create table tag (code text primary key, label text);
      insert into tag select 'T-' || i, 'tag ' || i from generate_series(1, 50) i;
      create table doc (id uuid primary key, title text);
      insert into doc select ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, 'doc ' || i from generate_series(1, 50) i;`);
    await pair.target.session.exec(`
      delete from tag where code = 'T-10';
      update doc set title = 'DOC 7' where id = '00000000-0000-0000-0000-000000000007';`);
    expect((await run({ table: 'tag' })).map((f) => [f.code, f.keys])).toEqual([['parity.missing-rows', ['T-10']]]);
    expect((await run({ table: 'doc' })).map((f) => [f.code, f.keys, f.details])).toEqual([
      [
        'parity.changed-rows',
        ['00000000-0000-0000-0000-000000000007'],
        [{ key: '00000000-0000-0000-0000-000000000007', column: 'title', expected: 'doc 7', actual: 'DOC 7' }],
      ],
    ]);
  });

  it('reports a table missing in the target', async () => {
    await pair.source.session.exec(`create table gone (id int primary key); insert into gone values (1), (2)`);
    expect(await run({ table: 'gone' })).toEqual([
      {
        check: 'parity:gone',
        code: 'parity.table-missing',
        severity: 'error',
        path: 'gone',
        message: 'Table "gone" is missing in the target (the source has 2 rows).',
        expected: 2,
      },
    ]);
  });

  it('refuses a rule naming a column the source lacks, suggesting the closest', async () => {
    await users('u_config');
    const error = await run({ table: 'u_config', ignore: ['emial'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "u_config": column "emial" is not in the source table "u_config".',
      path: ['checks', 'parity', 'ignore', 0],
      hint: 'Did you mean "email"? Its columns: id, name, email, note. To compare a value computed differently on each side, give { source, target } expressions under "columns".',
    });
  });

  it('refuses a table without primary key and without "key"', async () => {
    await pair.both(`create table log_line (at text, line text)`);
    await expect(rowParity({ table: 'log_line' }, { index: 2 }).run(pair.context())).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "log_line" has no key: the source table "log_line" has no primary key.',
      path: ['checks', 'parity', 2, 'key'],
      hint: 'Declare "key", the columns that identify a row, e.g. key: [at].',
    });
  });

  it('never compares the harness\'s own table', async () => {
    await expect(run({ table: 'pilot_schema_history' })).rejects.toMatchObject({ code: 'CONFIG_INVALID', path: ['checks', 'parity', 'table'] });
  });
});

describe('rowParity target expressions', () => {
  it('reports a mapped expression that reads a column the target lacks', async () => {
    await users('u_expr');
    await pair.target.session.exec(`alter table u_expr drop column note`);
    expect(await run({ table: 'u_expr', columns: { note: "coalesce(note, '')" } })).toEqual([
      {
        check: 'parity:u_expr',
        code: 'parity.column-missing',
        severity: 'error',
        path: 'u_expr.note',
        message:
          'The target expression "coalesce(note, \'\')" for "note" reads a column the target table "u_expr" lacks (column "note" does not exist (SQLSTATE 42703)). If the migration renamed it, map it under "columns"; if it dropped it on purpose, list it under "ignore".',
        expected: "coalesce(note, '')",
      },
    ]);
  });

  it('stops comparing rows when a key column is gone from the target', async () => {
    await users('u_key');
    await pair.target.session.exec(`alter table u_key rename column id to user_id`);
    expect(await run({ table: 'u_key' })).toEqual([
      {
        check: 'parity:u_key',
        code: 'parity.column-missing',
        severity: 'error',
        path: 'u_key.id',
        message:
          'Key column "id" is missing in the target table "u_key"; rows cannot be compared by key. If the migration renamed it, map it under "columns".',
        expected: '"id"',
      },
    ]);
    expect(await run({ table: 'u_key', columns: { id: 'user_id' } })).toEqual([]);
  });

  it('refuses a source expression that fails on the source', async () => {
    await users('u_source_expr');
    await expect(run({ table: 'u_source_expr', columns: { name: { source: 'upper(nam)', target: 'name' } } }, { index: 1 })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "u_source_expr": the source expression "upper(nam)" for "name" fails on the source: column "nam" does not exist (SQLSTATE 42703)',
      path: ['checks', 'parity', 1, 'columns', 'name', 'source'],
    });
  });

  it('refuses a target query that fails on the unmigrated source too, as a configuration error', async () => {
    await users('u_query');
    const error = await run({ name: 'q', key: ['id'], source: { table: 'u_query' }, target: { query: 'select * from u_query_gone' } }, { index: 4 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      exitCode: 64,
      message: 'Parity rule "q": the target query fails on the unmigrated source as well as on the target: relation "u_query_gone" does not exist (SQLSTATE 42P01)',
      path: ['checks', 'parity', 4, 'target', 'query'],
    });
  });

  it('reports a target query that is valid on the source but fails on the target, as a finding', async () => {
    await users('u_query_broken');
    await pair.target.session.exec(`alter table u_query_broken drop column email`);
    expect(await run({ name: 'q', key: ['id'], source: { table: 'u_query_broken' }, target: { query: 'select id, name, email, note from u_query_broken' } })).toEqual([
      {
        check: 'parity:q',
        code: 'parity.query-failed',
        severity: 'error',
        path: 'q',
        message: 'The target query is valid on the unmigrated source but fails on the target: column "email" does not exist (SQLSTATE 42703). Rows cannot be compared.',
      },
    ]);
  });

  it('reports a target expression the migration broke (valid on the source), as a finding', async () => {
    await users('u_expr_type');
    await pair.target.session.exec(`alter table u_expr_type alter column note type int using length(note)`);
    expect(await run({ table: 'u_expr_type', columns: { note: 'lower(note)' } })).toEqual([
      {
        check: 'parity:u_expr_type',
        code: 'parity.expression-failed',
        severity: 'error',
        path: 'u_expr_type.note',
        message:
          'The target expression "lower(note)" for "note" is valid on the unmigrated source but fails on the target table "u_expr_type": ' +
          'function lower(integer) does not exist (SQLSTATE 42883); its values are not compared.',
        expected: 'lower(note)',
      },
    ]);
  });

  it('refuses a target expression that fails on the unmigrated source too, as a configuration error', async () => {
    await users('u_expr_typo');
    await expect(run({ table: 'u_expr_typo', columns: { note: 'lower(nots)' } }, { index: 3 })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "u_expr_typo": the target expression "lower(nots)" for "note" fails on the unmigrated source as well as on the target: column "nots" does not exist (SQLSTATE 42703)',
      path: ['checks', 'parity', 3, 'columns', 'note'],
    });
    await pair.target.session.exec(`alter table u_expr_typo rename column name to display_name`);
    await expect(run({ table: 'u_expr_typo', columns: { name: { target: 'display_nme' } } }, { index: 3 })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "u_expr_typo": the target expression "display_nme" for "name" names column "display_nme", which is neither in the target table "u_expr_typo" nor in the source table "u_expr_typo".',
      path: ['checks', 'parity', 3, 'columns', 'name', 'target'],
      hint: 'Did you mean "display_name"? The target table "u_expr_typo" has: id, display_name, email, note. If the migration should have created it, it did not; otherwise fix the expression.',
    });
    expect(await run({ table: 'u_expr_typo', columns: { name: { target: 'display_name' } } })).toEqual([]);
  });

  it('refuses a source query that a source value defeats while rows are read, as a configuration error', async () => {
    await users('u_runtime');
    await expect(
      run({ name: 'r', key: ['id'], source: { query: 'select id, 100 / (id - 5) as v from u_runtime' }, target: { query: 'select id, 100 / id as v from u_runtime' } }, { index: 5 }),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Parity rule "r": reading the rows of the unmigrated source failed: division by zero (SQLSTATE 22012)',
      path: ['checks', 'parity', 5],
    });
  });

  it('reports a target value that defeats a valid target expression, as a finding', async () => {
    await pair.both(`create table amounts (sku text primary key, v text); insert into amounts values ('a', '1.5'), ('b', '2');`);
    await pair.target.session.exec(`update amounts set v = 'n/a' where sku = 'b'`);
    expect(await run({ table: 'amounts', columns: { v: 'v::numeric' } })).toEqual([
      {
        check: 'parity:amounts',
        code: 'parity.query-failed',
        severity: 'error',
        path: 'amounts',
        message:
          'Reading the rows of the target failed: invalid input syntax for type numeric: "n/a" (SQLSTATE 22P02). ' +
          "The rule's target side is valid there, so a value the migration wrote defeats it; rows cannot be compared.",
      },
    ]);
  });

  it('never takes a comment at the end of a target expression for something the migration broke', async () => {
    await users('u_expr_comment');
    // Where the engine reads rows with the expression on lines of its own, this passes;
    // where it does not, the rule cannot be read as written: a configuration error.
    const outcome = await run({ table: 'u_expr_comment', columns: { note: 'lower(note) -- case-insensitive' } }).catch((e: unknown) => e);
    if (Array.isArray(outcome)) expect(outcome).toEqual([]);
    else expect(outcome).toMatchObject({ code: 'CONFIG_INVALID', path: ['checks', 'parity'] });
  });

  it('reads a source query that ends in a comment', async () => {
    await users('u_comment');
    const rule: ParityRule = { name: 'c', key: ['id'], source: { query: 'select id, name from u_comment -- everyone' }, target: { table: 'u_comment' } };
    expect(await run(rule)).toEqual([]);
  });
});

describe('rowParity with NULL keys', () => {
  it('keeps rows whose key is NULL visible, also through key buckets', async () => {
    await pair.both(`
      create table loose (code int, v text);
      insert into loose select i, 'v' || i from generate_series(1, 2000) i;
      insert into loose values (null, 'orphan');`);
    await pair.target.session.exec(`update loose set v = 'ORPHAN' where code is null; delete from loose where code = 0 or code = 64`);
    const expected = [
      expect.objectContaining({ code: 'parity.missing-rows', keys: ['64'] }),
      expect.objectContaining({ code: 'parity.changed-rows', keys: ['NULL'], details: [{ key: 'NULL', column: 'v', expected: 'orphan', actual: 'ORPHAN' }] }),
    ];
    expect(await run({ table: 'loose', key: ['code'] })).toEqual(expected);
    expect(await run({ table: 'loose', key: ['code'] }, { batchRows: 20, rowsPerBucket: 16 })).toEqual(expected);
  });
});
