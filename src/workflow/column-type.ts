import type { MigrationDatabase } from '../chain/migrator.ts';
import { quoteIdent } from '../engines/postgres/postgres-session.ts';

/**
 * A column's SQL type as PostgreSQL writes it (`uuid`, `character varying(64)`): values
 * travel as text arrays and are cast to it where they land or are compared, so an index on
 * the column still serves `col = any($1::text[]::uuid[])` (a cast of the column would not).
 *
 * @example
 * await columnType(db, 'wfe_task', 'instance_id'); // 'uuid'
 */
export async function columnType(db: MigrationDatabase, table: string, column: string): Promise<string> {
  const { rows } = await db.query<{ t: string | null }>(
    `select format_type(atttypid, atttypmod) as t from pg_attribute where attrelid = $1::regclass and attname = $2 and not attisdropped`,
    [quoteIdent(table), column],
  );
  if (!rows[0]?.t) throw new Error(`Column ${JSON.stringify(column)} is not in table ${JSON.stringify(table)}.`);
  return rows[0].t;
}
