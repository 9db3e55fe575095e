import { quoteIdent, quoteLiteral, quoteName } from '../../engines/postgres/postgres-session.ts';
import type { ProcessModel } from '../../workflow/process-model.ts';
import { mappedText, textArray } from '../state/value-map-sql.ts';

/*
 * The SQL that canonicalises a workflow engine's tables into one row per instance, for
 * each side of the process-state check. Everything runs inside the database, every value
 * as text, arrays and objects as jsonb text (whose output is canonical: object keys
 * sorted, no insignificant spaces). Orders inside aggregates use the "C" collation, so two
 * servers with different collations still agree byte for byte.
 *
 * The rows of an instance (itself, its open activities, its variables) meet in ONE
 * `group by` over a `union all`, never in a join between per-instance aggregates: a
 * planner without statistics (a freshly loaded or embedded database, where `analyze` never
 * ran) estimates a filtered instance scan at a few rows and nests the loop, re-running an
 * aggregate for every instance: 4,200 instances took a minute that way. A grouping has no
 * such plan to get wrong; time stays proportional to the rows.
 */

/** Source → target names, applied on the source side only. */
export interface ProcessMapping {
  /** Source definition (key@version) → its successor on the target. */
  definitions: Readonly<Record<string, string>>;
  /** Per source definition, source activity → target activity. */
  activities: Readonly<Record<string, Readonly<Record<string, string>>>>;
  variables: { ignore: readonly string[]; rename: Readonly<Record<string, string>> };
}

export const NO_MAPPING: ProcessMapping = { definitions: {}, activities: {}, variables: { ignore: [], rename: {} } };

const col = (alias: string, name: string) => `${alias}.${quoteName(name)}`;
const text = (alias: string, name: string) => `(${col(alias, name)})::text`;

/** The instances of the app: the table, or the rows `where` keeps. */
function scopedInstances(model: ProcessModel): string {
  const table = quoteIdent(model.instances.table);
  return model.instances.where === undefined ? table : `(select * from ${table} where (\n${model.instances.where}\n))`;
}

/** A definition's name (`key@version`) from a definitions row aliased `alias`. */
export function definitionNameSql(model: ProcessModel, alias: string): string {
  const key = text(alias, model.definitions.key);
  return model.definitions.version === null ? key : `${key} || coalesce('@' || ${text(alias, model.definitions.version)}, '')`;
}

/** Instances joined to their definitions (a small table: any join order is cheap), the definition's name unmapped. */
function instancesWithDefinitions(model: ProcessModel): { from: string; definition: string } {
  const from = `${scopedInstances(model)} as x left join ${quoteIdent(model.definitions.table)} as d on ${col('d', model.definitions.id)} = ${col('x', model.instances.definition)}`;
  return { from, definition: definitionNameSql(model, 'd') };
}

function running(model: ProcessModel, alias = 'x'): string {
  return `${text(alias, model.instances.state)} = any(${textArray(model.instances.running)})`;
}

/** Definitions whose activities are renamed, with their renames. */
function activityRenames(mapping: ProcessMapping): [string, Readonly<Record<string, string>>][] {
  return Object.entries(mapping.activities).filter(([, map]) => Object.keys(map).length > 0);
}

/**
 * The rows of one instance's part (open activities, audit entries): its instance id, as
 * text, and the entry's fields (`activity` first) as text; `where` filters them.
 */
interface EntryPart {
  table: string;
  instance: string;
  fields: Record<string, string>;
  where?: string;
  /** The field the entries are ordered by first (the audit's time); then the activity, then the rest. */
  orderFirst?: string;
}

/**
 * One row per instance of the given kind (running or not, with a record id): `iid`, `rid`,
 * `state`, `starter`, `def` (the unmapped definition name), `entries` (a jsonb array of
 * the part's entries, ordered) and `vars` (a jsonb object, when `withVariables`). One
 * grouping over a `union all` of the instances, the part's rows and the variables.
 */
