import { quoteName } from './postgres-session.ts';

/* SQL fragments and names shared by the catalog readers of the logical copy. */

/** Leaves out PostgreSQL's own schemas (catalog, information_schema, TOAST, temporary). Expects `n` = pg_namespace. */
export const SYSTEM_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;
/** The object (`oid` in catalog `catalog`) does not belong to an extension, which `CREATE EXTENSION` recreates. */
export const notExtensionMember = (catalog: string, oid: string) =>
  `not exists (select 1 from pg_catalog.pg_depend xd where xd.classid = '${catalog}'::regclass and xd.objid = ${oid} and xd.deptype = 'e')`;
/** A quoted, schema-qualified name: `"app"."t"`. */
export const qualified = (schema: string, name: string) => `${quoteName(schema)}.${quoteName(name)}`;
/** `qualified` in SQL: always quoted, so names compare equal to those built in TypeScript. */
export const quotedSql = (schema: string, name: string) =>
  `('"' || pg_catalog.replace(${schema}, '"', '""') || '"."' || pg_catalog.replace(${name}, '"', '""') || '"')`;
