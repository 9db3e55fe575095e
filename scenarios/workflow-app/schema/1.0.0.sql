-- Workflow app 1.0.0, as its production database looks (source documents 000 and 001):
-- a user directory (dir_*), form-data tables (app_fd_*) whose fields are all text, and
-- the metadata of uploaded files (app_formuploads; the files live in wflow/app_formuploads).

create table dir_group (
  id          varchar(255) primary key,
  name        varchar(255) not null,
  description text
);

create table dir_user (
  id          varchar(255) primary key,
  username    varchar(255) not null unique,
  first_name  varchar(255),
  last_name   varchar(255),
  email       varchar(255),
  time_zone   varchar(255),
  locale      varchar(255),
  active      smallint not null default 1,
  created     timestamp not null
);

create table dir_user_group (
  group_id varchar(255) not null references dir_group (id),
  user_id  varchar(255) not null references dir_user (id),
  primary key (group_id, user_id)
);

create table app_fd_leave_request (
  id               varchar(255) primary key,
  "dateCreated"    timestamp,
  "dateModified"   timestamp,
  "createdBy"      varchar(255),
  "createdByName"  varchar(255),
  "modifiedBy"     varchar(255),
  c_employee       text,
  c_leave_type     text,
  c_start_date     text,
  c_end_date       text,
  c_days           text,
  c_reason         text,
  c_status         text,
  c_approver       text
);

create table app_fd_expense_claim (
  id             varchar(255) primary key,
  "dateCreated"  timestamp,
  "createdBy"    varchar(255),
  c_claimant     text,
  c_amount       text,
  c_currency     text,
  c_category     text,
  c_description  text,
  c_status       text
);

create table app_formuploads (
  id            varchar(255) primary key,
  form_id       varchar(255) not null,
  record_id     varchar(255) not null references app_fd_leave_request (id),
  file_name     varchar(255) not null,
  file_size     bigint not null,
  content_type  varchar(255),
  sha256        char(64),
  uploaded      timestamptz not null
);