function groupedInstances(model: ProcessModel, mapping: ProcessMapping, options: { running: boolean; part: EntryPart; withVariables: boolean }): string {
  const i = model.instances;
  const { from, definition } = instancesWithDefinitions(model);
  const names = Object.keys(options.part.fields);
  const slots = names.map((_, n) => `f${n}`);
  const nulls = (count: number) => Array.from({ length: count }, () => 'null::text');
  const row = (iid: string, kind: number, head: string[], fields: string[], variable: string[]) =>
    `select (${iid})::text as iid, ${kind} as kind, ${[...head, ...fields, ...variable].join(', ')}`;
  const headNames = ['rid', 'state', 'starter', 'def'];
  const branches = [
    `${row(col('x', i.id), 0, [text('x', i.recordId), text('x', i.state), text('x', i.starter), `(${definition})::text`], nulls(slots.length), nulls(2))}\n` +
      `  from ${from}\n  where ${options.running ? '' : 'not '}(${running(model)}) and ${col('x', i.recordId)} is not null`,
    `${row(col('y', options.part.instance), 1, nulls(4), Object.values(options.part.fields), nulls(2))}\n` +
      `  from ${quoteIdent(options.part.table)} as y${options.part.where ? `\n  where ${options.part.where}` : ''}`,
  ];
  if (options.withVariables) {
    const v = model.variables;
    const ignore = mapping.variables.ignore.length > 0 ? ` and ${text('z', v.name)} <> all(${textArray(mapping.variables.ignore)})` : '';
    branches.push(
      `${row(col('z', v.instance), 2, nulls(4), nulls(slots.length), [mappedText(col('z', v.name), mapping.variables.rename), text('z', v.value)])}\n` +
        `  from ${quoteIdent(v.table)} as z\n  where ${col('z', v.name)} is not null${ignore}`,
    );
  }
  const object = `jsonb_build_object(${names.map((name, n) => `${quoteLiteral(name)}, u.${slots[n]}`).join(', ')})`;
  const order = entryOrder(names, options.part.orderFirst, (n) => `u.${slots[n]}`);
  return [
    `select u.iid, max(u.rid) as rid, max(u.state) as state, max(u.starter) as starter, max(u.def) as def,`,
    `  coalesce(jsonb_agg(${object} order by ${order}) filter (where u.kind = 1), '[]'::jsonb) as entries,`,
    `  coalesce(jsonb_object_agg(u.vname, u.vvalue) filter (where u.kind = 2), '{}'::jsonb) as vars`,
    `from (\n${branches.join('\nunion all\n')}\n) as u(iid, kind, ${[...headNames, ...slots, 'vname', 'vvalue'].join(', ')})`,
    `group by u.iid`,
    `having bool_or(u.kind = 0)`,
  ].join('\n');
}

/** `order by` of an instance's entries: `orderFirst`, the activity, then the other fields, in the "C" collation. */
function entryOrder(names: readonly string[], orderFirst: string | undefined, ref: (n: number) => string): string {
  const index = (name: string) => names.indexOf(name);
  const ordered = [...(orderFirst ? [orderFirst] : []), 'activity', ...names.filter((n) => n !== orderFirst && n !== 'activity')];
  return ordered.map((name) => `${ref(index(name))} collate "C"`).join(', ');
}

/**
 * The grouped entries with activities renamed by definition, when the mapping renames any:
 * a per-instance rewrite of its own small array (no join), re-ordered after renaming.
 */
function renamedEntries(mapping: ProcessMapping, names: readonly string[], orderFirst: string | undefined): string {
  const renames = activityRenames(mapping);
  if (renames.length === 0) return 'g.entries';
  const activity = `case g.def ${renames.map(([name, map]) => `when ${quoteLiteral(name)} then ${mappedText(`e.value ->> 'activity'`, map)}`).join(' ')} else e.value ->> 'activity' end`;
  const field = (name: string) => (name === 'activity' ? 'r.activity' : `e.value ->> ${quoteLiteral(name)}`);
  const object = `jsonb_build_object(${names.map((name) => `${quoteLiteral(name)}, ${field(name)}`).join(', ')})`;
  const order = entryOrder(names, orderFirst, (n) => field(names[n]!));
  return (
    `case when g.def = any(${textArray(renames.map(([name]) => name))}) then ` +
    `(select coalesce(jsonb_agg(${object} order by ${order}), '[]'::jsonb) from jsonb_array_elements(g.entries) as e cross join lateral (select ${activity} as activity) as r) ` +
    `else g.entries end`
  );
}

/** The compared fields of a running instance, in order. */
export const RUNNING_FIELDS = ['definition', 'state', 'starter', 'activities', 'variables'] as const;

/** The entries of an open activity, as compared. */
const ACTIVITY_ENTRY = ['activity', 'assignee'];
/** The entries of the audit trail, as compared. */
const AUDIT_ENTRY = ['activity', 'at', 'action', 'actor'];

/**
 * One row per running instance with a record id: `record_id`, then `RUNNING_FIELDS`.
 * `deployed`, when given, keeps the instances whose (mapped) definition is in it.
 */
export function runningInstancesSql(model: ProcessModel, mapping: ProcessMapping, deployed?: readonly string[]): string {
  const a = model.activities;
  const grouped = groupedInstances(model, mapping, {
    running: true,
    withVariables: true,
    part: {
      table: a.table,
      instance: a.instance,
      where: `${text('y', a.state)} = any(${textArray(a.open)})`,
      fields: { activity: text('y', a.definition), assignee: text('y', a.assignee) },
    },
  });
  const definition = mappedText('g.def', mapping.definitions);
  return [
    `select g.rid as record_id, ${definition} as definition, g.state as state, g.starter as starter,`,
    `  (${renamedEntries(mapping, ACTIVITY_ENTRY, undefined)})::text as activities, g.vars::text as variables`,
    `from (\n${grouped}\n) as g`,
    ...(deployed ? [`where ${definition} = any(${textArray(deployed)})`] : []),
  ].join('\n');
}

