import {
  engineTablesServer,
  type MigrationDatabase,
  migrateProcessInstances,
  migrationFiles,
  type ProcessServer,
  resolveProcessModel,
} from 'migration-pilot';
import { NEW_ENGINE, NEW_ENGINE_DDL } from './new-engine.ts';

export interface MoveToNewServerOptions {
  /**
   * The new server as the migration drives it; default: its engine tables. The broken
   * fixtures (fixtures/move/) wrap it to rehearse what a faulty API client does.
   */
  server?: (db: MigrationDatabase) => Promise<ProcessServer>;
  /** The uploads to move, in order (default: all of them); the broken fixtures lose some. */
  uploads?: <T>(rows: T[]) => T[];
}

/**
 * The 2.0.0 step on the new server (source documents 000 and 001), shared by the example's
 * migrator and the broken fixtures. Form data, the user directory and the uploads arrived
 * as a copy (the old server stays intact). It:
 *
 * 1. records where each upload is stored in 2.0.0 (by record, then form) and moves the
 *    files there;
 * 2. creates the new engine's tables with the 2.0.0 process definitions;
 * 3. starts every running instance again on the new engine with its record id, starter
 *    and variables, and brings it back to the activities it had open (abortCurrent on the
 *    first resume only); completed instances are archived with their audit trail.
 */
export async function moveToNewServer(db: MigrationDatabase, options: MoveToNewServerOptions = {}): Promise<void> {
  await db.exec(`
    alter table app_formuploads add column storage_path text;
    update app_formuploads set storage_path = 'uploads/' || record_id || '/' || form_id || '/' || file_name;
    create index app_formuploads_storage_path_idx on app_formuploads (storage_path);
  `);
  const uploads = migrationFiles('uploads');
  const { rows } = await db.query<{ form_id: string; record_id: string; file_name: string }>(
    'select distinct form_id, record_id, file_name from app_formuploads order by 1, 2, 3',
  );
  for (const { form_id: form, record_id: record, file_name: name } of options.uploads?.(rows) ?? rows) {
    await uploads.move(['app_formuploads', form, record, name], ['uploads', record, form, name]);
  }

  await db.exec(NEW_ENGINE_DDL);
  await migrateProcessInstances(db, {
    to: NEW_ENGINE,
    ...(options.server ? { server: await options.server(db) } : {}),
    definitions: { 'leave_approval@1': 'leave_approval@2', 'expense_approval@3': 'expense_approval@3' },
    activities: { 'leave_approval@1': { approve: 'manager_approval' } },
    completed: 'archive',
    formData: [
      { table: 'app_fd_leave_request', key: 'id' },
      { table: 'app_fd_expense_claim', key: 'id' },
    ],
  });
}

/** The new server's engine tables, the default `server`. */
export function newEngineServer(db: MigrationDatabase): Promise<ProcessServer> {
  return engineTablesServer(db, resolveProcessModel(NEW_ENGINE));
}
