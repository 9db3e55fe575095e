import { describe, expect, it } from 'vitest';
import { pilotApplicationName, readOnlyUrl, urlIdentity } from './external-url.ts';

describe('urlIdentity', () => {
  it('names user, server and database, never the password or parameters', () => {
    expect(urlIdentity('postgres://app:s3cr%40t@db.internal:5432/preprod?sslmode=require&password=x')).toBe('postgres://app@db.internal:5432/preprod');
    expect(urlIdentity('postgresql://db/preprod')).toBe('postgresql://db/preprod');
  });

  it('keeps a socket folder, which is where the server is', () => {
    expect(urlIdentity('postgres://app:pw@/preprod?host=/var/run/postgresql')).toBe('postgres://app@%2Fvar%2Frun%2Fpostgresql/preprod');
    expect(urlIdentity('postgres:///preprod?host=/tmp')).toBe('postgres://%2Ftmp/preprod');
  });

  it('refuses what is not a postgres URL', () => {
    expect(urlIdentity('mysql://app:pw@db/x')).toBeUndefined();
    expect(urlIdentity('host=db user=app password=pw')).toBeUndefined();
  });
});

describe('readOnlyUrl', () => {
  it('adds default_transaction_read_only to the startup options, after the URL\'s own', () => {
    expect(readOnlyUrl('postgres://app:pw@db/x')).toBe('postgres://app:pw@db/x?options=-c%20default_transaction_read_only%3Don');
    const url = new URL(readOnlyUrl('postgres://app:pw@db/x?options=-c%20search_path%3Dapp'));
    expect(url.searchParams.get('options')).toBe('-c search_path=app -c default_transaction_read_only=on');
    expect(url.password).toBe('pw');
    expect(new URL(readOnlyUrl('postgres://db/x')).searchParams.get('options')).toBe('-c default_transaction_read_only=on');
  });
});

describe('pilotApplicationName', () => {
  it('names the pilot, the host and the pid', () => {
    expect(pilotApplicationName('checkout', 'ci-runner-7', 4242)).toBe('migration-pilot checkout on ci-runner-7 pid 4242');
    expect(pilotApplicationName(undefined, 'ci', 1)).toBe('migration-pilot on ci pid 1');
  });

  it('shortens the label to PostgreSQL\'s 63 bytes, keeping host and pid, and replaces what would show as ?', () => {
    const name = pilotApplicationName('a very long scenario name about the workflow app upgrade', 'builder-12', 987654);
    expect(name).toBe('migration-pilot a very long scenario~ on builder-12 pid 987654');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(pilotApplicationName('café', 'h', 1)).toBe('migration-pilot caf? on h pid 1');
  });
});
