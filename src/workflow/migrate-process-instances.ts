import type { MigrationDatabase } from '../chain/migrator.ts';
import { migrationContext, type MigrationWarning } from '../chain/migration-context.ts';
import { compareKeys } from '../checks/compare-keys.ts';
import { MAX_KEYS_PER_FINDING } from '../checks/finding.ts';
import { definitionNameSql } from '../checks/process-state/process-sql.ts';
import { mappedText, textArray } from '../checks/state/value-map-sql.ts';
import { quoteIdent, quoteName } from '../engines/postgres/postgres-session.ts';
import { columnType } from './column-type.ts';
import { engineTablesServer } from './engine-tables-server.ts';
import { type ProcessModel, type ProcessModelInput, resolveProcessModel } from './process-model.ts';
import type { ProcessServer, ResumeRequest, StartRequest } from './process-server.ts';

export interface MigrateProcessInstancesOptions {
  /** The old server's engine tables, in this database (they came with the copied data). Default: the reference schema. */
  from?: ProcessModelInput;
  /** The new server's engine tables. Default: `from`, part by part. */
  to?: ProcessModelInput;
  /** Source definition (key@version) → the definition its instances continue in on the new server. */
  definitions?: Readonly<Record<string, string>>;
  /** Per source definition, source activity → the new definition's activity. */
  activities?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * How instances are started and resumed on the new server: your own calls to its API
   * (`processServerApi`), or, by default, `engineTablesServer` on the `to` tables.
   */
  server?: ProcessServer;
  /** Completed instances: `leave-behind` (default, not migrated) or `archive` (kept closed on the new server with their audit trail). */
  completed?: 'leave-behind' | 'archive';
  /**
   * Form-data tables to guard: each row of a migrated record is hashed before the start
   * and after the resumes, and a row that changed meanwhile (a start-of-process tool
   * wrote to it) is warned about, by record id.
   */
  formData?: ReadonlyArray<{ table: string; key: string }>;
  /** Instances per batch (default 1000). */
  batchSize?: number;
}

export interface ProcessMigrationResult {
  /** Running instances started again on the new server. */
  started: number;
  /** Resume calls, and how many of them aborted the pending default activity. */
  resumed: number;
  aborted: number;
  /** Completed instances archived (`completed: archive`). */
  archived: number;
  /** Completed instances left behind. */
  leftBehind: number;
  /** Running instances not migrated, with the reason and their first ids. */
  skipped: Array<{ reason: string; count: number; keys: string[] }>;
  warnings: MigrationWarning[];
}

interface Running {
  id: string;
  recordId: string;
  starter: string | null;
  definition: string;
  target: string;
}

/**
 * Moves the running process instances to the new server, the way source 001 does it, at
 * database level: list the running instances; start each again with the same record id,
 * starter and workflow variables (it waits at its first activity); then bring it to each
 * activity it had open, the first call with `abortCurrent: true` (aborting the pending
 * default activity), the later ones (parallel branches, multi-instance activities) with
 * `false`. Completed instances are left behind or archived. Form data and uploads must be
 * copied before (they are, in a pilot: the target starts as a copy).
 *
 * Use it from a TypeScript migrator; pass `server` to drive your real server's API
 * instead of writing its engine tables. Warnings (start-of-process tools that may alter
 * form data, rows that did change, instances that could not be started) are returned and,
 * in a pilot, listed in the report.
 *
 * @example
 * export default defineMigrator({
 *   from: '1.2.0', to: '2.0.0', description: 'move running instances to the new engine',
 *   async up(db) {
 *     await migrateProcessInstances(db, {
 *       to: { instances: { table: 'wfe_instance' } },
 *       definitions: { 'leave_approval@1': 'leave_approval@2' },
 *       activities: { 'leave_approval@1': { approve: 'manager_approval' } },
 *       formData: [{ table: 'app_fd_leave_request', key: 'id' }],
 *     });
 *   },
 * });
 */
