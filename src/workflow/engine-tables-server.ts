import { createHash } from 'node:crypto';
import type { MigrationDatabase } from '../chain/migrator.ts';
import { definitionNameSql } from '../checks/process-state/process-sql.ts';
import { quoteIdent, quoteName } from '../engines/postgres/postgres-session.ts';
import { columnType } from './column-type.ts';
import type { ProcessModel } from './process-model.ts';
import type { ProcessServer, ResumeRequest, StartRequest } from './process-server.ts';

export interface EngineTablesServerOptions {
  /** Write start, abort and resume entries to the model's audit table (default: when the table exists). */
  audit?: boolean;
}

/**
 * The new server's side of source 001's procedure, done at database level on its engine
 * tables (`model`), for a pilot without a running application server:
 *
 * - `start` inserts the instance (running, same record id and starter, the definition found
 *   by name), its variables, and a pending activity at the definition's first activity;
 * - `resume` with `abortCurrent` aborts the instance's open activities (the pending
 *   default one), then opens the activity with its assignee; without it, it only opens it.
 *
 * Each call is a few set-based statements for the whole batch. New ids are UUIDs derived
 * from the old ones, so a run gives the same ids every time; the model's id columns must
 * hold them (text, varchar or uuid).
 *
 * @example
 * const server = await engineTablesServer(db, resolveProcessModel({ instances: { table: 'wfe_instance' } }));
 */
