-- The old server's workflow engine at app version 1.0.0, as source document 001 pictures it:
-- process definitions, process instances working on a form record (record_id), their
-- activity instances (open and closed), workflow variables and an audit trail. These are
-- the harness's reference names (src/workflow/process-model.ts), so the scenario's
-- process model only names what differs on the new server.

create table wf_process_def (
  id             text primary key,          -- package#version#process, as Joget names them
  package_id     text not null,
  process_key    text not null,
  version        integer not null,
  name           text not null,
  first_activity text not null,             -- where a freshly started instance waits
  start_tools    text                       -- tools that run when an instance starts
);

create table wf_process (
  id              text primary key,
  process_def_id  text not null references wf_process_def (id),
  state           text not null,            -- open.running, closed.completed, closed.aborted, …
  record_id       text,                     -- the form record the instance works on
  started_by      text,
  started         timestamptz not null,
  last_state_time timestamptz not null
);
create index wf_process_record_idx on wf_process (record_id);

create table wf_activity (
  id              text primary key,
  process_id      text not null references wf_process (id),
  activity_def_id text not null,
  state           text not null,            -- open.not_running.not_started, open.running, closed.completed, …
  assignee        text,
  created         timestamptz not null
);
create index wf_activity_process_idx on wf_activity (process_id);

create table wf_variable (
  process_id text not null references wf_process (id),
  name       text not null,
  value      text,
  primary key (process_id, name)
);

create table wf_audit (
  id              bigint generated always as identity primary key,
  process_id      text not null references wf_process (id),
  activity_def_id text,
  action          text not null,
  actor           text,
  at              timestamptz not null
);
create index wf_audit_process_idx on wf_audit (process_id);

insert into wf_process_def (id, package_id, process_key, version, name, first_activity, start_tools) values
  ('workflow_app#1#leave_approval', 'workflow_app', 'leave_approval', 1, 'Leave approval', 'submit', null),
  ('workflow_app#3#expense_approval', 'workflow_app', 'expense_approval', 3, 'Expense approval', 'submit', 'set_claim_status');
