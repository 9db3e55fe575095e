import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryParity } from './directory-parity.ts';
import { type EnvironmentPair, startEnvironmentPair } from './testing/environment-pair.ts';

let pair: EnvironmentPair;
beforeAll(async () => {
  pair = await startEnvironmentPair();
  await pair.both(`
    create table dir_user (id text primary key, username text not null, email text);
    insert into dir_user select 'u' || lpad(i::text, 4, '0'), 'user.' || i, 'user' || i || '@example.com' from generate_series(1, 500) as i;
    create table dir_group (id text primary key, name text);
    insert into dir_group values ('grp_hr', 'HR'), ('grp_fin', 'Finance');
    create table dir_user_group (user_id text, group_id text, primary key (user_id, group_id));
    insert into dir_user_group select 'u' || lpad(i::text, 4, '0'), case when i % 2 = 0 then 'grp_hr' else 'grp_fin' end from generate_series(1, 500) as i;
    create table app_fd_leave_request (id text primary key);`);
});
afterAll(async () => {
  await pair?.[Symbol.asyncDispose]();
});

describe('directoryParity: every dir_* table arrives row for row (source 001: the same user management)', () => {
  it('finds nothing when the directory arrived whole, and never looks at other tables', async () => {
    await pair.target.session.exec(`insert into app_fd_leave_request values ('LR-1')`);
    expect(await directoryParity({ prefix: 'dir_' }).run(pair.context())).toEqual([]);
  });

  it('names the user lost, the membership changed, and a directory table only the target has', async () => {
    await pair.target.session.exec(`
      delete from dir_user_group where user_id = 'u0042';
      delete from dir_user where id = 'u0042';
      update dir_user_group set group_id = 'grp_fin' where user_id = 'u0100';
      create table dir_employment (user_id text);`);
    const findings = await directoryParity({ prefix: 'dir_' }).run(pair.context());
    expect(findings.map((f) => ({ check: f.check, code: f.code, path: f.path, severity: f.severity, keys: f.keys }))).toEqual([
      { check: 'directory', code: 'parity.missing-rows', path: 'dir_user', severity: 'error', keys: ['u0042'] },
      { check: 'directory', code: 'parity.missing-rows', path: 'dir_user_group', severity: 'error', keys: ['(u0042,grp_hr)', '(u0100,grp_hr)'] },
      { check: 'directory', code: 'parity.extra-rows', path: 'dir_user_group', severity: 'error', keys: ['(u0100,grp_fin)'] },
      { check: 'directory', code: 'directory.extra-table', path: 'dir_employment', severity: 'warning', keys: undefined },
    ]);
  });

  it('a prefix that names no table is a finding, not a silent pass', async () => {
    expect(await directoryParity({ prefix: 'usr_' }).run(pair.context())).toMatchObject([{ code: 'directory.empty', path: 'usr_' }]);
  });
});
