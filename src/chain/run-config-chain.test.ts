import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigMigrator } from './config-migrator.ts';
import { runConfigChain } from './run-config-chain.ts';

const migrator = (from: string, to: string, target: string, up: ConfigMigrator['up']): ConfigMigrator => ({
  from, to, target, description: `${target} ${to}`, up, file: `/m/${to}.ts`, relativeFile: `m/${to}.ts`, checksum: 'x',
});

async function files() {
  const dir = await mkdtemp(path.join(tmpdir(), 'pilot-config-test-'));
  const toml = path.join(dir, 'app.toml');
  const yaml = path.join(dir, 'app.yaml');
  await writeFile(toml, '# a comment\n[database]\ntype = "postgre"\npassword = "s3cret"\n');
  await writeFile(yaml, 'cache:\n  size: 10\n');
  return { dir, toml, yaml, out: path.join(dir, 'out') };
}

describe('runConfigChain', () => {
  it('migrates copies of TOML and YAML files in version order, leaving the originals as they were', async () => {
    const { toml, yaml, out } = await files();
    const result = await runConfigChain(
      [
        migrator('2.0.0', '3.0.0', 'app.toml', async (c) => ({ ...c, cleanup: { enable: true } })),
        migrator('1.0.0', '2.0.0', 'app.toml', async (c) => {
          (c.database as Record<string, unknown>).type = 'postgresql';
          return c;
        }),
        migrator('1.5.0', '2.0.0', 'app.yaml', async (c) => ({ cache: { size: 20 } })),
        migrator('3.0.0', '4.0.0', 'app.toml', async () => expect.fail('beyond the target')),
      ],
      { files: [toml, yaml], dir: out, from: '1.0.0', to: '3.0.0', mandatory: ['2.0.0'] },
    );
    expect(result.steps.map((s) => `${s.id} ${s.status}`)).toEqual(['app.toml@2.0.0 success', 'app.yaml@2.0.0 success', 'app.toml@3.0.0 success']);
    expect(result.reachedVersion).toBe('3.0.0');
    expect(await readFile(path.join(out, 'app.toml'), 'utf8')).toBe('[database]\ntype = "postgresql"\npassword = "s3cret"\n\n[cleanup]\nenable = true\n\n');
    expect(await readFile(path.join(out, 'app.yaml'), 'utf8')).toBe('cache:\n  size: 20\n');
    expect(await readFile(toml, 'utf8')).toContain('type = "postgre"');
  });

  it('refuses overlapping migrators, unknown files and jumps over a mandatory version; stops at a failing step', async () => {
    const { toml, out } = await files();
    const refused = await runConfigChain(
      [
        migrator('1.0.0', '3.0.0', 'app.toml', async (c) => c),
        migrator('2.0.0', '3.0.0', 'app.toml', async (c) => c),
        migrator('1.0.0', '1.1.0', 'other.toml', async (c) => c),
      ],
      { files: [toml], dir: out, from: '1.0.0', to: '3.0.0', mandatory: ['2.0.0'] },
    );
    expect(refused.refusal).toEqual([
      'Config migrator 1.0.0 → 1.1.0 (m/1.1.0.ts) migrates "other.toml", which config.files does not list (app.toml).',
      'Config migrator 1.0.0 → 3.0.0 (m/3.0.0.ts) jumps over the mandatory version 2.0.0; split it there.',
      'Config migrators m/3.0.0.ts (1.0.0 → 3.0.0) and m/3.0.0.ts (2.0.0 → 3.0.0) of app.toml overlap.',
    ]);
    expect(refused.steps.every((s) => s.status === 'not-executed')).toBe(true);
    const failed = await runConfigChain(
      [migrator('1.0.0', '2.0.0', 'app.toml', async () => { throw new Error('no [database] section'); }), migrator('2.0.0', '3.0.0', 'app.toml', async (c) => c)],
      { files: [toml], dir: path.join(out, '2'), from: '1.0.0', to: '3.0.0', mandatory: [] },
    );
    expect(failed.steps.map((s) => s.status)).toEqual(['error', 'not-executed']);
    expect(failed.steps[0]!.error!.message).toBe('no [database] section');
    expect(failed.reachedVersion).toBe('1.0.0');
  });
});
