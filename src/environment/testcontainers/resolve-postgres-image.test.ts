import { describe, expect, it } from 'vitest';
import type { EnvironmentRequest } from '../environment-provider.ts';
import { resolvePostgresImage } from './resolve-postgres-image.ts';

const request = (extra: Partial<EnvironmentRequest> = {}): EnvironmentRequest => ({ role: 'target', engine: 'postgres', ...extra });
const present =
  (...images: string[]) =>
  async (image: string) =>
    images.includes(image);

describe('resolvePostgresImage', () => {
  it("takes the scenario's image over everything", async () => {
    const resolved = await resolvePostgresImage(request({ engineVersion: '16', settings: { image: 'registry.local/pg:16.4' } }), { env: {}, isPresent: present() });
    expect(resolved).toMatchObject({ image: 'registry.local/pg:16.4', origin: 'scenario' });
  });

  it('takes the pinned image of the major asked for, or the environment variable overriding it', async () => {
    expect(await resolvePostgresImage(request({ engineVersion: '12' }), { env: {}, isPresent: present() })).toMatchObject({
      image: 'postgres:12',
      origin: 'pinned',
      change: "image: in the scenario's target, or PILOT_POSTGRES_12_IMAGE",
    });
    expect(await resolvePostgresImage(request({ engineVersion: '16' }), { env: { PILOT_POSTGRES_16_IMAGE: 'mirror.local/postgres:16' }, isPresent: present() })).toMatchObject({
      image: 'mirror.local/postgres:16',
      origin: 'environment variable',
      change: 'PILOT_POSTGRES_16_IMAGE (now mirror.local/postgres:16)',
    });
  });

  it('without a version, takes the newest pinned image present here, else the default major', async () => {
    expect(await resolvePostgresImage(request(), { env: {}, isPresent: present('postgres:13', 'postgres:15') })).toMatchObject({ image: 'postgres:15', origin: 'newest present' });
    expect(await resolvePostgresImage(request(), { env: { PILOT_POSTGRES_17_IMAGE: 'mine:17' }, isPresent: present('postgres:15', 'mine:17') })).toMatchObject({
      image: 'mine:17',
      origin: 'environment variable',
    });
    expect(await resolvePostgresImage(request(), { env: {}, isPresent: present() })).toMatchObject({ image: 'postgres:18', origin: 'default' });
  });

  it('says what to set for a major nothing is pinned for', async () => {
    expect(await resolvePostgresImage(request({ role: 'source', engineVersion: '9' }), { env: {}, isPresent: present() })).toMatchInlineSnapshot(`
      {
        "available": false,
        "hint": "Name one with image: in the scenario's source or with the environment variable PILOT_POSTGRES_9_IMAGE.",
        "reason": "no image is pinned for PostgreSQL "9" (pinned: 12, 13, 14, 15, 16, 17, 18)",
      }
    `);
  });
});
