import { readdirSync, readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive, processStartTime } from './process-liveness.ts';
import { reapHarnessDir } from './reap-harness-dir.ts';

/** `owner.json` (the harness) and `reaper.json` (its reaper) in a harness state folder. */
export interface ProcessRecord {
  pid: number;
  /** `processStartTime(pid)` when it was written, if known: tells a recycled pid apart. */
  startTime?: string;
}

/** The record of this process, to write as `owner.json` or `reaper.json`. */
export function ownProcessRecord(): ProcessRecord {
  const startTime = processStartTime(process.pid);
  return startTime === undefined ? { pid: process.pid } : { pid: process.pid, startTime };
}

const HARNESS_DIR = /^(\d+)-[0-9a-f]+$/;
const CLAIMED_DIR = /^\.reaping-(\d+)-(.+)$/;

/**
 * Cleans up after harness processes that died with nobody to clean up for them (their reaper
 * was killed too, or the machine rebooted mid-run): every state folder under `root` whose
 * owner and reaper are both gone. A folder is claimed by renaming it first, so two reapers
 * sweeping at once never reap the same one twice.
 */
export async function sweepOrphans(root: string, options: { except?: string } = {}): Promise<string[]> {
  const swept: string[] = [];
  for (const name of safeReaddir(root)) {
    const dir = path.join(root, name);
    if (dir === options.except) continue;
    const claimed = CLAIMED_DIR.exec(name);
    let startedAs: string;
    if (claimed) {
      if (isProcessAlive(Number(claimed[1]))) continue;
      startedAs = path.join(root, claimed[2]!);
    } else if (HARNESS_DIR.test(name)) {
      if (ownerAlive(dir) || reaperAlive(dir)) continue;
      startedAs = dir;
    } else {
      continue;
    }
    const mine = path.join(root, `.reaping-${process.pid}-${path.basename(startedAs)}`);
    try {
      await rename(dir, mine);
    } catch {
      continue; // Another reaper claimed it first.
    }
    await reapHarnessDir(mine, { startedAs });
    swept.push(startedAs);
  }
  return swept;
}

function ownerAlive(dir: string): boolean {
  // Unreadable: being created right now, or its creator died before writing it; judge by the folder's name.
  return recordedAlive(path.join(dir, 'owner.json')) ?? isProcessAlive(Number(HARNESS_DIR.exec(path.basename(dir))![1]));
}

function reaperAlive(dir: string): boolean {
  return recordedAlive(path.join(dir, 'reaper.json')) ?? false;
}

/** Whether the process a record names still runs (and is the same one: same start time). */
function recordedAlive(file: string): boolean | undefined {
  let record: ProcessRecord;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as ProcessRecord;
  } catch {
    return undefined;
  }
  if (!isProcessAlive(record.pid)) return false;
  const startTime = processStartTime(record.pid);
  return record.startTime === undefined || startTime === undefined || startTime === record.startTime;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
