-- @from 1.0.0
-- @to 1.1.0
-- @description add a priority to leave requests
-- Adding a column with a constant default is a catalog-only change in PostgreSQL 11+:
-- no table rewrite, so it takes the same time at any size.
alter table app_fd_leave_request add column c_priority text not null default 'normal';
