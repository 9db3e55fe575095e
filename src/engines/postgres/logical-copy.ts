import { HarnessError, isHarnessError } from '../../errors/harness-error.ts';
import { copyTableRows } from './copy-table-rows.ts';
import { PINNED_SETTINGS } from './pinned-reads.ts';
import { planSchemaCopy } from './plan-schema-copy.ts';
import type { PostgresSession } from './postgres-session.ts';
import { quoteLiteral } from './postgres-session.ts';
import { quotedSql } from './catalog-sql.ts';
import { readSchemaCatalog } from './read-schema-catalog.ts';

export interface LogicalCopyResult {
  tables: { table: string; rows: number }[];
  notCopied: string[];
}

/**
 * Both sides of a copy print and read values the same way whatever their server, database
 * or role defaults (`PINNED_SETTINGS`): with a `TimeZone` of Asia/Kathmandu a source prints
 * 1900-01-01 as `05:41:16 LMT`, which no server reads back, and with an
 * `extra_float_digits` of 0 it prints 0.30000000000000004 as `0.3`. `search_path = ''`
 * makes the catalog's `pg_get_*def` qualify every name, so the DDL means the same on the
 * target (as pg_dump does), and `check_function_bodies = off` lets a function name a table
 * created after it. Each side waits in its transaction while the other works (an index
 * build on the target can take minutes), so a server's `idle_in_transaction_session_timeout`
 * must not end it.
 */
const COPY_SETTINGS: Readonly<Record<string, string>> = {
  ...PINNED_SETTINGS,
  search_path: '',
  check_function_bodies: 'off',
  client_min_messages: 'warning',
  idle_in_transaction_session_timeout: '0',
};

const setLocal = Object.entries(COPY_SETTINGS).map(([name, value]) => `SET LOCAL ${name} = ${quoteLiteral(value)}`);

/**
 * Recreates the source's schema on an empty target from the source's catalog, then streams
 * every table with COPY (see `copyTableRows`), then adds keys, indexes, foreign keys, views
 * and triggers. Works between any two PostgreSQL majors the definitions are valid on, and
 * between PGlite and servers.
 *
 * The source is read in one `REPEATABLE READ READ ONLY` transaction, so the schema, the
 * rows and the sequence values are one consistent snapshot, and nothing is written to it.
 * The target is written in one transaction: if anything fails, or a table's count differs
 * from the source's, it is rolled back and the target is left as it was.
 *
 * Recreated: schemas, extensions (`CREATE EXTENSION IF NOT EXISTS`; the target must have
 * them), enum, domain and composite types, functions and procedures, sequences with their
 * values, tables (columns, types, collations, defaults, NOT NULL, identity and generated
 * columns, UNLOGGED, storage options, partitions and inheritance), primary key, unique,
 * check, exclusion and foreign key constraints, indexes, views and materialized views, and
 * triggers. Not recreated, and named in `notCopied` when the source has them: aggregates,
 * rules, row-level security and policies, foreign tables, extended statistics, collations,
 * range and base types, event triggers, large objects. Never copied: owners, privileges,
 * comments, tablespaces, publications and subscriptions, replica identity and CLUSTER
 * marks, column storage and statistics targets, and other object kinds (operators, casts,
 * text search configurations). A plain index on a partitioned table is rebuilt on each
 * partition under a name the target chooses.
 */
export async function logicalCopy(
  from: PostgresSession,
  to: PostgresSession,
  options: { exclude?: readonly string[] } = {},
): Promise<LogicalCopyResult> {
  await from.exec(['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', ...setLocal].join('; '));
  let reading = true;
  const endRead = async () => {
    if (!reading) return;
    reading = false;
    await from.exec('ROLLBACK').catch(() => undefined);
  };
  try {
    const catalog = await readSchemaCatalog(from);
    const targetVersionNum = Number((await to.query<{ v: string }>(`select current_setting('server_version_num') as v`)).rows[0]!.v);
    const plan = planSchemaCopy(catalog, { targetVersionNum, ...(options.exclude ? { exclude: options.exclude } : {}) });
    await refuseExisting(to, [...plan.tables.map((t) => t.name), ...catalog.views.map((v) => v.name)]);

    await to.exec(['BEGIN', ...setLocal].join('; '));
    try {
      for (const statement of plan.beforeData) await run(to, statement);
      const tables: LogicalCopyResult['tables'] = [];
      for (const table of plan.tables) {
        const expected = await countOnly(from, table.name);
        let copied: number;
        try {
          copied = await copyTableRows(from, to, table);
        } catch (error) {
          throw wrap(error, `Copying the rows of ${table.name} failed`);
        }
        const landed = await countOnly(to, table.name);
        if (copied !== expected || landed !== expected) {
          throw new HarnessError(
            'DATABASE',
            `Copying ${table.name} moved ${copied} rows and the target holds ${landed}, but the source has ${expected}; the target was left unchanged.`,
            { hint: 'Something on the target discarded or added rows during COPY (a rule, or an extension); remove it from the target database.' },
          );
        }
        tables.push({ table: table.harnessName, rows: expected });
      }
      // Everything is read (sequence values came with the catalog): release the source's snapshot before the long part.
      await endRead();
      for (const statement of plan.afterData) await run(to, statement);
      await to.exec('COMMIT');
      return { tables, notCopied: plan.notCopied };
    } catch (error) {
      await to.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await endRead();
  }
}

async function run(to: PostgresSession, statement: { what: string; sql: string }): Promise<void> {
  try {
    await to.exec(statement.sql);
  } catch (error) {
    throw wrap(error, `Recreating ${statement.what} on the target failed`);
  }
}

function wrap(error: unknown, message: string): HarnessError {
  const detail = error instanceof Error ? error.message : String(error);
  // The driver's error says where in the COPY data it failed (`COPY t, line 4, column at: "…"`).
  const where = (error instanceof Error ? (error.cause as { where?: unknown } | undefined)?.where : undefined) ?? undefined;
  const context = typeof where === 'string' && where !== '' ? `\nWhere: ${where}` : '';
  return new HarnessError('DATABASE', `${message}; the target was left unchanged.\n${detail}${context}`, {
    cause: error,
    hint:
      (isHarnessError(error) ? error.hint : undefined) ??
      'The definition comes from the source catalog; the target may lack what it needs (an extension, a collation, a newer feature). Create that on the target, exclude the table, or use method pg_dump.',
  });
}

async function countOnly(session: PostgresSession, table: string): Promise<number> {
  const { rows } = await session.query<{ n: string }>(`select count(*)::int8::text as n from only ${table}`);
  return Number(rows[0]!.n);
}

/** An empty target is required: a table or view of the same name would make the copy fail halfway, so say which up front. */
async function refuseExisting(to: PostgresSession, relations: readonly string[]): Promise<void> {
  const { rows } = await to.query<{ name: string }>(
    `select ${quotedSql('n.nspname', 'c.relname')} as name
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where ${quotedSql('n.nspname', 'c.relname')} = any($1::text[])
     order by 1`,
    [relations],
  );
  if (rows.length > 0) {
    const names = rows.map((r) => r.name);
    throw new HarnessError(
      'DATABASE',
      `The target already has ${names.length === 1 ? 'a relation' : `${names.length} relations`} the copy would create: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}. A copy goes into an empty database.`,
      { hint: 'Start the target environment empty (not from a snapshot), or drop these first.' },
    );
  }
}
