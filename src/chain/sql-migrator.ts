import semver from 'semver';
import { HarnessError } from '../errors/harness-error.ts';
import type { MigrationDatabase, Migrator, MigratorOrigin } from './migrator.ts';
import { migratorVersionProblem } from './migrator-version.ts';
import { splitSqlStatements } from './split-sql-statements.ts';
import { didYouMean } from '../util/did-you-mean.ts';

const HEADER_KEYS = ['from', 'to', 'transaction', 'description'] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];

const DIRECTIVE = /^\s*--\s*@([A-Za-z][\w-]*)(.*)$/;
const HEADER_HELP = 'Header keys: @from, @to, @transaction, @description; "-- @down" starts the down SQL.';

/**
 * Reads a SQL migrator file. The file starts with a header of comment lines, then the up
 * SQL; an optional `-- @down` line starts the down SQL:
 *
 * ```sql
 * -- @from 1.0.0
 * -- @to 1.1.0
 * -- @description add a priority to leave requests
 * -- @transaction false        (optional; default true)
 * alter table app_fd_leave_request add column c_priority text;
 * -- @down
 * alter table app_fd_leave_request drop column c_priority;
 * ```
 *
 * Other comment lines may sit in the header. The SQL is run with the header kept (as
 * comments) and the down SQL keeps its place, so the line numbers PostgreSQL reports in
 * an error are the file's own.
 *
 * @throws HarnessError `MIGRATOR_INVALID` naming the file and line: unknown header key,
 *   missing or invalid version, `@to` not above `@from`, a header key after the SQL.
 */
export function sqlMigrator(text: string, origin: MigratorOrigin): Migrator {
  const lines = text.replaceAll('\r\n', '\n').split('\n');
  const where = (index: number) => `${origin.relativeFile}:${index + 1}`;
  const fail = (index: number, message: string, hint: string): never => {
    throw new HarnessError('MIGRATOR_INVALID', `${where(index)}: ${message}`, { file: origin.file, hint });
  };

  let downIndex: number | undefined;
  let firstSqlIndex: number | undefined;
  const header = new Map<HeaderKey, { value: string; index: number }>();

  lines.forEach((line, index) => {
    const trimmed = line.trim();
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const key = directive[1]!;
      const value = directive[2]!.trim();
      if (key === 'down') {
        if (value !== '') fail(index, `"-- @down" must stand alone on its line, found ${JSON.stringify(trimmed)}.`, 'Put the down SQL on the lines after "-- @down".');
        if (downIndex !== undefined) fail(index, `a second "-- @down" line (the first is on line ${downIndex + 1}).`, 'Keep one "-- @down" line; everything after it is the down SQL.');
        downIndex = index;
        return;
      }
      const inHeader = firstSqlIndex === undefined && downIndex === undefined;
      if (!inHeader) {
        // Unknown keys after the SQL are ordinary comments ("-- @param" in a function body).
        if ((HEADER_KEYS as readonly string[]).includes(key)) {
          const after = firstSqlIndex !== undefined ? `the SQL that starts on line ${firstSqlIndex + 1}` : `"-- @down" on line ${downIndex! + 1}`;
          fail(index, `header key "@${key}" after ${after}.`, 'Move it up to the header: the comment lines at the top of the file, before any SQL.');
        }
        return;
      }
      if (!(HEADER_KEYS as readonly string[]).includes(key)) {
        const suggestion = didYouMean(key, [...HEADER_KEYS, 'down']);
        const guess = suggestion ? `Did you mean "@${suggestion}"? ` : '';
        fail(index, `unknown header key "@${key}".`, `${guess}${HEADER_HELP}`);
      }
      const known = key as HeaderKey;
      const previous = header.get(known);
      if (previous) fail(index, `"@${key}" is given twice (lines ${previous.index + 1} and ${index + 1}).`, `Keep one "-- @${key}" line.`);
      header.set(known, { value, index });
      return;
    }
    if (firstSqlIndex === undefined && downIndex === undefined && trimmed !== '' && !trimmed.startsWith('--')) firstSqlIndex = index;
  });

  const version = (key: 'from' | 'to'): string => {
    const entry = header.get(key);
    if (!entry) {
      return fail(
        0,
        `the header has no "@${key}" line.`,
        `Start the file with "-- @from <version>" and "-- @to <version>" lines, e.g. "-- @from 1.0.0" and "-- @to 1.1.0", before any SQL.`,
      );
    }
    const problem = migratorVersionProblem(entry.value);
    if (problem) {
      const example = `"-- @${key} ${problem.suggestion ?? (key === 'from' ? '1.0.0' : '1.1.0')}"`;
      fail(entry.index, `"@${key}" ${problem.message}`, `Write a version such as ${example} (major.minor.patch, optionally with a prerelease like "2.0.0-rc.1").`);
    }
    return entry.value;
  };
  const from = version('from');
  const to = version('to');
  if (semver.compare(from, to) >= 0) {
    fail(
      header.get('to')!.index,
      `"@to" ${to} is not above "@from" ${from}.`,
      'A migrator moves the database up: @to must be a higher version than @from. To go back down, write the SQL after a "-- @down" line.',
    );
  }

  let transaction = true;
  const transactionEntry = header.get('transaction');
  if (transactionEntry) {
    if (transactionEntry.value !== 'true' && transactionEntry.value !== 'false') {
      fail(transactionEntry.index, `"@transaction" must be true or false, not ${JSON.stringify(transactionEntry.value)}.`, 'Write "-- @transaction false" to run the migrator outside a transaction (e.g. for CREATE INDEX CONCURRENTLY).');
    }
    transaction = transactionEntry.value === 'true';
  }

  const upSql = lines.slice(0, downIndex ?? lines.length).join('\n');
  // Blank lines in place of the up part keep the down SQL's line numbers those of the file.
  const downSql = downIndex === undefined ? undefined : '\n'.repeat(downIndex + 1) + lines.slice(downIndex + 1).join('\n');
  const run = (sql: string) => (transaction ? (db: MigrationDatabase) => db.exec(sql) : (db: MigrationDatabase) => execEach(db, sql));

  return {
    from,
    to,
    description: header.get('description')?.value || defaultDescription(origin.relativeFile),
    transaction,
    up: run(upSql),
    ...(downSql === undefined ? {} : { down: run(downSql) }),
    file: origin.file,
    relativeFile: origin.relativeFile,
    kind: 'sql',
    checksum: origin.checksum,
  };
}

/** The file name without its folder and extension: "1.0.0-1.1.0.add-priority". */
export function defaultDescription(relativeFile: string): string {
  const base = relativeFile.slice(relativeFile.lastIndexOf('/') + 1);
  return base.replace(/\.(sql|ts|mts|js|mjs)$/, '');
}

/**
 * Runs each statement on its own, for migrators outside a transaction. Each statement is
 * preceded by blank lines and spaces up to where it starts, so that an error's line and
 * column are the script's.
 */
async function execEach(db: MigrationDatabase, script: string): Promise<void> {
  const statements = splitSqlStatements(script);
  for (const [index, statement] of statements.entries()) {
    const before = script.slice(0, statement.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const padding = '\n'.repeat(countNewlines(before)) + ' '.repeat(statement.offset - lineStart);
    try {
      await db.exec(padding + statement.sql);
    } catch (error) {
      if (error instanceof Error) {
        const done = index === 0 ? 'none ran before it' : index === 1 ? 'statement 1 ran before it and stays applied' : `statements 1–${index} ran before it and stay applied`;
        error.message += `\nStatement ${index + 1} of ${statements.length} (line ${statement.line}) failed; ${done}.`;
      }
      throw error;
    }
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