export async function migrateProcessInstances(db: MigrationDatabase, options: MigrateProcessInstancesOptions = {}): Promise<ProcessMigrationResult> {
  const from = resolveProcessModel(options.from);
  const to = resolveProcessModel(options.to, from);
  const batchSize = options.batchSize ?? 1000;
  const server = options.server ?? (await engineTablesServer(db, to));
  const context = migrationContext();
  const result: ProcessMigrationResult = { started: 0, resumed: 0, aborted: 0, archived: 0, leftBehind: 0, skipped: [], warnings: [] };
  const skipped = new Map<string, { count: number; keys: string[] }>();
  const skip = (reason: string, key: string) => {
    const entry = skipped.get(reason) ?? { count: 0, keys: [] };
    entry.count++;
    if (entry.keys.length < MAX_KEYS_PER_FINDING) entry.keys.push(key);
    skipped.set(reason, entry);
  };

  const running = await listRunning(db, from, options.definitions ?? {});
  // Each batch's activities and variables are found through an index on the instance column, when there is one.
  const types = { activity: await columnType(db, from.activities.table, from.activities.instance), variable: await columnType(db, from.variables.table, from.variables.instance) };
  const changedForms: string[] = [];
  const noOpenActivity: string[] = [];
  const notStarted = new Map<string, string[]>();
  for (let offset = 0; offset < running.length; offset += batchSize) {
    const batch = running.slice(offset, offset + batchSize);
    const ids = batch.map((r) => r.id);
    const [open, variables] = await Promise.all([openActivities(db, from, ids, types.activity), variablesOf(db, from, ids, types.variable)]);
    const before = await formHashes(db, options.formData ?? [], batch.map((r) => r.recordId));

    const requests: StartRequest[] = batch.map((r) => ({
      definition: r.target,
      recordId: r.recordId,
      starter: r.starter,
      variables: variables.get(r.id) ?? {},
      sourceInstanceId: r.id,
    }));
    const newIds = await server.start(requests);
    const rounds: ResumeRequest[][] = [];
    batch.forEach((instance, n) => {
      const newId = newIds[n];
      if (newId === null || newId === undefined) {
        notStarted.set(instance.target, [...(notStarted.get(instance.target) ?? []), instance.recordId]);
        skip(`not started: the new server has no definition ${instance.target}`, instance.recordId);
        return;
      }
      result.started++;
      const activities = open.get(instance.id) ?? [];
      if (activities.length === 0) noOpenActivity.push(instance.recordId);
      const renames = options.activities?.[instance.definition] ?? {};
      activities.forEach((activity, k) => {
        (rounds[k] ??= []).push({
          instanceId: newId,
          activity: renames[activity.activity] ?? activity.activity,
          abortCurrent: k === 0,
          assignee: activity.assignee,
          recordId: instance.recordId,
        });
      });
    });
    for (const requestsOfRound of rounds) {
      await server.resume(requestsOfRound);
      result.resumed += requestsOfRound.length;
      result.aborted += requestsOfRound.filter((r) => r.abortCurrent).length;
    }

    const after = await formHashes(db, options.formData ?? [], batch.map((r) => r.recordId));
    for (const [key, hash] of before) if (after.get(key) !== hash) changedForms.push(key);
  }

  const warn = (warning: MigrationWarning) => {
    result.warnings.push(warning);
    context?.warn(warning);
  };
  const listed = (keys: string[]) => {
    const sorted = [...new Set(keys)].sort(compareKeys);
    return { keys: sorted.slice(0, MAX_KEYS_PER_FINDING), ...(sorted.length > MAX_KEYS_PER_FINDING ? { truncated: sorted.length } : {}) };
  };
  await warnStartTools(db, to, running, warn);
  if (changedForms.length > 0) {
    const tables = (options.formData ?? []).map((f) => f.table).join(', ');
    warn({
      code: 'process.form-data-changed',
      message:
        `Form data of ${changedForms.length} migrated record${changedForms.length === 1 ? '' : 's'} (${tables}) changed while their instances were started again: ` +
        'a start-of-process tool wrote to it (source 001). Preserve the original state, e.g. restore those rows after the step.',
      ...listed(changedForms.map((key) => key.split('\u0000')[1]!)),
    });
  }
  for (const [definition, records] of notStarted) {
    warn({
      code: 'process.definition-missing',
      message: `${records.length} running instance${records.length === 1 ? '' : 's'} could not be started: the new server has no definition ${definition}. Deploy it (or map the old definition to its successor).`,
      ...listed(records),
    });
  }
  if (noOpenActivity.length > 0) {
    warn({
      code: 'process.no-open-activity',
      message:
        `${noOpenActivity.length} running instance${noOpenActivity.length === 1 ? ' has' : 's have'} no open activity on the old server (waiting in a tool or a subflow): ` +
        'started again, each waits at its first activity, which is not where it was.',
      ...listed(noOpenActivity),
    });
  }

  if (options.completed === 'archive') result.archived = await archiveCompleted(db, from, to, options);
  else result.leftBehind = await countCompleted(db, from);
  result.skipped = [...skipped].map(([reason, entry]) => ({ reason, ...entry }));
  context?.log(
    `processes: ${result.started.toLocaleString('en-US')} running instances started again, ${result.resumed.toLocaleString('en-US')} resumes ` +
      `(${result.aborted.toLocaleString('en-US')} with abortCurrent), ` +
      (options.completed === 'archive' ? `${result.archived.toLocaleString('en-US')} completed archived` : `${result.leftBehind.toLocaleString('en-US')} completed left behind`),
  );
  return result;
}

