import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPlainDump, splitIdentifiers } from './plain-dump-reader.ts';

const read = async (text: string) => {
  const pieces = [];
  for await (const piece of readPlainDump(Readable.from([text]))) pieces.push(piece);
  return pieces;
};

describe('readPlainDump', () => {
  it('splits SQL from COPY blocks and leaves psql meta-commands out', async () => {
    const pieces = await read(
      '\\restrict abc\nSET x = 1;\nCREATE TABLE public."Odd ""t""" (a int, "B c" text);\nCOPY public."Odd ""t""" (a, "B c") FROM stdin;\n1\ta\\tb\n2\t\\N\n\\.\nCREATE INDEX i ON t (a);\n\\unrestrict abc\n',
    );
    expect(pieces).toEqual([
      { kind: 'sql', text: 'SET x = 1;\nCREATE TABLE public."Odd ""t""" (a int, "B c" text);' },
      { kind: 'copy', table: 'public.Odd "t"', columns: ['a', 'B c'], statement: 'COPY public."Odd ""t""" (a, "B c") FROM STDIN', rows: ['1\ta\\tb\n', '2\t\\N\n'] },
      { kind: 'sql', text: 'CREATE INDEX i ON t (a);' },
    ]);
  });

  it('refuses a dump cut inside a COPY block', async () => {
    await expect(read('COPY public.t (a) FROM stdin;\n1\n')).rejects.toThrow('The dump ends inside the COPY block of public.t: it is truncated.');
  });

  it('splits identifier lists with quotes', () => {
    expect(splitIdentifiers('a, "b, c", "d""e"')).toEqual(['a', 'b, c', 'd"e']);
  });
});
