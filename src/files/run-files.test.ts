import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../engines/engine.ts';
import { prepareRunFiles } from './run-files.ts';

/** A source whose metadata table has no rows: an app that has had no upload yet. */
const emptyUploads = {
  introspect: async () => ({ tables: [{ name: 'app_formuploads', columns: [{ name: 'form' }, { name: 'record' }, { name: 'name' }] }] }),
  queryText: async () => ({ columns: ['form', 'record', 'name'], rows: [] }),
} as unknown as Engine;

describe('prepareRunFiles', () => {
  it('seeds an empty tree from an empty metadata table, and copies it to the target', async () => {
    await using files = await prepareRunFiles({
      files: { uploads: { seed: { table: 'app_formuploads', path: 'app_formuploads/{form}/{record}/{name}', maxBytes: 4096 } } },
      resolve: (p) => p,
      engine: emptyUploads,
      seed: 1,
    });
    expect(files.report.trees).toMatchObject([{ name: 'uploads', origin: 'seeded', files: 0, bytes: 0, rows: 0 }]);
    const listed = [];
    for await (const entry of files.target.get('uploads')!.list()) listed.push(entry);
    expect(listed).toEqual([]);
  });

  it('lists a given folder by its file names as they are (no percent-decoding), on the source and the copy alike', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'pilot-files-given-'));
    try {
      await mkdir(path.join(folder, 'LR-1'));
      await writeFile(path.join(folder, 'LR-1', 'report%20final.pdf'), 'pdf');
      await using files = await prepareRunFiles({ files: { uploads: { from: folder } }, resolve: (p) => p, engine: emptyUploads, seed: 1 });
      for (const side of [files.source, files.target]) {
        const tree = side.get('uploads')!;
        const listed = [];
        for await (const entry of tree.list()) listed.push(entry.segments.join('/'));
        expect(listed).toEqual(['LR-1/report%20final.pdf']);
        expect(await tree.exists(['LR-1', 'report%20final.pdf'])).toBe(true);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