export async function engineTablesServer(db: MigrationDatabase, model: ProcessModel, options: EngineTablesServerOptions = {}): Promise<ProcessServer> {
  const { definitions: d, instances: i, activities: a, variables: v, audit: au } = model;
  const firstActivity = d.firstActivity;
  if (firstActivity === null) {
    throw new Error(
      `engineTablesServer: the model names no first-activity column of ${JSON.stringify(d.table)} (definitions.firstActivity), so started instances have nowhere to wait.`,
    );
  }
  const exists = async (table: string) => (await db.query<{ t: string | null }>('select to_regclass($1)::text as t', [quoteIdent(table)])).rows[0]?.t != null;
  for (const [part, table] of [['definitions', d.table], ['instances', i.table], ['activities', a.table], ['variables', v.table]] as const) {
    if (!(await exists(table))) throw new Error(`engineTablesServer: table ${JSON.stringify(table)} (${part}) does not exist on the new server's side.`);
  }
  const writeAudit = options.audit ?? (await exists(au.table));
  // Values travel as text arrays and are cast to each column's own type where they land.
  const typeOf = (table: string, column: string) =>
    columnType(db, table, column).catch((error: unknown) => {
      throw new Error(`engineTablesServer: ${(error as Error).message}`);
    });
  const types = {
    instanceId: await typeOf(i.table, i.id),
    activityId: await typeOf(a.table, a.id),
    activityInstance: await typeOf(a.table, a.instance),
    variableInstance: await typeOf(v.table, v.instance),
    auditInstance: writeAudit ? await typeOf(au.table, au.instance) : 'text',
  };
  const pending = a.open.includes('open.not_running.not_started') ? 'open.not_running.not_started' : a.open[0]!;
  const runningState = i.running[0]!;
  const c = quoteName;
  const created = a.created === null ? [] : [a.created];
  let round = 0;

  const audit = async (rows: { instance: string; activity: string | null; action: string; actor: string | null }[]) => {
    if (!writeAudit || rows.length === 0) return;
    await db.query(
      `insert into ${quoteIdent(au.table)} (${[au.instance, au.activity, au.action, au.actor, au.at].map(c).join(', ')})
       select r.instance::${types.auditInstance}, r.activity, r.action, r.actor, clock_timestamp()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as r(instance, activity, action, actor)`,
      [rows.map((r) => r.instance), rows.map((r) => r.activity), rows.map((r) => r.action), rows.map((r) => r.actor)],
    );
  };

  return {
    async start(requests: readonly StartRequest[]) {
      if (requests.length === 0) return [];
      const wanted = requests.map((r) => derivedId(`pilot-start:${r.sourceInstanceId}`));
      // A definition the new server does not deploy starts nothing: its requests get no id.
      const { rows } = await db.query<{ id: string }>(
        `insert into ${quoteIdent(i.table)} (${[i.id, i.definition, i.state, i.recordId, i.starter].map(c).join(', ')})
         select r.id::${types.instanceId}, d.${c(d.id)}, $5, r.record_id, r.starter
         from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as r(id, definition, record_id, starter)
         join ${quoteIdent(d.table)} as d on ${definitionNameSql(model, 'd')} = r.definition
         returning ${c(i.id)}::text as id`,
        [wanted, requests.map((r) => r.definition), requests.map((r) => r.recordId), requests.map((r) => r.starter), runningState],
      );
      const inserted = new Set(rows.map((row) => row.id));
      const ids = wanted.map((id) => (inserted.has(id) ? id : null));
      const started = requests.flatMap((request, n) => (ids[n] === null ? [] : [{ request, id: ids[n]! }]));
      const variables = started.flatMap(({ request, id }) => Object.entries(request.variables).map(([name, value]) => ({ id, name, value })));
      if (variables.length > 0) {
        await db.query(
          `insert into ${quoteIdent(v.table)} (${[v.instance, v.name, v.value].map(c).join(', ')})
           select r.instance::${types.variableInstance}, r.name, r.value from unnest($1::text[], $2::text[], $3::text[]) as r(instance, name, value)`,
          [variables.map((x) => x.id), variables.map((x) => x.name), variables.map((x) => x.value)],
        );
      }
      // The new instance waits at its definition's first activity, unassigned, as a fresh start does.
      await db.query(
        `insert into ${quoteIdent(a.table)} (${[a.id, a.instance, a.definition, a.state, ...created].map(c).join(', ')})
         select r.activity_id::${types.activityId}, x.${c(i.id)}, d.${c(firstActivity)}, $3${created.length > 0 ? ', clock_timestamp()' : ''}
         from unnest($1::text[], $2::text[]) as r(instance, activity_id)
         join ${quoteIdent(i.table)} as x on x.${c(i.id)} = r.instance::${types.instanceId}
         join ${quoteIdent(d.table)} as d on d.${c(d.id)} = x.${c(i.definition)}`,
        [started.map((s) => s.id), started.map((s) => derivedId(`pilot-first:${s.id}`)), pending],
      );
      await audit(started.map(({ request, id }) => ({ instance: id, activity: null, action: 'start', actor: request.starter })));
      return ids;
    },

    async resume(requests: readonly ResumeRequest[]) {
      if (requests.length === 0) return;
      round++;
      const aborting = requests.filter((r) => r.abortCurrent).map((r) => r.instanceId);
      if (aborting.length > 0) {
        const { rows } = await db.query<{ instance: string; activity: string }>(
          `update ${quoteIdent(a.table)} set ${c(a.state)} = 'closed.aborted'
           where ${c(a.instance)} = any($1::text[]::${types.activityInstance}[]) and ${c(a.state)}::text = any($2::text[])
           returning ${c(a.instance)}::text as instance, ${c(a.definition)}::text as activity`,
          [aborting, a.open],
        );
        await audit(rows.map((row) => ({ instance: row.instance, activity: row.activity, action: 'abort', actor: null })));
      }
      await db.query(
        `insert into ${quoteIdent(a.table)} (${[a.id, a.instance, a.definition, a.state, a.assignee, ...created].map(c).join(', ')})
         select r.id::${types.activityId}, r.instance::${types.activityInstance}, r.activity, $5, r.assignee${created.length > 0 ? ', clock_timestamp()' : ''}
         from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as r(id, instance, activity, assignee)`,
        [
          requests.map((r) => derivedId(`pilot-resume:${r.instanceId}:${round}`)),
          requests.map((r) => r.instanceId),
          requests.map((r) => r.activity),
          requests.map((r) => r.assignee),
          pending,
        ],
      );
      await audit(requests.map((r) => ({ instance: r.instanceId, activity: r.activity, action: 'resume', actor: r.assignee })));
    },
  };
}

/** A UUID (text) that is a pure function of `seed`, like PostgreSQL's `md5(seed)::uuid`. */
export function derivedId(seed: string): string {
  const hex = createHash('md5').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
