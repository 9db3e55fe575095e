import type { ProcessModelInput } from 'migration-pilot';

/**
 * Where the new server's workflow engine (app 2.0.0) keeps its processes. The old
 * server's tables are the harness's reference names (wf_*); these differ in every name.
 * The scenario's process-state check declares the same model on its own: the check does
 * not trust the migrator's idea of the tables.
 */
export const NEW_ENGINE = {
  definitions: { table: 'wfe_definition', id: 'id', key: 'key', version: 'version', firstActivity: 'first_activity', startTools: 'start_tools' },
  instances: { table: 'wfe_instance', id: 'id', definition: 'definition_id', state: 'status', recordId: 'business_key', starter: 'initiator' },
  activities: { table: 'wfe_task', id: 'id', instance: 'instance_id', definition: 'activity_key', state: 'status', assignee: 'assignee', created: 'created_at' },
  variables: { table: 'wfe_variable', instance: 'instance_id', name: 'name', value: 'value' },
  audit: { table: 'wfe_history', instance: 'instance_id', activity: 'activity_key', action: 'action', actor: 'actor', at: 'at' },
} satisfies ProcessModelInput;

/** The new engine's tables, and the app's 2.0.0 process definitions deployed in them. */
export const NEW_ENGINE_DDL = `
  create table wfe_definition (
    id             text primary key,
    key            text not null,
    version        integer not null,
    first_activity text not null,
    start_tools    text,
    unique (key, version)
  );
  create table wfe_instance (
    id            uuid primary key,
    definition_id text not null references wfe_definition (id),
    status        text not null,
    business_key  text,
    initiator     text,
    started_at    timestamptz not null default now()
  );
  create index wfe_instance_business_key_idx on wfe_instance (business_key);
  create table wfe_task (
    id           uuid primary key,
    instance_id  uuid not null references wfe_instance (id),
    activity_key text not null,
    status       text not null,
    assignee     text,
    created_at   timestamptz not null default now()
  );
  create index wfe_task_instance_idx on wfe_task (instance_id);
  create table wfe_variable (
    instance_id uuid not null references wfe_instance (id),
    name        text not null,
    value       text,
    primary key (instance_id, name)
  );
  create table wfe_history (
    id           bigint generated always as identity primary key,
    instance_id  uuid not null references wfe_instance (id),
    activity_key text,
    action       text not null,
    actor        text,
    at           timestamptz not null default now()
  );
  create index wfe_history_instance_idx on wfe_history (instance_id);
  -- 2.0.0 ships leave_approval version 2, whose approve step is now manager_approval; the
  -- expense process is unchanged, and its start still runs a tool that sets the claim's status.
  insert into wfe_definition (id, key, version, first_activity, start_tools) values
    ('leave_approval:2', 'leave_approval', 2, 'submit', null),
    ('expense_approval:3', 'expense_approval', 3, 'submit', 'set_claim_status');
`;
