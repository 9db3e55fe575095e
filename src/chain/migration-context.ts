import { AsyncLocalStorage } from 'node:async_hooks';
import { HarnessError } from '../errors/harness-error.ts';
import type { FileTree } from '../files/file-tree.ts';

/**
 * Something a migrator noticed that does not stop the chain but deserves a look, e.g. that
 * restarting process instances runs start-of-process tools (source document 001). The run
 * lists these in its report.
 */
export interface MigrationWarning {
  /** Stable and dotted: `process.start-tools`. */
  code: string;
  message: string;
  /** Records concerned (at most `MAX_KEYS_PER_FINDING`), when there are some. */
  keys?: string[];
  /** How many there were in all, when more than `keys` holds. */
  truncated?: number;
}

/** What a migrator can reach besides SQL while a pilot runs its chain. */
export interface MigrationContext {
  /** The target's file tree of this name (a copy of the source's). */
  files(name: string): FileTree;
  warn(warning: MigrationWarning): void;
  log(line: string): void;
}

const storage = new AsyncLocalStorage<MigrationContext>();

/**
 * Runs `work` (the chain) with `context` reachable from the migrators it calls, however
 * deep: migrators keep their `up(db)` signature, and the run provides the rest.
 */
export function withMigrationContext<T>(context: MigrationContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The context of the chain being run, or `undefined` outside a pilot (a plain `runChain`). */
export function migrationContext(): MigrationContext | undefined {
  return storage.getStore();
}

/**
 * The target's file tree `name` (declared under `files` in the scenario), for a migrator
 * that moves or rewrites files, e.g. uploads following a new `storage_path`.
 *
 * @example
 * export default defineMigrator({ from: '1.2.0', to: '2.0.0', async up(db) {
 *   const uploads = migrationFiles('uploads');
 *   await uploads.move(['app_formuploads', form, record, name], ['uploads', record, form, name]);
 * } });
 */
export function migrationFiles(name: string): FileTree {
  const context = migrationContext();
  if (!context) {
    throw new HarnessError('CONFIG_INVALID', `migrationFiles(${JSON.stringify(name)}) was called outside a pilot run: there are no file trees here.`, {
      hint: 'File trees are declared under "files" in the scenario and exist while runPilot runs the chain.',
    });
  }
  return context.files(name);
}

/**
 * The context a pilot run gives its chain: the target's file trees, and warnings kept in
 * `warnings` (for the report) and logged.
 */
export function runMigrationContext(options: {
  files: ReadonlyMap<string, FileTree> | undefined;
  warnings: MigrationWarning[];
  log: (line: string) => void;
}): MigrationContext {
  return {
    files(name) {
      const tree = options.files?.get(name);
      if (tree) return tree;
      const names = [...(options.files?.keys() ?? [])];
      throw new HarnessError('CONFIG_INVALID', `A migrator asked for the file tree ${JSON.stringify(name)}, which the scenario does not declare.`, {
        path: ['files'],
        hint: names.length > 0 ? `Declared trees: ${names.join(', ')}.` : 'Declare it under "files" in the scenario, with "seed" or "from".',
      });
    },
    warn(warning) {
      options.warnings.push(warning);
      options.log(`warning: ${warning.code}: ${warning.message}`);
    },
    log: options.log,
  };
}
