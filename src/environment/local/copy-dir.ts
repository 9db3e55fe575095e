import { execFile } from 'node:child_process';
import { lstat, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface CopyDirOptions {
  /** Hard-link files instead of copying them (both sides must never be written); falls back to a copy across file systems. */
  hardLinks?: boolean;
  /** Files that disappear while being copied are no error (copying a running server's data dir). */
  tolerateVanished?: boolean;
}

/**
 * Copies a folder tree with `cp -a`: owners (as root), modes and times kept, copy-on-write
 * clones where the file system has them (`--reflink=auto`: btrfs, XFS). `cp` copies a fresh
 * data dir (40 MB, 1000 files) in about 0.1 s here, two to three times faster than the same
 * copy file by file from Node. `to` must not exist yet; with a trailing `/.` on `from`, the
 * contents are copied into an existing `to` instead.
 */
export async function copyDir(from: string, to: string, options: CopyDirOptions = {}): Promise<void> {
  if (options.hardLinks && process.platform === 'linux' && (await sameFileSystem(from, path.dirname(to)))) {
    try {
      await cp(['-al', from, to], false);
      return;
    } catch {
      // Links refused after all (a file system without them): copy instead.
      if (!from.endsWith('/.')) await rm(to, { recursive: true, force: true });
    }
  }
  await cp(process.platform === 'linux' ? ['-a', '--reflink=auto', from, to] : ['-a', from, to], options.tolerateVanished ?? false);
}

function cp(args: string[], tolerateVanished: boolean): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('cp', args, { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const complaints = stderr.split('\n').filter(Boolean);
      if (tolerateVanished && complaints.length > 0 && complaints.every((line) => line.includes('No such file or directory'))) return resolve();
      reject(new Error(`cp ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
    }),
  );
}

async function sameFileSystem(a: string, b: string): Promise<boolean> {
  try {
    return (await stat(a)).dev === (await stat(b)).dev;
  } catch {
    return false;
  }
}

/** Bytes of the files in a tree (apparent sizes). */
export async function dirBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries.filter((e) => e.isFile()).map((e) => lstat(path.join(e.parentPath, e.name)).then((s) => s.size, () => 0)),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
