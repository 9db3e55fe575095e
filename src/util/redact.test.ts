import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.ts';

describe('createRedactor', () => {
  const redactor = createRedactor(['hunter22']);

  it('masks the password of connection URLs and keeps the rest', () => {
    expect(redactor.redact('postgres://app:s3cr%40t@db.internal:5432/wflow?sslmode=require')).toBe(
      'postgres://app:***@db.internal:5432/wflow?sslmode=require',
    );
    expect(redactor.redact('mongodb+srv://root:pa55@cluster0/x and postgresql://u@h/db')).toBe(
      'mongodb+srv://root:***@cluster0/x and postgresql://u@h/db',
    );
  });

  it('masks a URL password that holds an @ itself, up to the last @ before the host', () => {
    expect(redactor.redact('postgres://app:p@ss@db:5432/x and more')).toBe('postgres://app:***@db:5432/x and more');
  });

  it('masks libpq key=value, JSON and YAML passwords, quoted or not', () => {
    expect(redactor.redact("host=db user=app password='a b' dbname=x")).toBe("host=db user=app password='***' dbname=x");
    expect(redactor.redact('PGPASSWORD=topsecret pg_dump')).toBe('PGPASSWORD=*** pg_dump');
    expect(redactor.redact('{"user":"app","password":"s3cret","port":5432}')).toBe('{"user":"app","password":"***","port":5432}');
    expect(redactor.redact('  password: s3cret\n  user: app')).toBe('  password: ***\n  user: app');
  });

  it('masks the password of a role in SQL, as a failing migrator quotes it', () => {
    expect(redactor.redact("create role reporting login password 'Sup3r''S3cret!' connection limitt 5;")).toBe(
      "create role reporting login password '***' connection limitt 5;",
    );
    expect(redactor.redact("ALTER ROLE app WITH ENCRYPTED PASSWORD 'x1y2z3'")).toBe("ALTER ROLE app WITH ENCRYPTED PASSWORD '***'");
  });

  it('leaves ordinary text about passwords alone', () => {
    const text = 'column "password_hash" of relation "dir_user" does not exist; reset the password after import';
    expect(redactor.redact(text)).toBe(text);
  });

  it('masks registered secrets wherever they appear', () => {
    expect(redactor.redact('error: authentication failed for "hunter22"')).toBe('error: authentication failed for "***"');
  });

  it('redacts every string of a nested value without changing the input', () => {
    const input = { url: 'postgres://a:b1@h/d', list: ['x hunter22', 3], nested: { n: null } };
    expect(redactor.redactValue(input)).toEqual({ url: 'postgres://a:***@h/d', list: ['x ***', 3], nested: { n: null } });
    expect(input.url).toBe('postgres://a:b1@h/d');
  });
});
