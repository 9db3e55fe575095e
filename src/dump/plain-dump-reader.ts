import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** A piece of a plain SQL dump, in the order the dump holds them. */
export type DumpPiece =
  | { kind: 'sql'; text: string }
  /** Rows of one COPY block (COPY text format, each ending in a newline); a long block comes in several pieces. */
  | { kind: 'copy'; table: string; columns: string[]; statement: string; rows: string[] };

const COPY_LINE = /^COPY (.+?) \((.*)\) FROM stdin;$/;
const ROWS_PER_PIECE = 5000;

/**
 * Reads a plain SQL dump as pg_dump writes it (or as `pg_restore --file=-` turns an archive
 * into): SQL text between COPY blocks, and the rows of each `COPY … FROM stdin;` block up to
 * its `\.` line. psql meta-commands (`\connect`, `\restrict`) are left out: the SQL goes to a
 * server, not to psql. Streams: a block's rows come in pieces of at most 5000.
 *
 * @example
 * for await (const piece of readPlainDump(createReadStream('prod.sql'))) if (piece.kind === 'copy') console.log(piece.table, piece.rows.length);
 */
export async function* readPlainDump(input: Readable): AsyncGenerator<DumpPiece> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let sql: string[] = [];
  let copy: { table: string; columns: string[]; statement: string } | undefined;
  let rows: string[] = [];
  for await (const line of lines) {
    if (copy) {
      if (line === '\\.') {
        yield { kind: 'copy', ...copy, rows };
        copy = undefined;
        rows = [];
        continue;
      }
      rows.push(`${line}\n`);
      if (rows.length >= ROWS_PER_PIECE) {
        yield { kind: 'copy', ...copy, rows };
        rows = [];
      }
      continue;
    }
    const match = COPY_LINE.exec(line);
    if (match) {
      if (sql.length > 0) yield { kind: 'sql', text: sql.join('\n') };
      sql = [];
      copy = { table: unquoteName(match[1]!), columns: splitIdentifiers(match[2]!), statement: `COPY ${match[1]} (${match[2]}) FROM STDIN` };
      continue;
    }
    if (line.startsWith('\\')) continue;
    sql.push(line);
  }
  if (copy) throw new Error(`The dump ends inside the COPY block of ${copy.table}: it is truncated.`);
  if (sql.some((line) => line.trim() !== '')) yield { kind: 'sql', text: sql.join('\n') };
}

/** `public."Weird ""name"""` → `public.Weird "name"`. */
export function unquoteName(qualified: string): string {
  return splitIdentifiers(qualified, '.').join('.');
}

/** Splits `a, "b c", "d""e"` into its identifiers, unquoted. */
export function splitIdentifiers(list: string, separator = ','): string[] {
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quoted) {
      if (c === '"' && list[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      names.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim() !== '' || names.length > 0) names.push(current.trim());
  return names;
}
