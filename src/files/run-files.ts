import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Engine } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { FileTreeSpec } from '../scenario/process-schema.ts';
import { type FileTree, fileTree } from './file-tree.ts';
import { fingerprintOf, scanTree, type TreeFingerprint } from './scan-tree.ts';
import { seedFileTree } from './seed-file-tree.ts';

/** What checks see of the run's file trees. */
export interface CheckFiles {
  /** The trees before migration: seeded from the source's rows, or the scenario's own folder (read-only). */
  source: ReadonlyMap<string, FileTree>;
  /** The target's copies, as the chain left them. */
  target: ReadonlyMap<string, FileTree>;
  /** Each source tree's fingerprint taken before the chain, to prove it unchanged at the end. */
  sourceFingerprints: ReadonlyMap<string, TreeFingerprint>;
}

/** The run's file trees; `dispose` removes the folders the harness made. */
export interface RunFiles extends CheckFiles, AsyncDisposable {
  report: FilesReport;
  dispose(): Promise<void>;
}

/** How the file trees were made, for the report. */
export interface FilesReport {
  trees: FileTreeReport[];
}

export interface FileTreeReport {
  name: string;
  origin: 'seeded' | 'folder';
  /** The folder, for a tree taken from one (as the scenario wrote it). */
  folder?: string;
  files: number;
  bytes: number;
  /** For a seeded tree: metadata rows, rows sharing a path, rows with a NULL path column. */
  rows?: number;
  sharedPaths?: number;
  nullPaths?: number;
  /** Seeding (or scanning) and copying to the target. */
  durationMs: number;
}

export interface PrepareRunFilesOptions {
  files: Readonly<Record<string, FileTreeSpec>>;
  /** A path of the scenario made absolute (relative to the scenario file). */
  resolve: (relative: string) => string;
  /** The source, whose metadata rows seed the trees. */
  engine: Engine;
  /** The data seed. */
  seed: number;
  now?: () => number;
  log?: (line: string) => void;
}

/**
 * Makes the file trees of a run: each source tree is seeded from the source's metadata
 * rows into a fresh folder (or is the scenario's folder, used read-only), fingerprinted,
 * and copied to a target folder, which the chain may change (copy, never move). Folders
 * the harness made are removed by `dispose`.
 *
 * @example
 * await using files = await prepareRunFiles({ files: spec.files, resolve: loaded.resolve, engine: source.engine, seed: 1 });
 * files.target.get('uploads')!.root;
 */
export async function prepareRunFiles(options: PrepareRunFilesOptions): Promise<RunFiles> {
  const now = options.now ?? (() => performance.now());
  const workDir = await mkdtemp(path.join(tmpdir(), 'pilot-files-'));
  const source = new Map<string, FileTree>();
  const target = new Map<string, FileTree>();
  const sourceFingerprints = new Map<string, TreeFingerprint>();
  const trees: FileTreeReport[] = [];
  const dispose = () => rm(workDir, { recursive: true, force: true });
  try {
    for (const [name, spec] of Object.entries(options.files)) {
      const begin = now();
      let tree: FileTree;
      let seeded: Awaited<ReturnType<typeof seedFileTree>> | undefined;
      if (spec.seed) {
        tree = fileTree(name, path.join(workDir, 'source', name));
        seeded = await seedFileTree(options.engine, spec.seed, tree, { seed: options.seed, path: ['files', name] });
        // No row (or only rows without a path) writes no file, and then no folder: an empty tree is still a tree to copy.
        await mkdir(tree.root, { recursive: true });
        // Seeded once, then never written again: the source's files stay as they were.
        tree = fileTree(name, tree.root, { readOnly: true });
      } else {
        const folder = options.resolve(spec.from!);
        const info = await stat(folder).catch(() => undefined);
        if (!info?.isDirectory()) {
          throw new HarnessError('CONFIG_NOT_FOUND', `File tree ${JSON.stringify(name)}: ${JSON.stringify(spec.from)} is not a folder (looked at ${folder}).`, {
            path: ['files', name, 'from'],
            hint: 'Folders are resolved relative to the scenario file.',
          });
        }
        tree = fileTree(name, folder, { readOnly: true, names: 'raw' });
      }
      const fingerprint = fingerprintOf(await scanTree(tree));
      // The copy keeps the source's names as they are on disk: encoded for a seeded tree, raw for a given folder.
      const copy = fileTree(name, path.join(workDir, 'target', name), { names: spec.seed ? 'encoded' : 'raw' });
      await cp(tree.root, copy.root, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
      source.set(name, tree);
      target.set(name, copy);
      sourceFingerprints.set(name, fingerprint);
      trees.push({
        name,
        origin: spec.seed ? 'seeded' : 'folder',
        ...(spec.from ? { folder: spec.from } : {}),
        files: fingerprint.files,
        bytes: fingerprint.bytes,
        ...(seeded ? { rows: seeded.rows, sharedPaths: seeded.sharedPaths, nullPaths: seeded.nullPaths } : {}),
        durationMs: now() - begin,
      });
      options.log?.(
        `files: ${name}: ${fingerprint.files.toLocaleString('en-US')} files (${(fingerprint.bytes / 1e6).toFixed(1)} MB) ` +
          `${spec.seed ? `seeded from ${spec.seed.table}` : `from ${spec.from}`}, copied to the target`,
      );
    }
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
  return { source, target, sourceFingerprints, report: { trees }, dispose, [Symbol.asyncDispose]: dispose };
}