/** The compared fields of a completed instance kept as its audit data. */
export const ARCHIVED_FIELDS = ['definition', 'state', 'audit'] as const;

/** One row per completed (not running) instance with a record id, with its audit trail. */
export function archivedInstancesSql(model: ProcessModel, mapping: ProcessMapping): string {
  const au = model.audit;
  const at = text('y', au.at);
  const grouped = groupedInstances(model, mapping, {
    running: false,
    withVariables: false,
    part: {
      table: au.table,
      instance: au.instance,
      fields: { activity: text('y', au.activity), at, action: text('y', au.action), actor: text('y', au.actor) },
      orderFirst: 'at',
    },
  });
  return [
    `select g.rid as record_id, ${mappedText('g.def', mapping.definitions)} as definition, g.state as state,`,
    `  (${renamedEntries(mapping, AUDIT_ENTRY, 'at')})::text as audit`,
    `from (\n${grouped}\n) as g`,
  ].join('\n');
}

/** Instances per (mapped) definition and state, with how many have no record id. */
export function instanceCountsSql(model: ProcessModel, mapping: ProcessMapping): string {
  const { from, definition: raw } = instancesWithDefinitions(model);
  const definition = mappedText(raw, mapping.definitions);
  return (
    `select ${definition} as definition, ${text('x', model.instances.state)} as state, count(*) as n, ` +
    `count(*) filter (where ${col('x', model.instances.recordId)} is null) as no_record, bool_or(${running(model)}) as running ` +
    `from ${from} group by 1, 2`
  );
}

/** The names (key@version) of the definitions deployed. */
export function definitionNamesSql(model: ProcessModel): string {
  return `select distinct ${definitionNameSql(model, 'd')} as name from ${quoteIdent(model.definitions.table)} as d`;
}

/** Record ids of running instances (with a record id) whose mapped definition is not in `deployed`. */
export function undeployedSql(model: ProcessModel, mapping: ProcessMapping, deployed: readonly string[], limit: number): string {
  const { from, definition: raw } = instancesWithDefinitions(model);
  const definition = mappedText(raw, mapping.definitions);
  return (
    `select ${text('x', model.instances.recordId)} as rid, ${definition} as def from ${from} ` +
    `where ${running(model)} and ${col('x', model.instances.recordId)} is not null and not coalesce(${definition} = any(${textArray(deployed)}), false) ` +
    `order by ${text('x', model.instances.recordId)} collate "C" limit ${limit}`
  );
}

/** Ids of running instances without a record id. */
export function unkeyedSql(model: ProcessModel, limit: number): string {
  return (
    `select ${text('x', model.instances.id)} as id from ${scopedInstances(model)} as x ` +
    `where ${running(model)} and ${col('x', model.instances.recordId)} is null order by ${text('x', model.instances.id)} collate "C" limit ${limit}`
  );
}

/**
 * The users a running instance names (its starter, the assignees of its open activities)
 * that the user directory lacks: one row per (record id, user). Groupings only, no join
 * (see the top of this file): per instance, then per user against the directory's ids.
 */
export function unknownUsersSql(model: ProcessModel): string {
  const i = model.instances;
  const a = model.activities;
  const u = model.users;
  const named = [
    `select g.rid, w.who from (`,
    `  select q.iid, max(q.rid) as rid, array_agg(q.who) filter (where q.who is not null) as who`,
    `  from (`,
    `    select (${col('x', i.id)})::text as iid, ${text('x', i.recordId)} as rid, ${text('x', i.starter)} as who, true as instance`,
    `    from ${scopedInstances(model)} as x where ${running(model)} and ${col('x', i.recordId)} is not null`,
    `    union all`,
    `    select (${col('y', a.instance)})::text, null, ${text('y', a.assignee)}, false from ${quoteIdent(a.table)} as y`,
    `    where ${text('y', a.state)} = any(${textArray(a.open)})`,
    `  ) as q group by q.iid having bool_or(q.instance)`,
    `) as g cross join lateral unnest(g.who) as w(who)`,
  ].join('\n');
  return [
    `select r.rid, m.who from (`,
    `  select n.who, array_agg(distinct n.rid) filter (where n.rid is not null) as rids`,
    `  from (${named}\n  union all\n  select null, ${text('u', u.id)} from ${quoteIdent(u.table)} as u) as n(rid, who)`,
    `  group by n.who having count(*) filter (where n.rid is null) = 0`,
    `) as m cross join lateral unnest(m.rids) as r(rid)`,
    `order by r.rid collate "C", m.who collate "C"`,
  ].join('\n');
}
