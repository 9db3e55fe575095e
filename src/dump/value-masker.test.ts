import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { valueMasker } from './value-masker.ts';

const masker = valueMasker({
  seed: 3,
  tables: {
    'public.users': { email: { faker: 'internet.email', unique: true }, name: { faker: 'person.fullName' }, ssn: { hash: { length: 12 } }, phone: { value: null } },
    audit: { actor: { faker: 'internet.email', unique: true }, other: { faker: 'internet.email', unique: true, domain: 'elsewhere' } },
  },
});

describe('valueMasker', () => {
  it('is a pure function of the key, the domain and the original value', () => {
    const email = masker.column('users', 'email')!;
    expect(email('ann@corp.example')).toBe(email('ann@corp.example'));
    expect(email('ann@corp.example')).not.toBe(email('bob@corp.example'));
    // Equal rules are one domain, so a join between the columns survives; another domain maps elsewhere.
    expect(masker.column('audit', 'actor')!('ann@corp.example')).toBe(email('ann@corp.example'));
    expect(masker.column('audit', 'other')!('ann@corp.example')).not.toBe(email('ann@corp.example'));
    const other = valueMasker({ seed: 4, tables: { users: { email: { faker: 'internet.email', unique: true } } } });
    expect(other.column('users', 'email')!('ann@corp.example')).not.toBe(email('ann@corp.example'));
  });

  it('keeps distinct originals distinct with unique, and keeps an email shaped like one', () => {
    const email = masker.column('users', 'email')!;
    const masked = new Set(Array.from({ length: 5000 }, (_, i) => email(`user${i}@corp.example`)));
    expect(masked.size).toBe(5000);
    expect(email('x@corp.example')).toMatch(/^[^@\s]+\.[0-9a-f]{12}@[^@\s]+$/);
    expect(masker.column('users', 'ssn')!('123-45-6789')).toMatch(/^[0-9a-f]{12}$/);
    expect(masker.column('users', 'phone')!('+1 555 0100')).toBeNull();
    expect(masker.column('users', 'unmasked')).toBeUndefined();
  });

  it('keys by a secret from the environment when asked, and says which, never the key', () => {
    const keyed = valueMasker({ seed: 1, keyEnv: 'MASK_KEY', tables: { users: { email: { hash: true } } } }, { env: { MASK_KEY: 's3cret-key' } });
    expect(keyed.keyedBy).toBe('key from $MASK_KEY');
    expect(() => valueMasker({ seed: 1, keyEnv: 'MASK_KEY', tables: {} }, { env: {}, path: ['stages', 'pre-prod', 'dump'] })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', path: ['stages', 'pre-prod', 'dump', 'mask', 'keyEnv'] }),
    );
  });

  it('refuses an unknown faker method with a did-you-mean and its place', () => {
    const error = (() => {
      try {
        valueMasker({ seed: 1, tables: { users: { email: { faker: 'internet.emial' } } } });
      } catch (caught) {
        return caught as HarnessError;
      }
    })();
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: 'Unknown faker method "internet.emial" in a masking rule.', path: ['dump', 'mask', 'tables', 'users', 'email', 'faker'] });
    expect(error!.hint).toMatch(/^Did you mean "internet\.email"\?/);
  });
});