const c = quoteName;

function scoped(model: ProcessModel): string {
  const table = quoteIdent(model.instances.table);
  return model.instances.where === undefined ? table : `(select * from ${table} where (\n${model.instances.where}\n))`;
}

/** Running instances with a record id, in id order, with their definition and its successor. */
async function listRunning(db: MigrationDatabase, model: ProcessModel, successors: Readonly<Record<string, string>>): Promise<Running[]> {
  const { instances: i, definitions: d } = model;
  const name = definitionNameSql(model, 'd');
  const { rows } = await db.query<{ id: string; record_id: string; starter: string | null; definition: string; target: string }>(
    `select x.${c(i.id)}::text as id, x.${c(i.recordId)}::text as record_id, x.${c(i.starter)}::text as starter,
            ${name} as definition, ${mappedText(name, successors)} as target
     from ${scoped(model)} as x join ${quoteIdent(d.table)} as d on d.${c(d.id)} = x.${c(i.definition)}
     where x.${c(i.state)}::text = any(${textArray(i.running)}) and x.${c(i.recordId)} is not null
     order by x.${c(i.id)}::text collate "C"`,
  );
  return rows.map((row) => ({ id: row.id, recordId: row.record_id, starter: row.starter, definition: row.definition, target: row.target }));
}

/** Open activities per instance id, in the order they were reached. */
async function openActivities(db: MigrationDatabase, model: ProcessModel, ids: readonly string[], idType: string): Promise<Map<string, { activity: string; assignee: string | null }[]>> {
  const a = model.activities;
  const order = [...(a.created === null ? [] : [`y.${c(a.created)}`]), `y.${c(a.definition)}::text collate "C"`, `y.${c(a.assignee)}::text collate "C"`];
  const { rows } = await db.query<{ instance: string; activity: string; assignee: string | null }>(
    `select y.${c(a.instance)}::text as instance, y.${c(a.definition)}::text as activity, y.${c(a.assignee)}::text as assignee
     from ${quoteIdent(a.table)} as y
     where y.${c(a.instance)} = any($1::text[]::${idType}[]) and y.${c(a.state)}::text = any(${textArray(a.open)})
     order by y.${c(a.instance)}::text, ${order.join(', ')}`,
    [ids],
  );
  const byInstance = new Map<string, { activity: string; assignee: string | null }[]>();
  for (const row of rows) byInstance.set(row.instance, [...(byInstance.get(row.instance) ?? []), { activity: row.activity, assignee: row.assignee }]);
  return byInstance;
}

async function variablesOf(db: MigrationDatabase, model: ProcessModel, ids: readonly string[], idType: string): Promise<Map<string, Record<string, string | null>>> {
  const v = model.variables;
  const { rows } = await db.query<{ instance: string; name: string; value: string | null }>(
    `select z.${c(v.instance)}::text as instance, z.${c(v.name)}::text as name, z.${c(v.value)}::text as value
     from ${quoteIdent(v.table)} as z where z.${c(v.instance)} = any($1::text[]::${idType}[]) and z.${c(v.name)} is not null`,
    [ids],
  );
  const byInstance = new Map<string, Record<string, string | null>>();
  for (const row of rows) byInstance.set(row.instance, { ...byInstance.get(row.instance), [row.name]: row.value });
  return byInstance;
}

/** `table NUL record id` → a hash of the whole row, for the guarded form tables. */
async function formHashes(db: MigrationDatabase, tables: ReadonlyArray<{ table: string; key: string }>, recordIds: readonly string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const { table, key } of tables) {
    const { rows } = await db.query<{ k: string; h: string }>(
      `select t.${c(key)}::text as k, md5(t::text) as h from ${quoteIdent(table)} as t where t.${c(key)}::text = any($1::text[])`,
      [recordIds],
    );
    for (const row of rows) hashes.set(`${table}\u0000${row.k}`, row.h);
  }
  return hashes;
}

