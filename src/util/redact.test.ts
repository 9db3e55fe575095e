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

  it('masks libpq key=value passwords, quoted or not', () => {
    expect(redactor.redact("host=db user=app password='a b' dbname=x")).toBe('host=db user=app password=*** dbname=x');
    expect(redactor.redact('PGPASSWORD=topsecret pg_dump')).toBe('PGPASSWORD=*** pg_dump');
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
