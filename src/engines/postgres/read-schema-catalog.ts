import { notExtensionMember, qualified, quotedSql, SYSTEM_SCHEMA } from './catalog-sql.ts';
import type { PostgresSession } from './postgres-session.ts';
import { readNotCopied } from './read-not-copied.ts';

/**
 * What a logical copy recreates, read from a source's catalog. Every name and definition
 * is schema-qualified, because the catalog is read with `search_path = ''` (as pg_dump
 * does): the `pg_get_*def` functions then qualify whatever they print, and the DDL means
 * the same on the target whatever its search_path. Built by `readSchemaCatalog`, turned
 * into DDL by `schemaDdl`.
 */
export interface SchemaCatalog {
  /** `server_version_num` of the source, e.g. 150020. */
  serverVersionNum: number;
  schemas: string[];
  extensions: { name: string; schema: string }[];
  enums: { type: string; labels: string[] }[];
  domains: { type: string; base: string; notNull: boolean; default: string | null; checks: { name: string; definition: string }[] }[];
  composites: { type: string; attributes: { name: string; type: string; collation: string | null }[] }[];
  functions: { oid: string; signature: string; definition: string }[];
  sequences: CatalogSequence[];
  tables: CatalogTable[];
  constraints: CatalogConstraint[];
  /** `onView`: the index is on a materialized view, so it is built after the views. */
  indexes: { oid: string; table: string; name: string; definition: string; onView: boolean }[];
  /** Views and materialized views, in an order where each comes after what it reads. */
  views: CatalogView[];
  triggers: { table: string; name: string; definition: string; disabled: boolean }[];
  /** Objects of kinds a logical copy does not recreate, named for the report. */
  notCopied: string[];
}

export interface CatalogSequence {
  /** Quoted, qualified: `"public"."t_id_seq"`. */
  name: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  unlogged: boolean;
  lastValue: string;
  isCalled: boolean;
  /** An identity column's sequence: created by its column, not on its own. */
  identityOf?: { table: string; column: string };
  /** `OWNED BY` (a serial column's sequence). */
  ownedBy?: { table: string; column: string };
}

export interface CatalogTable {
  oid: string;
  /** Quoted, qualified: `"public"."dir_user"`. */
  name: string;
  /** As the harness names tables: `dir_user` in `public`, else `app.dir_user`. */
  harnessName: string;
  partitioned: boolean;
  unlogged: boolean;
  /** `PARTITION BY …` key, for a partitioned table. */
  partitionKey: string | null;
  /** For a partition: its parent (quoted) and bound (`FOR VALUES …`). */
  partitionOf: { parent: string; bound: string } | null;
  /** Parents of legacy inheritance (`INHERITS`), quoted. */
  inherits: string[];
  options: string[] | null;
  columns: CatalogColumn[];
}

export interface CatalogColumn {
  name: string;
  type: string;
  collation: string | null;
  notNull: boolean;
  /** Declared on this table, not only inherited from a parent. */
  local: boolean;
  default: string | null;
  identity: 'always' | 'by default' | null;
  /** A generated column: how it is stored, and its expression. */
  generated: { kind: 'stored' | 'virtual'; expression: string } | null;
}

export interface CatalogConstraint {
  table: string;
  name: string;
  /** `p` primary key, `u` unique, `c` check, `x` exclusion, `f` foreign key. */
  kind: 'p' | 'u' | 'c' | 'x' | 'f';
  definition: string;
  /** For a foreign key: the table it references (quoted). */
  references: string | null;
}

export interface CatalogView {
  oid: string;
  name: string;
  materialized: boolean;
  /** A materialized view holds rows (`REFRESH` was run); else it is created `WITH NO DATA`. */
  populated: boolean;
  definition: string;
  options: string[] | null;
  /** Relations (tables and views, quoted) the view reads. */
  dependsOn: string[];
}

