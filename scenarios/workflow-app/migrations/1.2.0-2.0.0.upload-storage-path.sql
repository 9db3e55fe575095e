-- @from 1.2.0
-- @to 2.0.0
-- @description record where each upload is stored, and index it
-- 2.0.0 is mandatory: its file service looks uploads up by storage_path, so every
-- installation must pass through this backfill before any later version runs. The column
-- stays nullable: 1.x nodes that still insert uploads during a rolling upgrade know nothing of it.
alter table app_formuploads add column storage_path text;

update app_formuploads
set storage_path = 'app_formuploads/' || form_id || '/' || record_id || '/' || file_name;

create index app_formuploads_storage_path_idx on app_formuploads (storage_path);
