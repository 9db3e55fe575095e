import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { HarnessError } from '../errors/harness-error.ts';
import type { DumpSpec } from '../scenario/stage-schema.ts';

/**
 * What makes a restored, masked source what it is: the dump's bytes, the format, the
 * masking rules and (a hash of) the masking key. Part of the seeded-snapshot cache key, so
 * a new dump or a changed rule restores afresh, while the key itself never reaches the cache.
 */
export async function dumpCacheKey(spec: DumpSpec, file: string, path: readonly (string | number)[] = ['dump'], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (cause) {
    throw new HarnessError('CONFIG_NOT_FOUND', `The dump ${JSON.stringify(spec.file)} could not be read (looked at ${file}).`, {
      file,
      path: [...path, 'file'],
      cause,
      hint: 'dump.file is relative to the scenario file.',
    });
  }
  const key = spec.mask?.keyEnv !== undefined ? createHash('sha256').update(env[spec.mask.keyEnv] ?? '').digest('hex') : '';
  return `dump:${hash.digest('hex')}:${spec.format}:${JSON.stringify(spec.mask ?? null)}:${key}`;
}