/**
 * Reads the source's schema from its catalog. Run it inside the transaction that also
 * copies the rows, with `search_path = ''` (see `logicalCopy`), so that the definitions
 * are qualified and describe the same snapshot as the data.
 */
export async function readSchemaCatalog(session: PostgresSession): Promise<SchemaCatalog> {
  const q = async <R extends object>(sql: string, params?: unknown[]) => (await session.query<R>(sql, params)).rows;
  const serverVersionNum = Number((await q<{ v: string }>(`select current_setting('server_version_num') as v`))[0]!.v);

  const schemas = (
    await q<{ name: string }>(
      `select n.nspname as name from pg_catalog.pg_namespace n where ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_namespace', 'n.oid')} order by 1`,
    )
  ).map((r) => r.name);

  const extensions = await q<{ name: string; schema: string }>(
    `select x.extname as name, n.nspname as schema from pg_catalog.pg_extension x join pg_catalog.pg_namespace n on n.oid = x.extnamespace
     where x.extname <> 'plpgsql' order by x.oid`,
  );

  const types = await q<{ oid: string; schema: string; name: string; kind: string; base: string | null; notnull: boolean; def: string | null; relid: string }>(
    `select t.oid::int8::text as oid, n.nspname as schema, t.typname as name, t.typtype as kind,
            case when t.typtype = 'd' then pg_catalog.format_type(t.typbasetype, t.typtypmod) end as base,
            t.typnotnull as notnull, t.typdefault as def, t.typrelid::int8::text as relid
     from pg_catalog.pg_type t join pg_catalog.pg_namespace n on n.oid = t.typnamespace
     where ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_type', 't.oid')}
       and (t.typtype in ('e', 'd') or (t.typtype = 'c' and (select c.relkind from pg_catalog.pg_class c where c.oid = t.typrelid) = 'c'))
     order by t.oid`,
  );
  const typeOids = types.map((t) => t.oid);
  // One after the other: a session runs one statement at a time (node-postgres only queues, and warns).
  const labels = await q<{ oid: string; label: string }>(
    `select enumtypid::int8::text as oid, enumlabel as label from pg_catalog.pg_enum where enumtypid = any($1::oid[]) order by enumtypid, enumsortorder`,
    [typeOids],
  );
  const domainChecks = await q<{ oid: string; name: string; def: string }>(
    `select contypid::int8::text as oid, conname as name, pg_catalog.pg_get_constraintdef(oid) as def from pg_catalog.pg_constraint
     where contypid = any($1::oid[]) and contype = 'c' order by contypid, conname`,
    [typeOids],
  );
  const typeAttributes = await q<{ relid: string; name: string; type: string; collation: string | null }>(
    `select a.attrelid::int8::text as relid, a.attname as name, pg_catalog.format_type(a.atttypid, a.atttypmod) as type, ${collationOf('a')} as collation
     from pg_catalog.pg_attribute a join pg_catalog.pg_type ty on ty.oid = a.atttypid
     left join pg_catalog.pg_collation co on co.oid = a.attcollation left join pg_catalog.pg_namespace cn on cn.oid = co.collnamespace
     where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`,
    [types.filter((t) => t.kind === 'c').map((t) => t.relid)],
  );
  const enums = types
    .filter((t) => t.kind === 'e')
    .map((t) => ({ type: qualified(t.schema, t.name), labels: labels.filter((l) => l.oid === t.oid).map((l) => l.label) }));
  const domains = types
    .filter((t) => t.kind === 'd')
    .map((t) => ({
      type: qualified(t.schema, t.name),
      base: t.base!,
      notNull: t.notnull,
      default: t.def,
      checks: domainChecks.filter((c) => c.oid === t.oid).map((c) => ({ name: c.name, definition: c.def })),
    }));
  const composites = types
    .filter((t) => t.kind === 'c')
    .map((t) => ({
      type: qualified(t.schema, t.name),
      attributes: typeAttributes.filter((a) => a.relid === t.relid).map(({ name, type, collation }) => ({ name, type, collation })),
    }));

  const functions = await q<{ oid: string; signature: string; definition: string }>(
    `select p.oid::int8::text as oid, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' as signature,
            pg_catalog.pg_get_functiondef(p.oid) as definition
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_proc', 'p.oid')} and p.prokind in ('f', 'p', 'w')
     order by p.oid`,
  );

  const relations = await q<{
    oid: string; schema: string; name: string; kind: string; persistence: string; bound: string | null; partkey: string | null;
    parents: string[]; options: string[] | null;
  }>(
    `select c.oid::int8::text as oid, n.nspname as schema, c.relname as name, c.relkind as kind, c.relpersistence as persistence,
            case when c.relispartition then pg_catalog.pg_get_expr(c.relpartbound, c.oid) end as bound,
            case when c.relkind = 'p' then pg_catalog.pg_get_partkeydef(c.oid) end as partkey,
            array(select ${quotedSql('pn.nspname', 'pc.relname')}
                  from pg_catalog.pg_inherits i join pg_catalog.pg_class pc on pc.oid = i.inhparent join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace
                  where i.inhrelid = c.oid order by i.inhseqno) as parents,
            c.reloptions as options
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_class', 'c.oid')}
     order by c.oid`,
  );
  const relationOids = relations.map((r) => r.oid);
  const columns = await q<{
    relid: string; name: string; type: string; collation: string | null; notnull: boolean; local: boolean; identity: string; generated: string; expr: string | null;
  }>(
    `select a.attrelid::int8::text as relid, a.attname as name, pg_catalog.format_type(a.atttypid, a.atttypmod) as type, ${collationOf('a')} as collation,
            a.attnotnull as notnull, a.attislocal as local, a.attidentity as identity, a.attgenerated as generated,
            pg_catalog.pg_get_expr(d.adbin, d.adrelid) as expr
     from pg_catalog.pg_attribute a join pg_catalog.pg_type ty on ty.oid = a.atttypid
     left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     left join pg_catalog.pg_collation co on co.oid = a.attcollation left join pg_catalog.pg_namespace cn on cn.oid = co.collnamespace
     where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
     order by a.attrelid, a.attnum`,
    [relationOids],
  );
  const tables: CatalogTable[] = relations.map((r) => ({
    oid: r.oid,
    name: qualified(r.schema, r.name),
    harnessName: r.schema === 'public' ? r.name : `${r.schema}.${r.name}`,
    partitioned: r.kind === 'p',
    unlogged: r.persistence === 'u',
    partitionKey: r.partkey,
    partitionOf: r.bound !== null ? { parent: r.parents[0]!, bound: r.bound } : null,
    inherits: r.bound !== null ? [] : r.parents,
    options: r.options,
    columns: columns
      .filter((c) => c.relid === r.oid)
      .map((c) => ({
        name: c.name,
        type: c.type,
        collation: c.collation,
        notNull: c.notnull,
        local: c.local,
        default: c.generated === '' ? c.expr : null,
        identity: c.identity === 'a' ? 'always' : c.identity === 'd' ? 'by default' : null,
        generated: c.generated === '' ? null : { kind: c.generated === 'v' ? ('virtual' as const) : ('stored' as const), expression: c.expr! },
      })),
  }));
  const tableName = new Map(tables.map((t) => [t.oid, t.name]));
  // Parents before children: a partition or an inheriting table needs its parent to exist.
  const ordered = orderParentsFirst(tables);

  const sequenceRows = await q<{
    schema: string; name: string; persistence: string; type: string; start: string; increment: string; min: string; max: string; cache: string; cycle: boolean;
    deptype: string | null; owner: string | null; column: string | null;
  }>(
    `select n.nspname as schema, c.relname as name, c.relpersistence as persistence, pg_catalog.format_type(s.seqtypid, null) as type,
            s.seqstart::text as start, s.seqincrement::text as increment, s.seqmin::text as min, s.seqmax::text as max, s.seqcache::text as cache,
            s.seqcycle as cycle, d.deptype::text as deptype, d.refobjid::int8::text as owner, a.attname as column
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     join pg_catalog.pg_sequence s on s.seqrelid = c.oid
     left join pg_catalog.pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
     left join pg_catalog.pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
     where c.relkind = 'S' and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_class', 'c.oid')}
     order by c.oid`,
  );
  const sequences: CatalogSequence[] = [];
  for (const s of sequenceRows) {
    const name = qualified(s.schema, s.name);
    // Reading a sequence is allowed in a read-only transaction, and sees the same snapshot's value.
    const [state] = await q<{ last: string; called: boolean }>(`select last_value::text as last, is_called as called from ${name}`);
    const owner = s.owner !== null && s.column !== null && tableName.has(s.owner) ? { table: tableName.get(s.owner)!, column: s.column } : undefined;
    sequences.push({
      name,
      type: s.type,
      start: s.start,
      increment: s.increment,
      min: s.min,
      max: s.max,
      cache: s.cache,
      cycle: s.cycle,
      unlogged: s.persistence === 'u',
      lastValue: state!.last,
      isCalled: state!.called,
      ...(owner && s.deptype === 'i' ? { identityOf: owner } : {}),
      ...(owner && s.deptype === 'a' ? { ownedBy: owner } : {}),
    });
  }

  // Local constraints only: those a partition or child inherits come back with its parent's.
  // PostgreSQL 18 also lists NOT NULL (`n`) here; columns carry it already.
  const constraints = (
    await q<{ relid: string; name: string; kind: CatalogConstraint['kind']; def: string; ref: string }>(
      `select c.conrelid::int8::text as relid, c.conname as name, c.contype::text as kind, pg_catalog.pg_get_constraintdef(c.oid) as def,
              c.confrelid::int8::text as ref
       from pg_catalog.pg_constraint c
       where c.conrelid = any($1::oid[]) and c.contype in ('p', 'u', 'c', 'x', 'f') and c.conislocal and c.conparentid = 0
       order by c.conrelid, c.contype, c.conname`,
      [relationOids],
    )
  ).map((c) => ({
    table: tableName.get(c.relid)!,
    name: c.name,
    kind: c.kind,
    definition: c.def,
    references: c.kind === 'f' ? (tableName.get(c.ref) ?? null) : null,
  }));

  const viewRows = await q<{ oid: string; schema: string; name: string; kind: string; populated: boolean; def: string; options: string[] | null }>(
    `select c.oid::int8::text as oid, n.nspname as schema, c.relname as name, c.relkind as kind, c.relispopulated as populated,
            pg_catalog.pg_get_viewdef(c.oid) as def, c.reloptions as options
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('v', 'm') and ${SYSTEM_SCHEMA} and ${notExtensionMember('pg_class', 'c.oid')}
     order by c.oid`,
  );
  const viewDeps = await q<{ view: string; dep: string }>(
    `select distinct r.ev_class::int8::text as view, d.refobjid::int8::text as dep
     from pg_catalog.pg_rewrite r join pg_catalog.pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
     where d.refclassid = 'pg_class'::regclass and d.refobjid <> r.ev_class and r.ev_class = any($1::oid[])`,
    [viewRows.map((v) => v.oid)],
  );
  const relationName = new Map([...tableName, ...viewRows.map((v) => [v.oid, qualified(v.schema, v.name)] as const)]);
  const views = orderViews(
    viewRows.map((v) => ({
      oid: v.oid,
      name: qualified(v.schema, v.name),
      materialized: v.kind === 'm',
      populated: v.populated,
      definition: v.def.trim().replace(/;$/, ''),
      options: v.options,
      dependsOn: viewDeps.filter((d) => d.view === v.oid && relationName.has(d.dep)).map((d) => relationName.get(d.dep)!),
    })),
  );

  const indexed = [...relationOids, ...viewRows.filter((v) => v.kind === 'm').map((v) => v.oid)];
  // Indexes behind a constraint come back with it; a partition's index attached to its
  // parent's comes back when the parent's index is created (it recurses).
  const indexes = (
    await q<{ oid: string; relid: string; name: string; def: string; partitioned: boolean }>(
      `select i.indexrelid::int8::text as oid, i.indrelid::int8::text as relid, ic.relname as name, pg_catalog.pg_get_indexdef(i.indexrelid) as def,
              ic.relkind = 'I' as partitioned
       from pg_catalog.pg_index i join pg_catalog.pg_class ic on ic.oid = i.indexrelid
       where i.indrelid = any($1::oid[])
         and not exists (select 1 from pg_catalog.pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid and k.contype in ('p', 'u', 'x'))
         and not exists (select 1 from pg_catalog.pg_inherits h where h.inhrelid = i.indexrelid)
       order by i.indrelid, ic.relname`,
      [indexed],
    )
  ).map((i) => ({
    oid: i.oid,
    table: relationName.get(i.relid)!,
    name: i.name,
    onView: !tableName.has(i.relid),
    // pg_get_indexdef says `ON ONLY` for a partitioned table's index; without ONLY it is built on every partition too.
    definition: i.partitioned ? i.def.replace(/ ON ONLY /, ' ON ') : i.def,
  }));

  const clonedTrigger = serverVersionNum >= 130000 ? 'and t.tgparentid = 0' : '';
  const triggers = (
    await q<{ relid: string; name: string; def: string; enabled: string }>(
      `select t.tgrelid::int8::text as relid, t.tgname as name, pg_catalog.pg_get_triggerdef(t.oid) as def, t.tgenabled::text as enabled
       from pg_catalog.pg_trigger t where t.tgrelid = any($1::oid[]) and not t.tgisinternal ${clonedTrigger}
       order by t.tgrelid, t.tgname`,
      [[...relationOids, ...viewRows.map((v) => v.oid)]],
    )
  ).map((t) => ({ table: relationName.get(t.relid)!, name: t.name, definition: t.def, disabled: t.enabled === 'D' }));

  return {
    serverVersionNum,
    schemas,
    extensions,
    enums,
    domains,
    composites,
    functions,
    sequences,
    tables: ordered,
    constraints,
    indexes,
    views,
    triggers,
    notCopied: await readNotCopied(session),
  };
}

