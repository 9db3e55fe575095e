import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migratorChecksum } from './migrator-checksum.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('migratorChecksum', () => {
  it('is the sha256 hex of the file bytes', () => {
    expect(migratorChecksum(bytes('select 1;\n'))).toBe(createHash('sha256').update('select 1;\n').digest('hex'));
  });

  it('reads CRLF as LF, so a Windows checkout is not an edit', () => {
    expect(migratorChecksum(bytes('-- @from 1.0.0\r\n-- @to 1.1.0\r\nselect 1;\r\n'))).toBe(migratorChecksum(bytes('-- @from 1.0.0\n-- @to 1.1.0\nselect 1;\n')));
  });

  it('still sees any other change, a lone CR included', () => {
    expect(migratorChecksum(bytes('select 1;\n'))).not.toBe(migratorChecksum(bytes('select 2;\n')));
    expect(migratorChecksum(bytes("select 'a\rb';\n"))).not.toBe(migratorChecksum(bytes("select 'ab';\n")));
  });
});
