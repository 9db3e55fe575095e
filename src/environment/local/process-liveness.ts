import { readFileSync } from 'node:fs';

/**
 * Whether `pid` runs. A zombie counts as gone: it runs nothing, and where the machine's init
 * does not reap (some containers) it would otherwise look alive forever.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return procStat(pid)?.state !== 'Z';
}

/**
 * When `pid` started, in clock ticks since boot (Linux), so a recycled pid is not mistaken
 * for the process that had it; `undefined` where /proc is missing.
 */
export function processStartTime(pid: number): string | undefined {
  return procStat(pid)?.startTime;
}

/**
 * Whether the process's command line mentions `text` (a data dir). `true` where /proc is
 * missing: there is nothing to check against, and the pid came from our own records.
 */
export function commandLineMentions(pid: number, text: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !hasProc();
  }
}

function procStat(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, startTime: fields[19]! };
  } catch {
    return undefined;
  }
}

let procPresent: boolean | undefined;
function hasProc(): boolean {
  if (procPresent === undefined) {
    try {
      readFileSync('/proc/self/stat');
      procPresent = true;
    } catch {
      procPresent = false;
    }
  }
  return procPresent;
}
