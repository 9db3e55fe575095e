import { createCipheriv, createHash } from 'node:crypto';
import type { Engine } from '../engines/engine.ts';
import { quoteIdent, quoteName } from '../engines/postgres/postgres-session.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { FileTreeSpec } from '../scenario/process-schema.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import type { FileTree } from './file-tree.ts';

export interface SeedFileTreeOptions {
  /** The data seed: the same seed and rows give byte-identical files. */
  seed: number;
  /** Where the tree is in the scenario (`['files', 'uploads']`), for configuration errors. */
  path: readonly (string | number)[];
  /** Files written at once (default 16). */
  concurrency?: number;
}

export interface SeededTree {
  /** Metadata rows read. */
  rows: number;
  files: number;
  bytes: number;
  /** Rows whose path another row already took (the same name uploaded twice to one record): one file serves both. */
  sharedPaths: number;
  /** Rows left without a file because a column of their path is NULL. */
  nullPaths: number;
}

const DEFAULT_SIZE = 1024;

/**
 * Writes one file per metadata row (`seed.table`) at the path its columns give
 * (`seed.path`), `seed.size` bytes long but at most `seed.maxBytes`: stand-ins whose
 * content is a pure function of (seed, tree, path), so a tree can be generated again for
 * any run from the same rows instead of being stored. Rows are read in path order, so the
 * first of two rows sharing a path is the one that counts, on every run.
 *
 * @example
 * await seedFileTree(source.engine, spec.files.uploads.seed, tree, { seed: 20261121, path: ['files', 'uploads'] });
 */
export async function seedFileTree(engine: Engine, seed: NonNullable<FileTreeSpec['seed']>, tree: FileTree, options: SeedFileTreeOptions): Promise<SeededTree> {
  const at = [...options.path, 'seed'];
  const { tables } = await engine.introspect();
  const table = tables.find((t) => t.name === seed.table);
  if (!table) {
    const guess = didYouMean(seed.table, tables.map((t) => t.name));
    throw new HarnessError('CONFIG_INVALID', `File tree ${JSON.stringify(tree.name)}: the metadata table ${JSON.stringify(seed.table)} is not in the source.`, {
      path: [...at, 'table'],
      hint: guess ? `Did you mean ${JSON.stringify(guess)}?` : 'Name the table that holds one row per file (e.g. app_formuploads).',
    });
  }
  const columns = table.columns.map((c) => c.name);
  const parts = seed.path.split('/').map((segment): { literal: string } | { column: string } => {
    const placeholder = /^\{(.+)\}$/.exec(segment)?.[1];
    return placeholder === undefined ? { literal: segment } : { column: placeholder };
  });
  const pathColumns = parts.flatMap((p) => ('column' in p ? [p.column] : []));
  const used = [...pathColumns, ...(seed.size ? [seed.size] : [])];
  for (const name of used) {
    if (columns.includes(name)) continue;
    const guess = didYouMean(name, columns);
    throw new HarnessError('CONFIG_INVALID', `File tree ${JSON.stringify(tree.name)}: column ${JSON.stringify(name)} is not in ${JSON.stringify(seed.table)}.`, {
      path: [...at, name === seed.size && !pathColumns.includes(name) ? 'size' : 'path'],
      hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Its columns: ${columns.join(', ')}.`,
    });
  }
  const select = [...pathColumns, ...(seed.size ? [seed.size] : [])].map((c) => `${quoteName(c)}::text`);
  // "C" order: byte order, the same on every server, so the same row wins a shared path everywhere.
  const order = pathColumns.map((c) => `${quoteName(c)}::text collate "C"`);
  const { rows } = await engine.queryText(
    `select ${select.length > 0 ? select.join(', ') : '1'} from ${quoteIdent(seed.table)}${order.length > 0 ? ` order by ${order.join(', ')}` : ''}`,
  );

  const result: SeededTree = { rows: rows.length, files: 0, bytes: 0, sharedPaths: 0, nullPaths: 0 };
  const taken = new Set<string>();
  const writes = new Set<Promise<void>>();
  const concurrency = options.concurrency ?? 16;
  for (const row of rows) {
    let index = 0;
    const segments: string[] = [];
    let isNull = false;
    for (const part of parts) {
      if ('literal' in part) segments.push(part.literal);
      else {
        const value = row[index++];
        if (value === null || value === undefined) isNull = true;
        segments.push(value ?? '');
      }
    }
    if (isNull) {
      result.nullPaths++;
      continue;
    }
    const identity = JSON.stringify(segments);
    if (taken.has(identity)) {
      result.sharedPaths++;
      continue;
    }
    taken.add(identity);
    const declared = seed.size ? Number(row[index] ?? DEFAULT_SIZE) : DEFAULT_SIZE;
    const size = Math.max(0, Math.min(Number.isFinite(declared) ? Math.floor(declared) : DEFAULT_SIZE, seed.maxBytes));
    result.files++;
    result.bytes += size;
    const write: Promise<void> = tree.write(segments, standInContent(options.seed, tree.name, identity, size)).finally(() => writes.delete(write));
    write.catch(() => undefined);
    writes.add(write);
    if (writes.size >= concurrency) await Promise.race(writes);
  }
  await Promise.all(writes);
  return result;
}

/** `size` pseudo-random bytes, a pure function of the seed, the tree and the path. */
export function standInContent(seed: number, tree: string, identity: string, size: number): Buffer {
  const digest = createHash('sha256').update(`pilot-file-v1\0${seed}\0${tree}\0${identity}`).digest();
  // AES in counter mode over zeros: a fast deterministic byte stream, keyed by the digest.
  const cipher = createCipheriv('aes-128-ctr', digest.subarray(0, 16), digest.subarray(16, 32));
  return cipher.update(Buffer.alloc(size));
}
