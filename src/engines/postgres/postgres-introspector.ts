import type { ColumnInfo, IndexInfo, SchemaSnapshot, TableInfo } from '../engine.ts';
import type { PostgresSession } from './postgres-session.ts';

const USER_TABLES = `
  select c.oid::int8::text as oid, n.nspname as schema, c.relname as name
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p')
    and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
  order by n.nspname, c.relname`;

const COLUMNS = `
  select a.attrelid::int8::text as oid, a.attname as name,
         pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
         not a.attnotnull as nullable,
         pg_catalog.pg_get_expr(d.adbin, d.adrelid) as "default"
  from pg_catalog.pg_attribute a
  left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
  where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
  order by a.attrelid, a.attnum`;

const PRIMARY_KEYS = `
  select i.indrelid::int8::text as oid, a.attname as name
  from pg_catalog.pg_index i
  cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
  join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
  where i.indisprimary and i.indrelid = any($1::oid[])
  order by i.indrelid, k.ord`;

const INDEXES = `
  select i.indrelid::int8::text as oid, c.relname as name, i.indisunique as unique,
         pg_catalog.pg_get_indexdef(i.indexrelid) as definition
  from pg_catalog.pg_index i
  join pg_catalog.pg_class c on c.oid = i.indexrelid
  where i.indrelid = any($1::oid[])
  order by i.indrelid, c.relname`;

/** Reads tables, columns, primary keys and indexes from the catalog, in a stable order. */
export async function introspectPostgres(session: PostgresSession): Promise<SchemaSnapshot> {
  const { rows: tables } = await session.query<{ oid: string; schema: string; name: string }>(USER_TABLES);
  const oids = tables.map((t) => t.oid);
  // One after the other, not Promise.all: a session runs one statement at a time, and
  // pinnedReads wraps each in its own BEGIN … COMMIT, which concurrent calls would interleave
  // (node-postgres queues them in order today, with a deprecation warning; pg 9 refuses).
  const columns = await session.query<ColumnInfo & { oid: string }>(COLUMNS, [oids]);
  const keys = await session.query<{ oid: string; name: string }>(PRIMARY_KEYS, [oids]);
  const indexes = await session.query<IndexInfo & { oid: string }>(INDEXES, [oids]);
  const byOid = new Map<string, TableInfo>();
  const result: TableInfo[] = tables.map((t) => {
    const info: TableInfo = {
      name: qualifiedName(t.schema, t.name),
      schema: t.schema,
      columns: [],
      primaryKey: [],
      indexes: [],
    };
    byOid.set(t.oid, info);
    return info;
  });
  for (const { oid, ...column } of columns.rows) byOid.get(oid)?.columns.push(column);
  for (const { oid, name } of keys.rows) byOid.get(oid)?.primaryKey.push(name);
  for (const { oid, ...index } of indexes.rows) byOid.get(oid)?.indexes.push(index);
  return { tables: result };
}

/** `public` tables are named bare, others `schema.name`. */
export function qualifiedName(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}
