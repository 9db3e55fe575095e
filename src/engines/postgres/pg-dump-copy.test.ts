import { describe, expect, it } from 'vitest';
import { splitPassword } from './connection-url.ts';
import { tablePattern } from './pg-dump-copy.ts';

describe('splitPassword', () => {
  it('takes the password out of the URL, for PGPASSWORD', () => {
    expect(splitPassword('postgres://app:s3cr%40t@db:5432/x?sslmode=require')).toEqual({ url: 'postgres://app@db:5432/x?sslmode=require', password: 's3cr@t' });
    expect(splitPassword('postgres://app@db/x?password=pw')).toEqual({ url: 'postgres://app@db/x', password: 'pw' });
    expect(splitPassword('postgres://db/x')).toEqual({ url: 'postgres://db/x' });
    // Spaces as %20, which libpq decodes (it reads + as a plus).
    expect(splitPassword('postgres://app:pw@db/x?options=-c%20a%3Db')).toEqual({ url: 'postgres://app@db/x?options=-c%20a%3Db', password: 'pw' });
  });
});

describe('tablePattern', () => {
  it('matches exactly one table, whatever its name holds', () => {
    expect(tablePattern('dir_user')).toBe('"public"."dir_user"');
    expect(tablePattern('app.Odd "name" *')).toBe('"app"."Odd ""name"" *"');
  });
});
