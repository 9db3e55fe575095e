import { describe, expect, it } from 'vitest';
import { describeHolder, pilotLockKey } from './pilot-lock.ts';

describe('pilotLockKey', () => {
  it('is a fixed signed 64-bit key per database name, the same for every pilot version', () => {
    expect(pilotLockKey('preprod')).toBe(pilotLockKey('preprod'));
    expect(pilotLockKey('preprod')).not.toBe(pilotLockKey('preprod2'));
    expect(BigInt.asIntN(64, pilotLockKey('preprod'))).toBe(pilotLockKey('preprod'));
    expect(pilotLockKey('test').toString()).toMatchInlineSnapshot(`"-3202124419753539129"`);
  });
});

describe('describeHolder', () => {
  it('says who holds the lock, and what this role may not see', () => {
    expect(
      describeHolder({ pid: 123, mode: 'exclusive', applicationName: 'migration-pilot a on ci-7 pid 42', clientAddress: '10.0.0.5', backendStart: '2025-05-01 10:00:00 UTC', user: 'app' }),
    ).toBe('"migration-pilot a on ci-7 pid 42" (server pid 123, user app, from 10.0.0.5, connected since 2025-05-01 10:00:00 UTC)');
    expect(describeHolder({ pid: 7, mode: 'shared', applicationName: null, clientAddress: null, backendStart: null, user: null })).toBe(
      'an unnamed session (server pid 7, client address not visible to this role)',
    );
  });
});