/** A column's collation when it is not its type's default, qualified; else null. */
function collationOf(attribute: string): string {
  return `case when ${attribute}.attcollation <> 0 and ${attribute}.attcollation <> ty.typcollation
            then pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) end`;
}

function orderParentsFirst(tables: CatalogTable[]): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const result: CatalogTable[] = [];
  const visit = (table: CatalogTable) => {
    if (done.has(table.name)) return;
    done.add(table.name);
    for (const parent of table.partitionOf ? [table.partitionOf.parent] : table.inherits) {
      const p = byName.get(parent);
      if (p) visit(p);
    }
    result.push(table);
  };
  tables.forEach(visit);
  return result;
}

/** Views in dependency order (a view after the views it reads), stable otherwise. */
function orderViews(views: CatalogView[]): CatalogView[] {
  const byName = new Map(views.map((v) => [v.name, v]));
  const seen = new Set<string>();
  const result: CatalogView[] = [];
  const visit = (view: CatalogView) => {
    // Marked before its dependencies: CREATE VIEW cannot make a cycle, but a loop here must not hang.
    if (seen.has(view.name)) return;
    seen.add(view.name);
    for (const dep of view.dependsOn) {
      const d = byName.get(dep);
      if (d) visit(d);
    }
    result.push(view);
  };
  views.forEach(visit);
  return result;
}
