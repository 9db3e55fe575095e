import { access, constants, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';

/**
 * Makes sure reports can be written to `dir` before a run starts, so a long pilot does not
 * end without its record. Missing folders are created one level at a time (a recursive
 * mkdir under a pseudo file system such as /proc can spin instead of failing), then a probe
 * file is written and removed.
 *
 * @throws HarnessError `CONFIG_INVALID` naming the folder and the reason.
 */
export async function ensureWritableDir(dir: string, option = '--out'): Promise<void> {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      const info = await stat(existing);
      if (!info.isDirectory()) throw notWritable(dir, option, `${existing} is not a folder`);
      break;
    } catch (error) {
      if (error instanceof HarnessError) throw error;
      const parent = path.dirname(existing);
      if (parent === existing) throw notWritable(dir, option, 'no part of the path exists');
      missing.unshift(existing);
      existing = parent;
    }
  }
  try {
    await access(existing, constants.W_OK);
    for (const folder of missing) await mkdir(folder);
    const probe = path.join(absolute, `.pilot-write-test-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw notWritable(dir, option, error instanceof Error ? error.message : String(error));
  }
}

function notWritable(dir: string, option: string, reason: string): HarnessError {
  return new HarnessError('CONFIG_INVALID', `Reports cannot be written to ${JSON.stringify(dir)}: ${reason}.`, {
    hint: `Choose a writable folder with ${option}.`,
  });
}
