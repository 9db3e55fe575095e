import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { decodeSegment, displayPath, encodeSegment, type FilePath, segmentsOf } from './path-segments.ts';

/** A regular file of a tree. */
export interface FileEntry {
  /** Its path as segments (decoded names). */
  segments: string[];
  /** Absolute path on disk. */
  file: string;
  size: number;
}

/**
 * A folder of files that belongs to an environment, such as the uploads an app keeps
 * beside its database (`wflow/app_formuploads`). Paths are application names (see
 * `path-segments.ts`); the tree maps them to safe names under `root`. A read-only tree (a
 * folder the scenario points at) refuses every write.
 *
 * @example
 * const uploads = migrationFiles('uploads');
 * await uploads.move(['app_formuploads', form, record, name], ['uploads', record, form, name]);
 */
export interface FileTree {
  readonly name: string;
  readonly root: string;
  readonly readOnly: boolean;
  /** The absolute path on disk of a tree path. */
  resolve(path: FilePath): string;
  exists(path: FilePath): Promise<boolean>;
  read(path: FilePath): Promise<Buffer>;
  /** Writes a file, creating its folders. */
  write(path: FilePath, data: string | Uint8Array): Promise<void>;
  /** Moves a file within the tree, creating the folders of `to`; an existing `to` is refused. */
  move(from: FilePath, to: FilePath): Promise<void>;
  /** Copies a file within the tree; an existing `to` is refused. */
  copy(from: FilePath, to: FilePath): Promise<void>;
  remove(path: FilePath): Promise<void>;
  /** Every regular file, in path order (symbolic links and other special files are left out). */
  list(): AsyncIterable<FileEntry>;
}

/**
 * How a tree's names sit on disk: `encoded` for trees the harness writes (any application
 * name, see path-segments.ts), `raw` for a folder it was given, whose file names are the
 * names (a file called `report%20final.pdf` is listed as just that).
 */
export type TreeNames = 'encoded' | 'raw';

export function fileTree(name: string, root: string, options: { readOnly?: boolean; names?: TreeNames } = {}): FileTree {
  const readOnly = options.readOnly ?? false;
  const names = options.names ?? 'encoded';
  const onDisk = (segment: string): string => {
    if (names === 'encoded') return encodeSegment(segment);
    if (segment === '' || segment === '.' || segment === '..' || /[/\u0000]/.test(segment)) {
      throw new HarnessError('INTERNAL', `File tree ${JSON.stringify(name)}: ${JSON.stringify(segment)} cannot be a file name in a folder given as it is.`);
    }
    return segment;
  };
  const resolve = (p: FilePath): string => {
    const segments = segmentsOf(p);
    if (segments.length === 0) throw new HarnessError('INTERNAL', `File tree ${JSON.stringify(name)}: an empty path names no file.`);
    return path.join(root, ...segments.map(onDisk));
  };
  const writable = (what: string) => {
    if (readOnly) {
      throw new HarnessError('INTERNAL', `File tree ${JSON.stringify(name)} at ${root} is read-only (the source's own folder): cannot ${what}.`, {
        hint: 'Migrators work on the target\'s copy; the source tree is never written (copy, never move).',
      });
    }
  };
  const exists = async (p: FilePath) => (await lstat(resolve(p)).catch(() => undefined))?.isFile() ?? false;
  const refuseExisting = async (to: FilePath, verb: string, from: FilePath) => {
    if (await exists(to)) {
      throw new HarnessError('INTERNAL', `File tree ${JSON.stringify(name)}: cannot ${verb} ${JSON.stringify(displayPath(segmentsOf(from)))} to ${JSON.stringify(displayPath(segmentsOf(to)))}: a file is there already.`);
    }
  };
  return {
    name,
    root,
    readOnly,
    resolve,
    exists,
    read: (p) => readFile(resolve(p)),
    async write(p, data) {
      writable('write');
      const file = resolve(p);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
    async move(from, to) {
      writable('move');
      await refuseExisting(to, 'move', from);
      const target = resolve(to);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(resolve(from), target);
    },
    async copy(from, to) {
      writable('copy');
      await refuseExisting(to, 'copy', from);
      const target = resolve(to);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(resolve(from), target);
    },
    async remove(p) {
      writable('remove');
      await rm(resolve(p));
    },
    list: () => walk(root, [], names === 'encoded' ? decodeSegment : (entry) => entry),
  };
}

async function* walk(dir: string, segments: string[], nameOf: (entry: string) => string): AsyncIterable<FileEntry> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && segments.length === 0) return [];
    throw error;
  });
  // Byte order of the on-disk names, so a listing is the same on every machine.
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    const inner = [...segments, nameOf(entry.name)];
    if (entry.isDirectory()) yield* walk(file, inner, nameOf);
    else if (entry.isFile()) yield { segments: inner, file, size: (await lstat(file)).size };
  }
}

/** Files up to this size are read whole; larger ones as a stream. */
const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/** The sha256 (hex) of a file's bytes. */
export async function sha256File(file: string, size?: number): Promise<string> {
  const hash = createHash('sha256');
  if ((size ?? (await lstat(file)).size) <= READ_WHOLE_BYTES) return hash.update(await readFile(file)).digest('hex');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
