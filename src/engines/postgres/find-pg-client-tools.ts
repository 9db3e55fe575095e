import { execFile } from 'node:child_process';
import { access, constants, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { HarnessError } from '../../errors/harness-error.ts';

const run = promisify(execFile);

/** A folder holding `pg_dump` and `pg_restore`, and their version. */
export interface PgClientTools {
  dir: string;
  pgDump: string;
  pgRestore: string;
  /** As `pg_dump --version` prints it: `15.20`. */
  version: string;
  major: number;
}

export interface FindPgClientToolsOptions {
  /** The major of the server to dump: pg_dump refuses servers newer than itself. */
  serverMajor: number;
  /** Look only here (the scenario's or caller's choice). */
  binDir?: string;
  env?: NodeJS.ProcessEnv;
  /** The usual install locations, for tests. */
  usualDirs?: () => Promise<string[]>;
}

/**
 * Finds `pg_dump` and `pg_restore` that can dump a server of `serverMajor`: in `binDir`
 * when given, else in the usual places (Debian's `/usr/lib/postgresql/<major>/bin`,
 * Homebrew's `postgresql@<major>`, the PGDG `/usr/pgsql-<major>/bin`) and on PATH. Of those
 * new enough, the oldest is taken: its output uses the least new syntax, which an older
 * target reads best.
 *
 * @throws HarnessError `CONFIG_INVALID` when none is found or none is new enough, saying
 *   which were found and to use the logical copy instead.
 */
export async function findPgClientTools(options: FindPgClientToolsOptions): Promise<PgClientTools> {
  const env = options.env ?? process.env;
  const dirs = options.binDir
    ? [options.binDir]
    : [...(await (options.usualDirs ?? usualDirs)()), ...(env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  const found: PgClientTools[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const pgDump = path.join(dir, 'pg_dump');
    const pgRestore = path.join(dir, 'pg_restore');
    if (!(await isExecutable(pgDump)) || !(await isExecutable(pgRestore))) continue;
    const real = await realpath(pgDump).catch(() => pgDump);
    if (seen.has(real)) continue;
    seen.add(real);
    const version = await dumpVersion(pgDump);
    if (version) found.push({ dir, pgDump, pgRestore, ...version });
  }
  const where = options.binDir ? `in ${options.binDir}` : 'in the usual places or on PATH';
  const newEnough = found.filter((t) => t.major >= options.serverMajor).sort((a, b) => a.major - b.major);
  if (newEnough[0]) return newEnough[0];
  if (found.length === 0) {
    throw new HarnessError('CONFIG_INVALID', `The pg_dump copy needs pg_dump and pg_restore, but neither was found ${where}.`, {
      hint: `Install the PostgreSQL ${options.serverMajor} client tools (and name their folder with binDir), or copy with method logical, which needs no binaries.`,
    });
  }
  const newest = found.sort((a, b) => b.major - a.major)[0]!;
  throw new HarnessError(
    'CONFIG_INVALID',
    `pg_dump ${newest.version} (${newest.pgDump}) cannot dump the source, which runs PostgreSQL ${options.serverMajor}: pg_dump refuses servers newer than itself${found.length > 1 ? `, and the others found ${where} are older still` : ''}.`,
    { hint: `Install the PostgreSQL ${options.serverMajor} client tools (or newer) and name their folder with binDir, or copy with method logical, which works across versions.` },
  );
}

/** Parses `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`. */
export function parsePgDumpVersion(output: string): { version: string; major: number } | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const version = [match[1], match[2], match[3]].filter((p) => p !== undefined).join('.');
  return { version, major: Number(match[1]) };
}

async function dumpVersion(pgDump: string): Promise<{ version: string; major: number } | undefined> {
  try {
    const { stdout } = await run(pgDump, ['--version'], { timeout: 10_000 });
    return parsePgDumpVersion(stdout);
  } catch {
    return undefined;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function usualDirs(): Promise<string[]> {
  const dirs: string[] = [];
  for (const [root, pattern, suffix] of [
    ['/usr/lib/postgresql', /^\d+$/, 'bin'],
    ['/opt/homebrew/opt', /^postgresql@\d+$/, 'bin'],
    ['/usr/local/opt', /^postgresql@\d+$/, 'bin'],
    ['/usr', /^pgsql-\d+$/, 'bin'],
  ] as const) {
    const names = await readdir(root).catch(() => [] as string[]);
    for (const name of names.filter((n) => pattern.test(n))) dirs.push(path.join(root, name, suffix));
  }
  return dirs;
}
