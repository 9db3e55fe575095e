import type { PostgresSession } from '../engines/postgres/postgres-session.ts';

/**
 * What a migrator gets to work with: raw SQL, nothing else. Migrators never see the
 * application's entities: the code that runs 1.3.0 → 2.0.0 ships with a later version
 * whose entities may no longer read 1.3.0 data (source document 004), so they read and
 * write rows and columns directly.
 *
 * @example
 * async up(db) {
 *   await db.exec('alter table app_fd_leave_request add column c_priority text');
 *   const { rows } = await db.query<{ n: string }>('select count(*)::text as n from app_fd_leave_request');
 * }
 */
export type MigrationDatabase = Pick<PostgresSession, 'query' | 'exec'>;

/**
 * A migrator as its author writes it, in a TypeScript or JavaScript module:
 * `export default defineMigrator({ … })`.
 */
export interface MigratorDefinition {
  /** The version the database must be at before this migrator runs: "1.1.0". */
  from: string;
  /** The version the database is at afterwards: "1.2.0". Must be above `from`. */
  to: string;
  /** Shown in reports and stored in the history table; defaults to the file name. */
  description?: string;
  /**
   * Run the migrator in its own transaction (default `true`), together with its history
   * row, so a failure leaves nothing behind. `false` for statements PostgreSQL refuses
   * inside a transaction, such as `CREATE INDEX CONCURRENTLY`: what ran before a failure
   * then stays in the database.
   */
  transaction?: boolean;
  up(db: MigrationDatabase): Promise<void> | void;
  /** Undoes `up`, for a rollback rehearsal. */
  down?(db: MigrationDatabase): Promise<void> | void;
}

/** A loaded migrator: its definition plus where it came from and the checksum of its file. */
export interface Migrator {
  from: string;
  to: string;
  description: string;
  transaction: boolean;
  up(db: MigrationDatabase): Promise<void>;
  down?(db: MigrationDatabase): Promise<void>;
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the scenario file's folder, with `/` separators: "migrations/1.0.0-1.1.0.sql". */
  relativeFile: string;
  kind: 'sql' | 'module';
  /** sha256 hex of the file's bytes, with CRLF read as LF. */
  checksum: string;
}

/** Where a migrator was loaded from. */
export type MigratorOrigin = Pick<Migrator, 'file' | 'relativeFile' | 'checksum'>;

/**
 * Declares a migrator module. It returns the definition unchanged; the loader validates
 * it and names the file when something is wrong.
 *
 * @example
 * export default defineMigrator({
 *   from: '1.1.0',
 *   to: '1.2.0',
 *   description: 'move expense amounts into their own table',
 *   async up(db) {
 *     await db.exec('create table app_fd_expense_amount (claim_id text primary key, amount numeric(12,2) not null)');
 *   },
 * });
 */
export function defineMigrator(definition: MigratorDefinition): MigratorDefinition {
  return definition;
}
