import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { stampBaseline } from '../../chain/schema-history.ts';
import { findPgClientTools } from '../../engines/postgres/find-pg-client-tools.ts';
import { localProvider } from '../../environment/local/local-provider.ts';
import { skipReason as localSkipReason, testBinaries } from '../../environment/local/testing/local-binaries.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');

/** Why dumps cannot be made here (no PostgreSQL server binaries), or `undefined`. */
export const dumpSkipReason: string | undefined = localSkipReason;

/**
 * A real production-like dump made by pg_dump: the identity server's 5.11.0 schema, its
 * schema history at 5.11.0 and `fixtures/ladder/production-data.sql` (personal data
 * everywhere), on a native PostgreSQL server of the local provider, dumped with its own
 * pg_dump in the format asked for.
 */
export async function makeProductionDump(file: string, format: 'custom' | 'plain'): Promise<void> {
  if (!testBinaries) throw new Error(`cannot make a dump: ${dumpSkipReason}`);
  const provider = localProvider({ bin: testBinaries.dir });
  const env = await provider.start({ role: 'source', engine: 'postgres', label: 'production-dump' });
  try {
    await env.engine.session.exec(await readFile(path.join(repo, 'scenarios/identity-server/schema/5.11.0.sql'), 'utf8'));
    await env.engine.session.exec(await readFile(path.join(repo, 'fixtures/ladder/production-data.sql'), 'utf8'));
    await stampBaseline(env.engine.session, 'pilot_schema_history', '5.11.0');
    const tools = await findPgClientTools({ serverMajor: Number(env.engine.serverVersion.split('.')[0]) });
    await run(tools.pgDump, [`--format=${format}`, '--no-owner', '--no-privileges', `--file=${file}`, env.connection!.url]);
  } finally {
    await env.stop();
  }
}
