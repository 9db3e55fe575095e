import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { quoteIdent } from '../engines/postgres/postgres-session.ts';
import { findPgClientTools } from '../engines/postgres/find-pg-client-tools.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { DumpSpec } from '../scenario/stage-schema.ts';
import { copyField, COPY_NULL, unescapeField } from '../seed/copy-text.ts';
import { type Clock, systemClock } from '../util/clock.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import { firstLine } from '../util/first-line.ts';
import type { DumpReport } from './dump-report.ts';
import { readPlainDump } from './plain-dump-reader.ts';
import { bareTable, describeMaskRule, valueMasker, type ValueMasker } from './value-masker.ts';

export interface RestoreDumpOptions {
  /** The dump file as the scenario names it, made absolute. */
  file: string;
  /** Where the dump is in the scenario (`['dump']`, `['stages', 'pre-prod', 'dump']`), for errors. */
  path?: readonly (string | number)[];
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
}

/** pg_dump's custom format starts with these bytes. */
const CUSTOM_MAGIC = 'PGDMP';

/**
 * Restores a pg_dump dump into an empty database over the harness's own session, so it
 * works on every provider, embedded PGlite included: a plain SQL dump directly, a custom
 * archive (`-Fc`) through `pg_restore --file=-`, which turns it into the same SQL. Owners
 * and privileges are not restored.
 *
 * Masking happens on the way in: each COPY row of a masked table is rewritten before it
 * reaches the database, so no original value of a masked column is ever written there (no
 * table page, no WAL record, no cached snapshot holds it). The whole restore is one
 * transaction: a failed restore leaves nothing behind.
 *
 * @example
 * const report = await restoreDump(source.engine.session, spec.dump, { file: scenario.resolve(spec.dump.file) });
 * report.masking?.columns; // [{ table: 'um_user', column: 'email', rule: 'faker internet.email, unique', values: 2000 }]
 *
 * @throws HarnessError `CONFIG_NOT_FOUND` (no such file), `CONFIG_INVALID` (a masking rule
 *   names a table or column the dump does not have, or data the dump holds as INSERTs),
 *   `DATABASE` (a statement of the dump failed, or pg_restore did).
 */
export async function restoreDump(session: PostgresSession, spec: DumpSpec, options: RestoreDumpOptions): Promise<DumpReport> {
  const clock = options.clock ?? systemClock;
  const begin = clock.now();
  const path = options.path ?? ['dump'];
  const format = spec.format === 'auto' ? await detectFormat(options.file, path) : spec.format;
  const masker = spec.mask ? valueMasker(spec.mask, { ...(options.env ? { env: options.env } : {}), path }) : undefined;
  const source = format === 'custom' ? await pgRestoreToSql(options.file, spec, options.env) : { stream: createReadStream(options.file), done: Promise.resolve(), tool: undefined };

  const tables = new Map<string, number>();
  const masked = new Map<string, number>();
  const seen = new Map<string, string[]>();
  await session.exec('BEGIN');
  try {
    for await (const piece of readPlainDump(source.stream)) {
      if (piece.kind === 'sql') {
        if (masker) refuseInserts(piece.text, masker, path);
        await run(session, piece.text);
        continue;
      }
      const table = bareTable(piece.table);
      // Checked as the table's rows arrive, before any of them is written.
      if (masker && !seen.has(table)) refuseUnknownColumns(masker, table, piece.columns, path);
      seen.set(table, piece.columns);
      const rows = masker ? maskRows(piece.rows, table, piece.columns, masker, masked, path) : piece.rows;
      if (rows.length > 0) await session.copyFrom(piece.statement, rows.join(''));
      tables.set(table, (tables.get(table) ?? 0) + rows.length);
    }
    await source.done;
    if (masker) refuseUnmatchedRules(masker, seen, path);
    await session.exec('COMMIT');
  } catch (error) {
    source.stream.destroy();
    await session.exec('ROLLBACK').catch(() => undefined);
    if (error instanceof HarnessError) throw error;
    throw new HarnessError('DATABASE', `Restoring the dump ${options.file} failed; nothing of it was kept. ${error instanceof Error ? error.message : String(error)}`, {
      file: options.file,
      path: [...path, 'file'],
      cause: error,
      hint: 'The dump must restore into an empty database of this PostgreSQL version; its first failing statement is quoted above.',
    });
  }
  // The dump's SET and set_config(…) calls (an empty search_path, …) must not outlive it.
  await session.exec('RESET ALL');

  return {
    file: spec.file,
    format,
    ...(source.tool ? { tool: source.tool } : {}),
    tables: [...tables].map(([table, rows]) => ({ table, rows })).sort((a, b) => (a.table < b.table ? -1 : 1)),
    rows: [...tables.values()].reduce((a, b) => a + b, 0),
    ...(masker
      ? {
          masking: {
            keyedBy: masker.keyedBy,
            columns: [...masker.rules].flatMap(([table, columns]) =>
              [...columns].map(([column, rule]) => ({ table, column, rule: describeMaskRule(rule), values: masked.get(`${table}.${column}`) ?? 0 })),
            ),
          },
        }
      : {}),
    fromCache: false,
    durationMs: clock.now() - begin,
  };
}

