import { describe, expect, it } from 'vitest';
import { readProductionProfileFromUrl } from './production-profile.ts';

describe('readProductionProfileFromUrl', () => {
  it('refuses a MongoDB URL (collStats is not implemented yet) without showing its password', async () => {
    const error = await readProductionProfileFromUrl('mongodb://reader:hunter2@db.example:27017/app').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      hint: 'Give the counts by hand (estimate.production.tables, collections by name) or in a profile file.',
    });
    expect((error as Error).message).toMatch(/^Production sizes from a MongoDB database \(mongodb:\/\/reader:\*\*\*@db\.example:27017\/app\) are not read yet/);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
