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
});
