import { HarnessError } from '../../errors/harness-error.ts';
import type { CatalogColumn, CatalogSequence, CatalogTable, SchemaCatalog } from './read-schema-catalog.ts';
import { quoteLiteral, quoteName } from './postgres-session.ts';

/** One DDL statement and what it creates, for error messages (`table "public"."t"`). */
export interface DdlStatement {
  what: string;
  sql: string;
}

/** A table whose rows are copied, with the columns COPY can carry (not generated ones). */
export interface TableToCopy {
  name: string;
  harnessName: string;
  columns: string[];
}

export interface SchemaCopyPlan {
  /** Schemas, extensions, types, functions, sequences and tables: what the rows need. */
  beforeData: DdlStatement[];
  /** Tables holding rows (a partitioned table holds none: its partitions do). */
  tables: TableToCopy[];
  /** Sequence values, constraints, indexes, foreign keys, views, triggers: cheaper after the rows, and no trigger fires on copied rows. */
  afterData: DdlStatement[];
  /** What the logical copy leaves behind: excluded tables and what depends on them, and object kinds it does not recreate. */
  notCopied: string[];
}

export interface PlanSchemaCopyOptions {
  /** Tables left out, as the harness names them (`t` in `public`, else `schema.t`); what depends on them is left out too. */
  exclude?: readonly string[];
  /** `server_version_num` of the target, to refuse what it cannot have (virtual generated columns before 18). */
  targetVersionNum: number;
}

/**
 * Turns a source's catalog into the DDL that recreates it on an empty target, in an order
 * that works (types before the tables using them, foreign keys after every key exists,
 * views after what they read) and leaves the costly parts (keys, indexes, checks) and the
 * triggers until the rows are in.
 *
 * @example
 * const plan = planSchemaCopy(await readSchemaCatalog(source), { targetVersionNum: 180000, exclude: ['pilot_schema_history'] });
 */
