import { quoteIdent, quoteLiteral, quoteName } from '../../engines/postgres/postgres-session.ts';
import type { ProcessModel } from '../../workflow/process-model.ts';
import { mappedText, textArray } from '../state/value-map-sql.ts';

/*
 * The SQL that canonicalises a workflow engine's tables into one row per instance, for
 * each side of the process-state check. Everything runs inside the database: grouped
 * aggregates joined by hash (no index needed, time proportional to the rows), every value
 * as text, arrays and objects as jsonb text (whose output is canonical: object keys
 * sorted, no insignificant spaces). Orders inside aggregates use the "C" collation, so two
 * servers with different collations still agree byte for byte.
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

/** Instances joined to their definitions, with the definition's name mapped to its successor. */
function instancesWithDefinitions(model: ProcessModel, mapping: ProcessMapping): { from: string; definition: string; rawDefinition: string } {
  const from = `${scopedInstances(model)} as x left join ${quoteIdent(model.definitions.table)} as d on ${col('d', model.definitions.id)} = ${col('x', model.instances.definition)}`;
  const rawDefinition = definitionNameSql(model, 'd');
  return { from, definition: mappedText(rawDefinition, mapping.definitions), rawDefinition };
}

function running(model: ProcessModel, alias = 'x'): string {
  return `${text(alias, model.instances.state)} = any(${textArray(model.instances.running)})`;
}

/** An activity's name after the renames of its instance's definition (`definition` is the source name). */
function renamedActivity(activity: string, definition: string, mapping: ProcessMapping): string {
  const renames = Object.entries(mapping.activities).filter(([, map]) => Object.keys(map).length > 0);
  if (renames.length === 0) return `(${activity})::text`;
  return `case ${definition} ${renames.map(([name, map]) => `when ${quoteLiteral(name)} then ${mappedText(activity, map)}`).join(' ')} else (${activity})::text end`;
}

/**
 * Per instance id (`iid`), a jsonb array of its rows of `table` (open activities, audit
 * entries) as objects, in a fixed order; activity names renamed by definition when the
 * mapping says so.
 */
function perInstance(
  model: ProcessModel,
  mapping: ProcessMapping,
  part: { table: string; instance: string; activity: string; where?: string; fields: Record<string, string>; orderFirst?: string },
): string {
  const needsDefinition = Object.values(mapping.activities).some((map) => Object.keys(map).length > 0);
  const join = needsDefinition
    ? ` join ${quoteIdent(model.instances.table)} as ix on ${col('ix', model.instances.id)} = ${col('y', part.instance)}` +
      ` left join ${quoteIdent(model.definitions.table)} as dx on ${col('dx', model.definitions.id)} = ${col('ix', model.instances.definition)}`
    : '';
  const activity = renamedActivity(col('y', part.activity), definitionNameSql(model, 'dx'), mapping);
  const fields = Object.entries(part.fields);
  const object = `jsonb_build_object('activity', r.activity${fields.map(([name, sql]) => `, ${quoteLiteral(name)}, ${sql}`).join('')})`;
  const rest = fields.map(([, sql]) => sql).filter((sql) => sql !== part.orderFirst);
  const order = [...(part.orderFirst ? [part.orderFirst] : []), 'r.activity', ...rest].map((sql) => `(${sql}) collate "C"`).join(', ');
  return (
    `select ${col('y', part.instance)} as iid, jsonb_agg(${object} order by ${order}) as list ` +
    `from ${quoteIdent(part.table)} as y${join} cross join lateral (select ${activity} as activity) as r` +
    `${part.where ? ` where ${part.where}` : ''} group by ${col('y', part.instance)}`
  );
}

/** Per instance id, a jsonb object of its variables (renamed, some left out). */
function variablesPerInstance(model: ProcessModel, mapping: ProcessMapping): string {
  const v = model.variables;
  const name = mappedText(col('z', v.name), mapping.variables.rename);
  const ignore = mapping.variables.ignore.length > 0 ? ` and ${text('z', v.name)} <> all(${textArray(mapping.variables.ignore)})` : '';
  return (
    `select ${col('z', v.instance)} as iid, jsonb_object_agg(${name}, ${text('z', v.value)}) as vars ` +
    `from ${quoteIdent(v.table)} as z where ${col('z', v.name)} is not null${ignore} group by ${col('z', v.instance)}`
  );
}

