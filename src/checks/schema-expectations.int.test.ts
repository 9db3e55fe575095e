import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaExpectations } from './schema-expectations.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

const ALL = ['column-type-change', 'column-drop', 'table-drop'] as const;
const context = () => pair.context({ harnessTables: ['pilot_schema_history'] });

describe('schemaExpectations on PostgreSQL', () => {
  // One schema per test keeps the tests apart on the shared pair: each test resets both sides.
  async function schemas(source: string, target: string): Promise<void> {
    await pair.both('drop schema public cascade; create schema public;');
    await pair.source.session.exec(source);
    await pair.target.session.exec(target);
  }

  it('passes an additive migration and ignores the harness table', async () => {
    await schemas(
      `create table dir_user (id int primary key, name text);`,
      `create table dir_user (id int primary key, name text, email text);
       create table pilot_schema_history (version text primary key);`,
    );
    expect(await schemaExpectations({ forbid: [...ALL], expect: [] }).run(context())).toEqual([]);
  });

  it('reports a changed column type, a dropped column and a dropped table', async () => {
    await schemas(
      `create table dir_user (id int primary key, name varchar(40), login text);
       create table app_plugin (id int primary key);
       create table pilot_schema_history (version text primary key);`,
      `create table dir_user (id int primary key, name text);`,
    );
    expect(await schemaExpectations({ forbid: [...ALL], expect: [] }).run(context())).toEqual([
      {
        check: 'schema',
        code: 'schema.table-dropped',
        severity: 'error',
        path: 'app_plugin',
        message: 'Table "app_plugin" was dropped; old code that reads it would fail. Keep it, or declare it { table: "app_plugin", absent: true } under "expect".',
        expected: 'present',
        actual: 'absent',
      },
      {
        check: 'schema',
        code: 'schema.column-type-changed',
        severity: 'error',
        path: 'dir_user.name',
        message: 'Column "dir_user.name" changed type from character varying(40) to text; never change a column\'s type, add a column of the new type instead.',
        expected: 'character varying(40)',
        actual: 'text',
      },
      {
        check: 'schema',
        code: 'schema.column-dropped',
        severity: 'error',
        path: 'dir_user.login',
        message: 'Column "dir_user.login" (text) was dropped; old code that reads it would fail. Add new columns instead of removing old ones.',
        expected: 'text',
        actual: 'absent',
      },
    ]);
    // Only what is forbidden is reported, and a table expected absent may be dropped.
    expect(
      (await schemaExpectations({ forbid: ['column-drop', 'table-drop'], expect: [{ table: 'app_plugin', absent: true }] }).run(context())).map((f) => f.code),
    ).toEqual(['schema.column-dropped']);
  });

  it('reports each table expectation that does not hold', async () => {
    await schemas(
      `create table app_form (id int primary key);`,
      `create table app_form (id int primary key, title varchar(80), body text not null);
       create index app_form_title on app_form (title);
       create table app_form_old (id int);`,
    );
    const check = schemaExpectations({
      forbid: [],
      expect: [
        { table: 'app_form', columns: { title: { type: 'varchar(80)', nullable: true }, body: { type: 'text', nullable: true }, status: {} }, primaryKey: ['id'], indexes: ['app_form_title', 'app_form_status'] },
        { table: 'app_form_old', absent: true },
        { table: 'app_form_body', primaryKey: ['form_id'] },
        { table: 'app_form_old', primaryKey: ['id'] },
      ],
    });
    const fail = (path: string, message: string, expected: unknown, actual: unknown) => ({
      check: 'schema',
      code: 'schema.expectation-failed',
      severity: 'error',
      path,
      message,
      expected,
      actual,
    });
    expect(await check.run(context())).toEqual([
      fail('app_form.body', 'Column "app_form.body" is not null in the target, expected nullable.', { nullable: true }, { nullable: false }),
      fail('app_form.status', 'Column "app_form.status" is missing in the target.', 'present', 'absent'),
      fail('app_form', 'Index "app_form_status" on "app_form" is missing in the target (it has: app_form_pkey, app_form_title).', 'app_form_status', ['app_form_pkey', 'app_form_title']),
      fail('app_form_old', 'Table "app_form_old" exists in the target, expected it absent.', 'absent', 'present'),
      fail('app_form_body', 'Table "app_form_body" is missing in the target.', 'present', 'absent'),
      fail('app_form_old', 'Table "app_form_old" has primary key none in the target, expected (id).', ['id'], []),
    ]);
    expect(check.description).toBe('Schema of the target: 4 table expectations hold.');
  });
});
