import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchemaHistory } from '../chain/schema-history.ts';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import { isEmbeddedSnapshot } from '../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../environment/environment-provider.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { DumpSpec } from '../scenario/stage-schema.ts';
import { restoreDump } from './restore-dump.ts';
import { dumpSkipReason, makeProductionDump } from './testing/production-dump.ts';

if (dumpSkipReason) console.warn(`SKIPPED masked-dump restore tests: ${dumpSkipReason}`);

const embedded = embeddedProvider({ cache: memorySnapshotCache() });
let dir: string;
let customDump: string;
let plainDump: string;
const started: StartedEnvironment[] = [];
const fresh = async () => {
  const env = await embedded.start({ role: 'source', engine: 'postgres' });
  started.push(env);
  return env;
};

const mask: NonNullable<DumpSpec['mask']> = {
  seed: 7,
  tables: {
    um_user: {
      um_user_name: { faker: 'internet.username', unique: true },
      um_email: { faker: 'internet.email', unique: true },
      um_display_name: { faker: 'person.fullName' },
      um_phone: { value: null },
    },
    // The same rule as um_user.um_user_name: the same original maps to the same value, so the foreign key holds.
    idn_oauth2_access_token: { authz_user: { faker: 'internet.username', unique: true } },
    idn_auth_session_store: { session_object: { hash: true } },
  },
};
const spec = (file: string, withMask = true): DumpSpec => ({ file, format: 'auto', ...(withMask ? { mask } : {}) });

/** Every value of every column the rules mask, as production holds them (fixtures/ladder/production-data.sql). */
async function originals(env: StartedEnvironment): Promise<string[]> {
  const { rows } = await env.engine.queryText(
    `select um_user_name from um_user union select um_email from um_user where um_email is not null
     union select um_display_name from um_user union select um_phone from um_user where um_phone is not null
     union select session_object from idn_auth_session_store`,
  );
  return rows.map(([value]) => value!);
}

beforeAll(async () => {
  if (dumpSkipReason) return;
  dir = await mkdtemp(path.join(tmpdir(), 'pilot-dump-'));
  customDump = path.join(dir, 'production.dump');
  plainDump = path.join(dir, 'production.sql');
  await makeProductionDump(customDump, 'custom');
  await makeProductionDump(plainDump, 'plain');
});
afterAll(async () => {
  for (const env of started) await env.stop();
});

