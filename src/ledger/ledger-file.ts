import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, mkdir } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { entryHash, GENESIS, type LedgerEntry, type LedgerEntryDraft, sealEntry } from './ledger-entry.ts';

/** Where `pilot run` records and `pilot promote` reads, unless told otherwise: `$PILOT_LEDGER`, else `.pilot/ledger.jsonl`. */
export function defaultLedgerFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.PILOT_LEDGER || path.join('.pilot', 'ledger.jsonl');
}

/** A ledger as read: its entries, and every sign of tampering found. */
export interface LedgerContents {
  file: string;
  entries: LedgerEntry[];
  /** Empty for an intact ledger. Each names the line and what is wrong with it. */
  problems: LedgerProblem[];
}

export interface LedgerProblem {
  line: number;
  message: string;
}

/**
 * Reads a ledger (one JSON entry per line) and verifies its hash chain: each entry's hash
 * must match its content, its `prev` the hash of the line before, its `seq` its place. A
 * missing file is an empty ledger.
 *
 * @example
 * const { entries, problems } = await readLedger('.pilot/ledger.jsonl');
 * if (problems.length > 0) console.error(problems[0].message);
 */
export async function readLedger(file: string): Promise<LedgerContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, entries: [], problems: [] };
    throw new HarnessError('LEDGER', `The ledger ${file} could not be read: ${(error as Error).message}`, { file, cause: error });
  }
  return verifyLedgerText(text, file);
}

/** Verifies ledger text; exported for tests and tools that hold the text already. */
export function verifyLedgerText(text: string, file = 'ledger'): LedgerContents {
  const entries: LedgerEntry[] = [];
  const problems: LedgerProblem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else if (lines.length > 0) problems.push({ line: lines.length, message: `line ${lines.length} does not end with a newline: the ledger was cut or edited by hand.` });
  let previous: LedgerEntry | undefined;
  lines.forEach((line, index) => {
    const at = index + 1;
    let entry: LedgerEntry;
    try {
      entry = JSON.parse(line) as LedgerEntry;
    } catch {
      problems.push({ line: at, message: `line ${at} is not a JSON entry.` });
      return;
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.content !== 'object' || entry.content === null) {
      problems.push({ line: at, message: `line ${at} is not a ledger entry (it is JSON, but not an entry object).` });
      return;
    }
    if (entry.hash !== entryHash(entry)) {
      problems.push({ line: at, message: `line ${at} (entry #${entry.seq}, ${entry.kind} of ${entry.scenario}${entry.stage ? ` ${entry.stage}` : ''}) does not match its hash: it was changed after it was written.` });
    }
    const expectedPrev = previous?.hash ?? (index === 0 ? GENESIS : undefined);
    if (expectedPrev !== undefined && entry.prev !== expectedPrev) {
      problems.push({
        line: at,
        message: index === 0 ? `line 1 does not start the chain: entries before it were removed.` : `line ${at} does not follow line ${at - 1} (its "prev" is another hash): an entry was removed, inserted or moved.`,
      });
    }
    if (entry.seq !== at) problems.push({ line: at, message: `line ${at} holds entry #${entry.seq}: entries were removed, inserted or moved.` });
    entries.push(entry);
    previous = entry;
  });
  return { file, entries, problems };
}

export interface AppendOptions {
  /** How long to wait for another writer's lock (default 10 s). */
  lockTimeoutMs?: number;
}

/**
 * Appends one entry, chained to the last. Two writers (two CI jobs sharing the file) are
 * serialised by a lock file created exclusively beside the ledger; a lock left by a process
 * that died is taken over. The new ledger is written to a temporary file, flushed and
 * renamed over the old one, so a reader (or a crash) sees the ledger before or after the
 * append, never half of it. A ledger whose chain is broken is not appended to.
 *
 * @throws HarnessError `LEDGER` when the ledger is tampered with, locked for too long, or cannot be written.
 */
export async function appendToLedger(file: string, draft: LedgerEntryDraft, options: AppendOptions = {}): Promise<LedgerEntry> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const release = await lock(file, options.lockTimeoutMs ?? 10_000);
  try {
    const current = await readLedger(file);
    if (current.problems.length > 0) {
      throw new HarnessError('LEDGER', `The ledger ${file} has been tampered with, so nothing more is recorded in it: ${current.problems[0]!.message}`, {
        file,
        hint: 'Restore the ledger from version control or the CI artifact it came from; a ledger is only evidence while its chain is intact.',
      });
    }
    const entry = sealEntry({ by: who(), ...draft }, current.entries.at(-1));
    const before = current.entries.length === 0 ? '' : await readFile(file, 'utf8');
    await writeAtomically(file, `${before}${JSON.stringify(entry)}\n`);
    return entry;
  } finally {
    await release();
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new HarnessError('LEDGER', `The ledger ${file} could not be written: ${(error as Error).message}`, {
      file,
      cause: error,
      hint: 'Check that its folder is writable, or choose another ledger with --ledger or PILOT_LEDGER.',
    });
  }
}

/** An exclusive lock file beside the ledger (`<file>.lock`), holding its owner's pid and host. */
async function lock(file: string, timeoutMs: number): Promise<() => Promise<void>> {
  const lockFile = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new HarnessError('LEDGER', `The ledger's lock ${lockFile} could not be created: ${(error as Error).message}`, { file, cause: error });
      }
    }
    const holder = await readFile(lockFile, 'utf8').then((text) => JSON.parse(text) as { pid: number; host: string; since: string }).catch(() => undefined);
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      // Its writer died holding it; the ledger itself is whole (it is replaced by rename).
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new HarnessError('LEDGER', `The ledger ${file} is locked by ${holder ? `pid ${holder.pid} on ${holder.host} since ${holder.since}` : 'another writer'}, for more than ${timeoutMs / 1000} s.`, {
        file,
        hint: `If no pilot is writing to it, delete ${lockFile}.`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function who(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return hostname();
  }
}
