import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

/** A folder holding a PostgreSQL server (`postgres`) and its `initdb`, and their version. */
export interface PostgresBinaries {
  /** The folder, symlinks resolved (`/usr/lib/postgresql/15/bin`). */
  readonly dir: string;
  /** `15.18` */
  readonly version: string;
  /** `15` (`9.6` before PostgreSQL 10). */
  readonly major: string;
}

export interface BinarySearch {
  /** Usable folders, in the order they were found (an explicit list first, else PATH, then the usual places). */
  readonly found: readonly PostgresBinaries[];
  /** Where it looked, in order, for messages (`/opt/pg/bin (from PILOT_PG_BIN)`, `PATH`, `/usr/lib/postgresql/<major>/bin`). */
  readonly lookedIn: readonly string[];
  /** Whether the folders were named (scenario `bin`, `options.bin`, `PILOT_PG_BIN`): then nothing else is searched. */
  readonly explicit: boolean;
}

export interface FindPostgresBinariesOptions {
  /** Folders named by the user, with where the name came from (`the scenario's bin`). Replaces the search. */
  explicit?: { dirs: readonly string[]; from: string };
  env?: NodeJS.ProcessEnv;
  /** The usual install places; `*` stands for the major (one path segment). */
  usualPlaces?: readonly string[];
}

/**
 * Where packages put server binaries: Debian/Ubuntu, RHEL (PGDG), Homebrew on Apple silicon
 * and Intel, Postgres.app, and a source build's default prefix.
 */
export const USUAL_PLACES: readonly string[] = [
  '/usr/lib/postgresql/*/bin',
  '/usr/pgsql-*/bin',
  '/opt/homebrew/opt/postgresql@*/bin',
  '/usr/local/opt/postgresql@*/bin',
  '/Applications/Postgres.app/Contents/Versions/*/bin',
  '/usr/local/pgsql/bin',
];

/**
 * Finds PostgreSQL server binaries: the folders named explicitly if any, else every folder
 * on PATH holding `postgres`, then the usual install places. A folder counts when it holds
 * executable `postgres` and `initdb` and `postgres --version` answers.
 *
 * @example
 * const { found } = await findPostgresBinaries();
 * // [{ dir: '/usr/lib/postgresql/15/bin', version: '15.18', major: '15' }]
 */
export async function findPostgresBinaries(options: FindPostgresBinariesOptions = {}): Promise<BinarySearch> {
  const env = options.env ?? process.env;
  let dirs: string[];
  let lookedIn: string[];
  if (options.explicit) {
    dirs = [...options.explicit.dirs];
    lookedIn = dirs.map((dir) => `${dir} (from ${options.explicit!.from})`);
  } else {
    const places = options.usualPlaces ?? USUAL_PLACES;
    const onPath = await serverDirsOnPath(env.PATH ?? '');
    const usual = (await Promise.all(places.map(expandPlace))).flat();
    dirs = [...onPath, ...usual];
    lookedIn = ['PATH', ...places.map((place) => place.replace('*', '<major>'))];
  }
  const seen = new Set<string>();
  const found: PostgresBinaries[] = [];
  for (const dir of dirs) {
    const binaries = await readBinaries(dir);
    if (binaries && !seen.has(binaries.dir)) {
      seen.add(binaries.dir);
      found.push(binaries);
    }
  }
  return { found, lookedIn, explicit: options.explicit !== undefined };
}

/**
 * The binaries for a major (`"15"`, or a full version whose major counts), or the newest
 * found when none is asked for. Among several of one major, the first found wins, so PATH
 * order and an explicit list decide.
 */
export function choosePostgresBinaries(found: readonly PostgresBinaries[], engineVersion: string | undefined): PostgresBinaries | undefined {
  if (engineVersion !== undefined) return found.find((b) => b.major === majorOf(engineVersion));
  return found.reduce<PostgresBinaries | undefined>((best, b) => (best && compareVersions(best.version, b.version) >= 0 ? best : b), undefined);
}

/** `15.18` → `15`; `9.6.24` → `9.6`. */
export function majorOf(version: string): string {
  const parts = version.split('.');
  return Number(parts[0]) >= 10 || parts.length === 1 ? parts[0]! : `${parts[0]}.${parts[1]}`;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// The same folder is probed by every start and probe; its answer does not change while we run.
const probed = new Map<string, Promise<PostgresBinaries | undefined>>();

function readBinaries(dir: string): Promise<PostgresBinaries | undefined> {
  let answer = probed.get(dir);
  if (!answer) {
    answer = readBinariesUncached(dir);
    probed.set(dir, answer);
  }
  return answer;
}

async function readBinariesUncached(dir: string): Promise<PostgresBinaries | undefined> {
  try {
    const real = await realpath(dir);
    if (!(await executable(path.join(real, 'postgres'))) || !(await executable(path.join(real, 'initdb')))) return undefined;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(path.join(real, 'postgres'), ['--version'], { timeout: 10_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    // `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`
    const version = /\(PostgreSQL\)\s+(\d+(?:\.\d+)*)/.exec(output)?.[1];
    return version ? { dir: real, version, major: majorOf(version) } : undefined;
  } catch {
    return undefined;
  }
}

async function serverDirsOnPath(searchPath: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const entry of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(entry, 'postgres');
    // Debian's /usr/bin/pg_ctl is a wrapper script; the real folder is where `postgres` resolves to.
    if (await executable(candidate)) dirs.push(path.dirname(await realpath(candidate).catch(() => candidate)));
  }
  return dirs;
}

async function expandPlace(place: string): Promise<string[]> {
  const star = place.indexOf('*');
  if (star < 0) return [place];
  const parent = place.slice(0, place.lastIndexOf('/', star));
  const segmentStart = parent.length + 1;
  const segmentEnd = place.indexOf('/', star);
  const prefix = place.slice(segmentStart, star);
  const suffixInSegment = place.slice(star + 1, segmentEnd < 0 ? undefined : segmentEnd);
  const rest = segmentEnd < 0 ? '' : place.slice(segmentEnd);
  try {
    const names = await readdir(parent);
    return names
      .filter((name) => name.startsWith(prefix) && name.endsWith(suffixInSegment) && name.length > prefix.length + suffixInSegment.length)
      .map((name) => `${parent}/${name}${rest}`);
  } catch {
    return [];
  }
}

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
