/*
 * Where a workflow engine keeps its processes, as table and column names. Engines differ
 * (Joget's Shark tables, Camunda's ACT_*, a home-grown `wf_*`), so nothing in the harness
 * names a table itself: the process-state check and `migrateProcessInstances` read and
 * write through a model. The defaults are the reference schema of the workflow-app-move
 * example (`wf_*`, Shark's state names), so a scenario only writes what differs.
 */

/** Process definitions: one row per deployed definition and version. */
export interface DefinitionsModel {
  table: string;
  id: string;
  /** The definition's name across versions: "leave_approval". */
  key: string;
  /** Its version; definitions are then named `key@version` ("leave_approval@1"). `null`: no versions. */
  version: string | null;
  /** The activity a freshly started instance waits at (needed to start instances at database level). */
  firstActivity: string | null;
  /** Tools that run when an instance starts (text), whose effect on form data source 001 warns about. */
  startTools: string | null;
}

/** Process instances. */
export interface InstancesModel {
  table: string;
  id: string;
  /** References `definitions.id`. */
  definition: string;
  state: string;
  /** The form record the instance works on (Joget's record id): what identifies an instance across servers. */
  recordId: string;
  /** The user who started it. */
  starter: string;
  /** States of an instance that is still running. */
  running: string[];
  /** An SQL condition over the instances table (its columns unqualified) that keeps the app's instances only. */
  where?: string;
}

/** Activity instances, open and closed. */
export interface ActivitiesModel {
  table: string;
  id: string;
  /** References `instances.id`. */
  instance: string;
  /** The activity's definition id within its process: "approve". */
  definition: string;
  state: string;
  assignee: string;
  /** States of an activity that is still open (pending or accepted). */
  open: string[];
  /** Orders the open activities of one instance (creation time), so they are resumed in the order they were reached. */
  created: string | null;
}

/** Workflow variables, one row per instance and name. */
export interface VariablesModel {
  table: string;
  /** References `instances.id`. */
  instance: string;
  name: string;
  value: string;
}

/** The audit trail: what happened to each instance. */
export interface AuditModel {
  table: string;
  /** References `instances.id`. */
  instance: string;
  activity: string;
  action: string;
  actor: string;
  at: string;
}

/** The user directory, to find the starters and assignees on the other server. */
export interface UsersModel {
  table: string;
  id: string;
}

export interface ProcessModel {
  definitions: DefinitionsModel;
  instances: InstancesModel;
  activities: ActivitiesModel;
  variables: VariablesModel;
  audit: AuditModel;
  users: UsersModel;
}

/** What a scenario or a caller writes: any part of the model, the rest defaulted. */
export type ProcessModelInput = { [K in keyof ProcessModel]?: Partial<ProcessModel[K]> };

const OPEN_STATES = ['open.running', 'open.not_running.not_started', 'open.not_running.suspended'];

/** The reference engine schema: `scenarios/workflow-app-move/schema/workflow-engine.sql`. */
export const DEFAULT_PROCESS_MODEL: ProcessModel = {
  definitions: { table: 'wf_process_def', id: 'id', key: 'process_key', version: 'version', firstActivity: 'first_activity', startTools: 'start_tools' },
  instances: { table: 'wf_process', id: 'id', definition: 'process_def_id', state: 'state', recordId: 'record_id', starter: 'started_by', running: OPEN_STATES },
  activities: {
    table: 'wf_activity',
    id: 'id',
    instance: 'process_id',
    definition: 'activity_def_id',
    state: 'state',
    assignee: 'assignee',
    open: OPEN_STATES,
    created: 'created',
  },
  variables: { table: 'wf_variable', instance: 'process_id', name: 'name', value: 'value' },
  audit: { table: 'wf_audit', instance: 'process_id', activity: 'activity_def_id', action: 'action', actor: 'actor', at: 'at' },
  users: { table: 'dir_user', id: 'id' },
};

/**
 * A whole model: each part given over the same part of `base` (default: the reference
 * schema), so `{ instances: { table: 'wfe_instance' } }` renames one table and keeps its
 * column names.
 *
 * @example
 * const target = resolveProcessModel({ instances: { table: 'wfe_instance', state: 'status' } }, source);
 */
export function resolveProcessModel(input: ProcessModelInput | undefined, base: ProcessModel = DEFAULT_PROCESS_MODEL): ProcessModel {
  const part = <K extends keyof ProcessModel>(key: K): ProcessModel[K] => {
    const given = Object.fromEntries(Object.entries(input?.[key] ?? {}).filter(([, value]) => value !== undefined));
    return { ...base[key], ...given } as ProcessModel[K];
  };
  return {
    definitions: part('definitions'),
    instances: part('instances'),
    activities: part('activities'),
    variables: part('variables'),
    audit: part('audit'),
    users: part('users'),
  };
}

/**
 * How definitions are named in mappings and reports: `key@version`, or `key` when the model
 * has no version column.
 */
export function definitionName(key: string, version: string | null | undefined): string {
  return version === null || version === undefined ? key : `${key}@${version}`;
}