describe.skipIf(dumpSkipReason)('restoreDump on a real pg_dump dump', () => {
  it('restores a custom archive unmasked exactly, history included', async () => {
    const env = await fresh();
    const report = await restoreDump(env.engine.session, spec(customDump, false), { file: customDump });
    expect(report).toMatchObject({ format: 'custom', rows: 300 + 12 + 1500 + 900 + 1, fromCache: false });
    expect(report.tool).toMatch(/^pg_restore \d+/);
    expect(report.masking).toBeUndefined();
    expect((await readSchemaHistory(env.engine.session, 'pilot_schema_history')).map((e) => e.version)).toEqual(['5.11.0']);
    const pii = await originals(env);
    expect(pii).toContain('user10@prod-corp.example');
    expect(pii).toContain('Prod Person Tab\there');
    expect(pii).toContain('Prod Person Zoë 山田 🙂');
    // The dump's empty search_path does not outlive the restore.
    expect((await env.engine.queryText('select count(*) from um_user')).rows).toEqual([['300']]);
  });

  it.each([
    ['custom', () => customDump],
    ['plain', () => plainDump],
  ])('masks a %s dump as it streams in: no original PII value survives, anywhere in the database files', async (_format, file) => {
    const unmasked = await fresh();
    await restoreDump(unmasked.engine.session, spec(file(), false), { file: file() });
    const pii = await originals(unmasked);
    expect(pii.length).toBeGreaterThan(1000);

    const env = await fresh();
    const report = await restoreDump(env.engine.session, spec(file()), { file: file() });
    expect(report.masking).toEqual({
      keyedBy: 'seed 7',
      columns: [
        { table: 'um_user', column: 'um_user_name', rule: 'faker internet.username, unique', values: 300 },
        { table: 'um_user', column: 'um_email', rule: 'faker internet.email, unique', values: 299 },
        { table: 'um_user', column: 'um_display_name', rule: 'faker person.fullName', values: 300 },
        { table: 'um_user', column: 'um_phone', rule: 'value null', values: 299 },
        { table: 'idn_oauth2_access_token', column: 'authz_user', rule: 'faker internet.username, unique', values: 1500 },
        { table: 'idn_auth_session_store', column: 'session_object', rule: 'hash (16 hex)', values: 900 },
      ],
    });

    // Not in any row of any table the dump restored (every column, as text)…
    const tables = (
      await env.engine.queryText(`select format('%I.%I', schemaname, tablename) from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1`)
    ).rows.map(([table]) => table!);
    expect(tables).toEqual(['public.idn_auth_session_store', 'public.idn_oauth2_access_token', 'public.idn_oauth_consumer_apps', 'public.pilot_schema_history', 'public.um_user']);
    const everything = (
      await Promise.all(tables.map(async (table) => (await env.engine.queryText(`select t::text from ${table} t`)).rows.map(([row]) => row).join('\n')))
    ).join('\n');
    // …nor in the data files, WAL included: the originals never reached the database.
    const snapshot = await env.snapshot();
    if (!isEmbeddedSnapshot(snapshot)) throw new Error('expected an embedded snapshot');
    const files = Buffer.from(await snapshot.data.arrayBuffer());
    expect(files.length).toBeGreaterThan(1_000_000);
    expect(pii.filter((value) => everything.includes(value))).toEqual([]);
    // Every original holds one of these markers (production-data.sql), so none of them is in the files either.
    const markers = ['prod-corp.example', 'Prod Person', '+1-555-', 'prod.user'];
    expect(pii.filter((value) => !markers.some((marker) => value.includes(marker)))).toEqual([]);
    for (const marker of markers) {
      expect(everything).not.toContain(marker);
      expect(files.includes(Buffer.from(marker))).toBe(false);
    }

    // Joins and uniqueness survive: the foreign key to um_user.um_user_name was re-created on masked values, every token still finds its user.
    const scalar = async (sql: string) => (await env.engine.queryText(sql)).rows[0]![0];
    expect(await scalar('select count(*) from idn_oauth2_access_token t join um_user u on u.um_user_name = t.authz_user')).toBe('1500');
    expect(await scalar('select count(distinct um_email) from um_user')).toBe('299');
    expect(await scalar('select count(distinct um_user_name) from um_user')).toBe('300');
    expect(await scalar('select count(*) from um_user where um_phone is not null')).toBe('0');
    expect(await scalar(`select count(*) from um_user where um_email !~ '^[^@]+\\.[0-9a-f]{12}@'`)).toBe('0');
  });

  it('masks deterministically: the same dump and key give the same values, another seed others', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await restoreDump(a.engine.session, spec(customDump), { file: customDump });
    await restoreDump(b.engine.session, spec(plainDump), { file: plainDump });
    await restoreDump(c.engine.session, { ...spec(customDump), mask: { ...mask, seed: 8 } }, { file: customDump });
    const emails = async (env: StartedEnvironment) => (await env.engine.queryText('select um_id, um_email from um_user order by um_id')).rows;
    expect(await emails(b)).toEqual(await emails(a));
    expect(await emails(c)).not.toEqual(await emails(a));
  });

  it('refuses a rule naming a column the dump does not have, naming the place, and keeps nothing', async () => {
    const env = await fresh();
    const wrong = { ...spec(customDump), mask: { ...mask, tables: { ...mask.tables, um_user: { um_emial: { faker: 'internet.email' } } } } };
    const error = await restoreDump(env.engine.session, wrong, { file: customDump, path: ['stages', 'pre-prod', 'dump'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarnessError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'The masking rules name column "um_emial" of "um_user", which the dump\'s table does not have.',
      path: ['stages', 'pre-prod', 'dump', 'mask', 'tables', 'um_user', 'um_emial'],
    });
    expect((error as HarnessError).hint).toMatch(/^Did you mean "um_email"\?/);
    expect((await env.engine.queryText(`select count(*) from pg_tables where schemaname = 'public'`)).rows).toEqual([['0']]);
  });

  it('refuses a dump whose masked rows are INSERT statements before any of them runs', async () => {
    const file = path.join(dir, 'inserts.sql');
    await writeFile(file, `create table um_user (um_email text);\nINSERT INTO public.um_user VALUES ('secret@prod-corp.example');\n`);
    const env = await fresh();
    const error = await restoreDump(env.engine.session, { file, format: 'plain', mask: { seed: 1, tables: { um_user: { um_email: { hash: true } } } } }, { file }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('as INSERT statements, which cannot be masked') });
  });
});