/** The compared fields of a running instance, in order. */
export const RUNNING_FIELDS = ['definition', 'state', 'starter', 'activities', 'variables'] as const;

/**
 * One row per running instance with a record id: `record_id`, then `RUNNING_FIELDS`.
 * `deployed`, when given, keeps the instances whose (mapped) definition is in it.
 */
export function runningInstancesSql(model: ProcessModel, mapping: ProcessMapping, deployed?: readonly string[]): string {
  const { from, definition } = instancesWithDefinitions(model, mapping);
  const i = model.instances;
  const a = model.activities;
  const activities = perInstance(model, mapping, {
    table: a.table,
    instance: a.instance,
    activity: a.definition,
    where: `${text('y', a.state)} = any(${textArray(a.open)})`,
    fields: { assignee: text('y', a.assignee) },
  });
  return [
    `select i.rid as record_id, i.def as definition, i.state as state, i.starter as starter,`,
    `  coalesce(a.list, '[]'::jsonb)::text as activities, coalesce(v.vars, '{}'::jsonb)::text as variables`,
    `from (`,
    `  select ${col('x', i.id)} as iid, ${text('x', i.recordId)} as rid, ${text('x', i.state)} as state, ${text('x', i.starter)} as starter, ${definition} as def`,
    `  from ${from}`,
    `  where ${running(model)} and ${col('x', i.recordId)} is not null${deployed ? ` and ${definition} = any(${textArray(deployed)})` : ''}`,
    `) as i`,
    `left join (${activities}) as a on a.iid = i.iid`,
    `left join (${variablesPerInstance(model, mapping)}) as v on v.iid = i.iid`,
  ].join('\n');
}

/** The compared fields of a completed instance kept as its audit data. */
export const ARCHIVED_FIELDS = ['definition', 'state', 'audit'] as const;

/** One row per completed (not running) instance with a record id, with its audit trail. */
export function archivedInstancesSql(model: ProcessModel, mapping: ProcessMapping): string {
  const { from, definition } = instancesWithDefinitions(model, mapping);
  const i = model.instances;
  const au = model.audit;
  const at = text('y', au.at);
  const trail = perInstance(model, mapping, {
    table: au.table,
    instance: au.instance,
    activity: au.activity,
    fields: { at, action: text('y', au.action), actor: text('y', au.actor) },
    orderFirst: at,
  });
  return [
    `select i.rid as record_id, i.def as definition, i.state as state, coalesce(t.list, '[]'::jsonb)::text as audit`,
    `from (`,
    `  select ${col('x', i.id)} as iid, ${text('x', i.recordId)} as rid, ${text('x', i.state)} as state, ${definition} as def`,
    `  from ${from}`,
    `  where not (${running(model)}) and ${col('x', i.recordId)} is not null`,
    `) as i`,
    `left join (${trail}) as t on t.iid = i.iid`,
  ].join('\n');
}

/** Instances per (mapped) definition and state, with how many have no record id. */
export function instanceCountsSql(model: ProcessModel, mapping: ProcessMapping): string {
  const { from, definition } = instancesWithDefinitions(model, mapping);
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
  const { from, definition } = instancesWithDefinitions(model, mapping);
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
 * that the user directory lacks: one row per (record id, user).
 */
export function unknownUsersSql(model: ProcessModel): string {
  const i = model.instances;
  const a = model.activities;
  const u = model.users;
  return [
    `select q.rid, q.who from (`,
    `  select ${text('x', i.recordId)} as rid, ${text('x', i.starter)} as who from ${scopedInstances(model)} as x`,
    `  where ${running(model)} and ${col('x', i.recordId)} is not null`,
    `  union`,
    `  select ${text('x', i.recordId)}, ${text('y', a.assignee)} from ${scopedInstances(model)} as x`,
    `  join ${quoteIdent(a.table)} as y on ${col('y', a.instance)} = ${col('x', i.id)}`,
    `  where ${running(model)} and ${col('x', i.recordId)} is not null and ${text('y', a.state)} = any(${textArray(a.open)})`,
    `) as q`,
    `where q.who is not null and not exists (select 1 from ${quoteIdent(u.table)} as u where ${text('u', u.id)} = q.who)`,
    `order by q.rid collate "C", q.who collate "C"`,
  ].join('\n');
}