async function run(session: PostgresSession, sql: string): Promise<void> {
  if (sql.trim() === '') return;
  await session.exec(sql);
}

function maskRows(rows: readonly string[], table: string, columns: readonly string[], masker: ValueMasker, masked: Map<string, number>, path: readonly (string | number)[]): string[] {
  const masks = columns.map((column) => masker.column(table, column));
  if (masks.every((mask) => mask === undefined)) return [...rows];
  return rows.map((row, index) => {
    const fields = row.slice(0, -1).split('\t');
    if (fields.length !== columns.length) {
      throw new HarnessError('CONFIG_INVALID', `Row ${index + 1} of the COPY data of ${JSON.stringify(table)} has ${fields.length} fields, but its COPY names ${columns.length} columns.`, {
        path: [...path, 'file'],
        hint: 'The dump is damaged; make it again with pg_dump.',
      });
    }
    for (const [i, mask] of masks.entries()) {
      if (!mask || fields[i] === COPY_NULL) continue;
      const value = mask(unescapeField(fields[i]!));
      fields[i] = copyField(value);
      const key = `${table}.${columns[i]}`;
      masked.set(key, (masked.get(key) ?? 0) + 1);
    }
    return `${fields.join('\t')}\n`;
  });
}

/** INSERT-style data (`pg_dump --inserts`) would reach the database before it could be masked. */
function refuseInserts(sql: string, masker: ValueMasker, path: readonly (string | number)[]): void {
  for (const table of masker.rules.keys()) {
    const pattern = new RegExp(`^INSERT INTO (?:public\\.)?(?:${escape(table)}|${escape(quoteIdent(table))})[ (]`, 'mi');
    if (pattern.test(sql)) {
      throw new HarnessError('CONFIG_INVALID', `The dump holds the rows of the masked table ${JSON.stringify(table)} as INSERT statements, which cannot be masked before they reach the database.`, {
        path: [...path, 'file'],
        hint: 'Make the dump with pg_dump\'s default COPY data (without --inserts or --column-inserts).',
      });
    }
  }
}

function refuseUnmatchedRules(masker: ValueMasker, seen: ReadonlyMap<string, string[]>, path: readonly (string | number)[]): void {
  for (const [table, columns] of masker.rules) {
    const present = seen.get(table);
    if (!present) {
      const guess = didYouMean(table, [...seen.keys()]);
      throw new HarnessError('CONFIG_INVALID', `The masking rules name table ${JSON.stringify(table)}, but the dump holds no data for it.`, {
        path: [...path, 'mask', 'tables', table],
        hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Tables with data in the dump: ${[...seen.keys()].join(', ') || 'none'}.`,
      });
    }
    refuseUnknownColumns(masker, table, present, path);
  }
}

function refuseUnknownColumns(masker: ValueMasker, table: string, present: readonly string[], path: readonly (string | number)[]): void {
  for (const column of masker.rules.get(table)?.keys() ?? []) {
    if (present.includes(column)) continue;
    const guess = didYouMean(column, present);
    throw new HarnessError('CONFIG_INVALID', `The masking rules name column ${JSON.stringify(column)} of ${JSON.stringify(table)}, which the dump's table does not have.`, {
      path: [...path, 'mask', 'tables', table, column],
      hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Its columns: ${present.join(', ')}.`,
    });
  }
}

async function detectFormat(file: string, path: readonly (string | number)[]): Promise<'custom' | 'plain'> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    throw new HarnessError('CONFIG_NOT_FOUND', `The dump ${file} could not be read: ${firstLine(cause)}`, {
      file,
      path: [...path, 'file'],
      cause,
      hint: 'dump.file is relative to the scenario file.',
    });
  }
  try {
    const head = Buffer.alloc(CUSTOM_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    return head.toString('latin1') === CUSTOM_MAGIC ? 'custom' : 'plain';
  } finally {
    await handle.close();
  }
}

async function pgRestoreToSql(file: string, spec: DumpSpec, env: NodeJS.ProcessEnv | undefined): Promise<{ stream: Readable; done: Promise<void>; tool: string }> {
  // Any pg_restore reads archives of its own major and older ones.
  const tools = await findPgClientTools({ serverMajor: 0, ...(spec.bin ? { binDir: spec.bin } : {}), ...(env ? { env } : {}) });
  const child = spawn(tools.pgRestore, ['--file=-', '--no-owner', '--no-privileges', file], { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-16_384)));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new HarnessError('DATABASE', `pg_restore ${tools.version} could not read the archive ${file} (exit ${code}): ${stderr.trim() || '(no output)'}`, {
            file,
            hint: 'Check that the file is a pg_dump custom-format archive (pg_dump -Fc) and that this pg_restore is at least as new as the pg_dump that made it (name its folder with dump.bin).',
          })),
    );
  });
  // Read only after the restore loop has consumed the output; a failure of its own is reported there.
  done.catch(() => undefined);
  return { stream: child.stdout, done, tool: `pg_restore ${tools.version} (${tools.dir})` };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