/** Source 001: "If you have tools that run right at the start of the process flow, this may cause manipulation of form data state." */
async function warnStartTools(db: MigrationDatabase, to: ProcessModel, running: readonly Running[], warn: (warning: MigrationWarning) => void): Promise<void> {
  const d = to.definitions;
  if (d.startTools === null || running.length === 0) return;
  const started = [...new Set(running.map((r) => r.target))];
  const name = definitionNameSql(to, 'd');
  const { rows } = await db.query<{ name: string; tools: string }>(
    `select ${name} as name, d.${c(d.startTools)}::text as tools from ${quoteIdent(d.table)} as d
     where ${name} = any($1::text[]) and nullif(trim(d.${c(d.startTools)}::text), '') is not null order by 1`,
    [started],
  );
  for (const row of rows) {
    const records = running.filter((r) => r.target === row.name).map((r) => r.recordId).sort(compareKeys);
    warn({
      code: 'process.start-tools',
      message:
        `${records.length} instance${records.length === 1 ? ' was' : 's were'} started again in ${row.name}, whose start runs tools (${row.tools}): ` +
        'on a real server they run again and may change the form data of those records (source 001). Check the form data after the step ' +
        '(row parity of the form tables does), or disable the tools while migrating.',
      keys: records.slice(0, MAX_KEYS_PER_FINDING),
      ...(records.length > MAX_KEYS_PER_FINDING ? { truncated: records.length } : {}),
    });
  }
}

async function countCompleted(db: MigrationDatabase, from: ProcessModel): Promise<number> {
  const i = from.instances;
  const { rows } = await db.query<{ n: string }>(`select count(*)::text as n from ${scoped(from)} as x where not (x.${c(i.state)}::text = any(${textArray(i.running)}))`);
  return Number(rows[0]!.n);
}

/**
 * Completed instances kept on the new server as their audit data: a closed instance with
 * the same record id, definition (successor) and state, and its audit trail, activities
 * renamed. Set-based: two statements, whatever the count.
 */
async function archiveCompleted(db: MigrationDatabase, from: ProcessModel, to: ProcessModel, options: MigrateProcessInstancesOptions): Promise<number> {
  const [fi, fd, fa] = [from.instances, from.definitions, from.audit];
  const [ti, td, ta] = [to.instances, to.definitions, to.audit];
  const sourceName = definitionNameSql(from, 'd');
  const successor = mappedText(sourceName, options.definitions ?? {});
  const renames = Object.entries(options.activities ?? {});
  const activity = (column: string) =>
    renames.length === 0
      ? `${column}::text`
      : `case ${sourceName} ${renames.map(([definition, map]) => `when '${definition.replaceAll("'", "''")}' then ${mappedText(column, map)}`).join(' ')} else ${column}::text end`;
  const completed = `${scoped(from)} as x join ${quoteIdent(fd.table)} as d on d.${c(fd.id)} = x.${c(fi.definition)}
     join ${quoteIdent(td.table)} as nd on ${definitionNameSql(to, 'nd')} = ${successor}`;
  const isCompleted = `not (x.${c(fi.state)}::text = any(${textArray(fi.running)})) and x.${c(fi.recordId)} is not null`;
  const archiveId = archiveIdSql(`x.${c(fi.id)}`, await columnType(db, ti.table, ti.id), `${ti.table}.${ti.id}`);
  const { rows } = await db.query<{ n: string }>(
    `with archived as (
       insert into ${quoteIdent(ti.table)} (${[ti.id, ti.definition, ti.state, ti.recordId, ti.starter].map(c).join(', ')})
       select ${archiveId}, nd.${c(td.id)}, x.${c(fi.state)}, x.${c(fi.recordId)}, x.${c(fi.starter)}
       from ${completed}
       where ${isCompleted}
       returning 1)
     select count(*)::text as n from archived`,
  );
  await db.query(
    `insert into ${quoteIdent(ta.table)} (${[ta.instance, ta.activity, ta.action, ta.actor, ta.at].map(c).join(', ')})
     select ${archiveId}, ${activity(`w.${c(fa.activity)}`)}, w.${c(fa.action)}, w.${c(fa.actor)}, w.${c(fa.at)}
     from ${completed}
     join ${quoteIdent(fa.table)} as w on w.${c(fa.instance)} = x.${c(fi.id)}
     where ${isCompleted}`,
  );
  return Number(rows[0]!.n);
}

/**
 * The id an archived instance gets on the new server, derived from its old id so its audit
 * rows can name it: an md5 as the id column's type (uuid or text), or its first 60 bits for
 * a bigint column. Other id types have no safe derivation here.
 */
function archiveIdSql(oldId: string, type: string, column: string): string {
  const digest = `md5('pilot-archive:' || ${oldId}::text)`;
  if (type === 'uuid') return `${digest}::uuid`;
  if (type === 'text' || type.startsWith('character varying')) return `${digest}::${type}`;
  if (type === 'bigint') return `('x' || substr(${digest}, 1, 15))::bit(60)::bigint`;
  throw new Error(
    `Archiving completed instances needs ids it can derive from the old ones, and ${column} is ${type}: use a uuid, text or bigint id column, or leave completed instances behind (completed: 'leave-behind').`,
  );
}