export function planSchemaCopy(catalog: SchemaCatalog, options: PlanSchemaCopyOptions): SchemaCopyPlan {
  const excluded = excludedRelations(catalog, options.exclude ?? []);
  const notCopied = [...catalog.notCopied];
  const keep = <T>(items: T[], relationOf: (item: T) => string | null, describe: (item: T) => string): T[] =>
    items.filter((item) => {
      const relation = relationOf(item);
      if (relation === null || !excluded.has(relation)) return true;
      notCopied.push(`${describe(item)} (${excluded.get(relation)})`);
      return false;
    });

  const tables = keep(catalog.tables, (t) => t.name, (t) => `table ${t.name}`);
  const views = keep(catalog.views, (v) => v.name, (v) => `${v.materialized ? 'materialized view' : 'view'} ${v.name}`);
  const sequences = keep(catalog.sequences, (s) => (s.identityOf ?? s.ownedBy)?.table ?? null, (s) => `sequence ${s.name}`);
  const constraints = keep(catalog.constraints, (c) => (c.references !== null && excluded.has(c.references) ? c.references : c.table), (c) => `constraint ${quoteName(c.name)} on ${c.table}`);
  const indexes = keep(catalog.indexes, (i) => i.table, (i) => `index ${quoteName(i.name)} on ${i.table}`);
  const triggers = keep(catalog.triggers, (t) => t.table, (t) => `trigger ${quoteName(t.name)} on ${t.table}`);

  for (const table of tables) {
    const virtual = table.columns.find((c) => c.generated?.kind === 'virtual');
    if (virtual && options.targetVersionNum < 180000) {
      throw new HarnessError(
        'CONFIG_INVALID',
        `Column ${JSON.stringify(virtual.name)} of ${table.name} is a virtual generated column (PostgreSQL 18 and later), which the target's PostgreSQL ${Math.floor(options.targetVersionNum / 10000)} does not have, so the logical copy cannot recreate it there.`,
        { hint: 'Copy to a PostgreSQL 18 or later target, or declare the column STORED in the source schema.' },
      );
    }
  }

  const identityOf = new Map(sequences.filter((s) => s.identityOf).map((s) => [`${s.identityOf!.table}.${s.identityOf!.column}`, s]));
  const beforeData: DdlStatement[] = [
    ...catalog.schemas.map((s) => ({ what: `schema ${quoteName(s)}`, sql: `CREATE SCHEMA IF NOT EXISTS ${quoteName(s)}` })),
    ...catalog.extensions.map((x) => ({
      what: `extension ${quoteName(x.name)}`,
      sql: `CREATE EXTENSION IF NOT EXISTS ${quoteName(x.name)} WITH SCHEMA ${quoteName(x.schema)}`,
    })),
    ...catalog.enums.map((e) => ({ what: `type ${e.type}`, sql: `CREATE TYPE ${e.type} AS ENUM (${e.labels.map(quoteLiteral).join(', ')})` })),
    ...catalog.domains.map((d) => ({
      what: `domain ${d.type}`,
      sql: [
        `CREATE DOMAIN ${d.type} AS ${d.base}`,
        ...(d.default !== null ? [`DEFAULT ${d.default}`] : []),
        ...(d.notNull ? ['NOT NULL'] : []),
        ...d.checks.map((c) => `CONSTRAINT ${quoteName(c.name)} ${c.definition}`),
      ].join(' '),
    })),
    ...catalog.composites.map((c) => ({
      what: `type ${c.type}`,
      sql: `CREATE TYPE ${c.type} AS (${c.attributes.map((a) => `${quoteName(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`).join(', ')})`,
    })),
    ...catalog.functions.map((f) => ({ what: `function ${f.signature}`, sql: f.definition })),
    ...sequences.filter((s) => !s.identityOf).map((s) => ({ what: `sequence ${s.name}`, sql: `CREATE ${s.unlogged ? 'UNLOGGED ' : ''}SEQUENCE ${s.name} ${sequenceOptions(s, true)}` })),
    ...tables.map((t) => ({ what: `table ${t.name}`, sql: createTable(t, identityOf) })),
    ...sequences
      .filter((s) => s.ownedBy)
      .map((s) => ({ what: `sequence ${s.name}`, sql: `ALTER SEQUENCE ${s.name} OWNED BY ${s.ownedBy!.table}.${quoteName(s.ownedBy!.column)}` })),
  ];

  const addConstraint = (c: (typeof constraints)[number]) => ({
    what: `constraint ${quoteName(c.name)} on ${c.table}`,
    sql: `ALTER TABLE ${c.table} ADD CONSTRAINT ${quoteName(c.name)} ${c.definition}`,
  });
  const createIndex = (i: (typeof indexes)[number]) => ({ what: `index ${quoteName(i.name)} on ${i.table}`, sql: i.definition });
  const afterData: DdlStatement[] = [
    ...sequences.map((s) => ({
      what: `sequence ${s.name}`,
      sql: `SELECT pg_catalog.setval(${quoteLiteral(s.name)}, ${s.lastValue}, ${s.isCalled})`,
    })),
    ...constraints.filter((c) => c.kind !== 'f').map(addConstraint),
    ...indexes.filter((i) => !i.onView).map(createIndex),
    // Foreign keys last among the keys: the unique indexes they reference must exist.
    ...constraints.filter((c) => c.kind === 'f').map(addConstraint),
    ...views.map((v) => ({
      what: `${v.materialized ? 'materialized view' : 'view'} ${v.name}`,
      sql:
        `CREATE ${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${v.name}${v.options?.length ? ` WITH (${v.options.join(', ')})` : ''} AS ${v.definition}` +
        (v.materialized ? (v.populated ? ' WITH DATA' : ' WITH NO DATA') : ''),
    })),
    ...indexes.filter((i) => i.onView).map(createIndex),
    ...triggers.flatMap((t) => [
      { what: `trigger ${quoteName(t.name)} on ${t.table}`, sql: t.definition },
      ...(t.disabled ? [{ what: `trigger ${quoteName(t.name)} on ${t.table}`, sql: `ALTER TABLE ${t.table} DISABLE TRIGGER ${quoteName(t.name)}` }] : []),
    ]),
  ];

  return {
    beforeData,
    tables: tables
      .filter((t) => !t.partitioned)
      .map((t) => ({ name: t.name, harnessName: t.harnessName, columns: t.columns.filter((c) => c.generated === null).map((c) => c.name) })),
    afterData,
    notCopied: [...new Set(notCopied)].sort(),
  };
}

function sequenceOptions(s: CatalogSequence, withType: boolean): string {
  return [
    ...(withType ? [`AS ${s.type}`] : []),
    `START WITH ${s.start}`,
    `INCREMENT BY ${s.increment}`,
    `MINVALUE ${s.min}`,
    `MAXVALUE ${s.max}`,
    `CACHE ${s.cache}`,
    s.cycle ? 'CYCLE' : 'NO CYCLE',
  ].join(' ');
}

function createTable(table: CatalogTable, identityOf: Map<string, CatalogSequence>): string {
  const persistence = table.unlogged ? 'UNLOGGED ' : '';
  const partitionBy = table.partitionKey ? ` PARTITION BY ${table.partitionKey}` : '';
  const options = table.options?.length ? ` WITH (${table.options.join(', ')})` : '';
  if (table.partitionOf) {
    return `CREATE ${persistence}TABLE ${table.name} PARTITION OF ${table.partitionOf.parent} ${table.partitionOf.bound}${partitionBy}${options}`;
  }
  // An inheriting table gets its inherited columns from its parents; it declares its own only.
  const columns = table.columns.filter((c) => c.local || table.inherits.length === 0).map((c) => `    ${column(table, c, identityOf)}`);
  const inherits = table.inherits.length ? ` INHERITS (${table.inherits.join(', ')})` : '';
  return `CREATE ${persistence}TABLE ${table.name} (\n${columns.join(',\n')}\n)${inherits}${partitionBy}${options}`;
}

function column(table: CatalogTable, c: CatalogColumn, identityOf: Map<string, CatalogSequence>): string {
  const parts = [quoteName(c.name), c.type];
  if (c.collation) parts.push(`COLLATE ${c.collation}`);
  if (c.generated) {
    parts.push(`GENERATED ALWAYS AS (${c.generated.expression}) ${c.generated.kind === 'stored' ? 'STORED' : 'VIRTUAL'}`);
  } else if (c.identity) {
    const sequence = identityOf.get(`${table.name}.${c.name}`);
    const options = sequence ? ` (SEQUENCE NAME ${sequence.name} ${sequenceOptions(sequence, false)})` : '';
    parts.push(`GENERATED ${c.identity.toUpperCase()} AS IDENTITY${options}`);
  } else if (c.default !== null) {
    parts.push(`DEFAULT ${c.default}`);
  }
  if (c.notNull) parts.push('NOT NULL');
  return parts.join(' ');
}

/**
 * The relations left out and why: the excluded tables, then (transitively) partitions and
 * children of excluded tables and views reading anything left out.
 */
function excludedRelations(catalog: SchemaCatalog, exclude: readonly string[]): Map<string, string> {
  const wanted = new Set(exclude.map((name) => (name.startsWith('public.') ? name.slice('public.'.length) : name)));
  const excluded = new Map<string, string>();
  for (const table of catalog.tables) if (wanted.has(table.harnessName)) excluded.set(table.name, 'excluded');
  let grew = true;
  while (grew) {
    grew = false;
    const leaveOut = (name: string, because: string) => {
      if (!excluded.has(name)) {
        excluded.set(name, `depends on ${because}, which is not copied`);
        grew = true;
      }
    };
    for (const table of catalog.tables) {
      const parents = table.partitionOf ? [table.partitionOf.parent] : table.inherits;
      const gone = parents.find((p) => excluded.has(p));
      if (gone) leaveOut(table.name, gone);
    }
    for (const view of catalog.views) {
      const gone = view.dependsOn.find((d) => excluded.has(d));
      if (gone) leaveOut(view.name, gone);
    }
  }
  return excluded;
}
