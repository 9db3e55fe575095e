import { notExtensionMember, SYSTEM_SCHEMA } from './catalog-sql.ts';
import type { PostgresSession } from './postgres-session.ts';

/** Objects a logical copy leaves behind, so that the report can say so instead of staying silent. */
export async function readNotCopied(session: PostgresSession): Promise<string[]> {
  const { rows } = await session.query<{ what: string }>(
    `select 'aggregate ' || p.oid::regprocedure::text as what from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       where p.prokind = 'a' and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_proc', 'p.oid')}
     union all
     select 'rule ' || pg_catalog.quote_ident(r.rulename) || ' on ' || r.ev_class::regclass::text from pg_catalog.pg_rewrite r
       join pg_catalog.pg_class c on c.oid = r.ev_class join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where r.rulename <> '_RETURN' and ${SYSTEM_SCHEMA}
     union all
     select 'policy ' || pg_catalog.quote_ident(p.polname) || ' on ' || p.polrelid::regclass::text from pg_catalog.pg_policy p
     union all
     select 'row level security on ' || c.oid::regclass::text from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where c.relrowsecurity and ${SYSTEM_SCHEMA}
     union all
     select 'foreign table ' || c.oid::regclass::text from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'f' and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_class', 'c.oid')}
     union all
     select 'statistics object ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname) from pg_catalog.pg_statistic_ext s
       join pg_catalog.pg_namespace n on n.oid = s.stxnamespace where ${SYSTEM_SCHEMA}
     union all
     select 'collation ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.collname) from pg_catalog.pg_collation c
       join pg_catalog.pg_namespace n on n.oid = c.collnamespace where ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_collation', 'c.oid')}
     union all
     select 'type ' || t.oid::regtype::text || ' (' || case t.typtype when 'r' then 'range' when 'm' then 'multirange' else 'base' end || ')'
       from pg_catalog.pg_type t join pg_catalog.pg_namespace n on n.oid = t.typnamespace
       where t.typtype in ('b', 'r') and t.typelem = 0 and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_type', 't.oid')}
     union all
     select 'event trigger ' || pg_catalog.quote_ident(e.evtname) from pg_catalog.pg_event_trigger e
       where ${notExtensionMember('pg_event_trigger', 'e.oid')}
     union all
     select 'large objects (' || count(*) || ')' from pg_catalog.pg_largeobject_metadata having count(*) > 0`,
  );
  return rows.map((r) => r.what).sort();
}
