import { spawn } from 'node:child_process';
import { HarnessError } from '../../errors/harness-error.ts';
import { createRedactor } from '../../util/redact.ts';
import { splitPassword } from './connection-url.ts';
import type { PgClientTools } from './find-pg-client-tools.ts';

export interface PgDumpCopyOptions {
  fromUrl: string;
  toUrl: string;
  /** Tables left out (definition and rows), as the harness names them. */
  exclude?: readonly string[];
  env?: NodeJS.ProcessEnv;
}

/** Kept of each tool's stderr for the error message. */
const STDERR_BYTES = 16 * 1024;

/**
 * `pg_dump -Fc | pg_restore` from one server to another. The passwords go to each tool in
 * `PGPASSWORD`, not on its command line, where any user of the machine could read them.
 * pg_dump runs with `default_transaction_read_only`; pg_restore runs in one transaction
 * and stops at the first error, so a failed restore leaves the target as it was. Owners,
 * privileges, tablespaces, security labels, publications and subscriptions are not copied.
 *
 * @throws HarnessError `DATABASE` with the tool's own message when either fails.
 */
export async function pgDumpCopy(tools: PgClientTools, options: PgDumpCopyOptions): Promise<void> {
  const env = options.env ?? process.env;
  const from = splitPassword(options.fromUrl);
  const to = splitPassword(options.toUrl);
  const excludes = (options.exclude ?? []).map((name) => `--exclude-table=${tablePattern(name)}`);
  const dump = spawn(
    tools.pgDump,
    ['--format=custom', '--no-owner', '--no-privileges', '--no-tablespaces', '--no-security-labels', '--no-publications', '--no-subscriptions', ...excludes, `--dbname=${from.url}`],
    { env: toolEnv(env, from.password, { PGOPTIONS: '-c default_transaction_read_only=on' }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const restore = spawn(tools.pgRestore, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${to.url}`], {
    env: toolEnv(env, to.password, {}),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  // pg_restore stopping early closes the pipe: pg_dump then fails too, but it is pg_restore's message that explains.
  restore.stdin.on('error', () => undefined);
  dump.stdout.pipe(restore.stdin);
  const [dumped, restored] = await Promise.all([finished(dump), finished(restore)]);
  const redactor = createRedactor([from.password, to.password].filter((p): p is string => p !== undefined));
  const failure = (tool: string, result: ToolResult) =>
    `${tool} ${result.error ? `could not run (${result.error.message})` : `failed (exit ${result.code ?? result.signal})`}:\n${redactor.redact(result.stderr.trim()) || '(no output)'}`;
  // When pg_dump fails, pg_restore fails for want of input; when pg_restore fails, pg_dump
  // dies of the closed pipe, silently. The one that said something is the one to show.
  if (dumped.code !== 0 && (restored.code === 0 || dumped.stderr.trim() !== '')) {
    throw new HarnessError('DATABASE', `Copying with pg_dump ${tools.version} failed; the target was left unchanged. ${failure('pg_dump', dumped)}`, {
      hint: 'Check that the source URL reaches the server and that its user may read every table.',
    });
  }
  if (restored.code !== 0) {
    throw new HarnessError('DATABASE', `Copying with pg_dump ${tools.version} failed; the target was left unchanged. ${failure('pg_restore', restored)}`, {
      hint: 'pg_restore stops at the first statement the target refuses (a missing extension, a feature of a newer server). Fix that on the target, or copy with method logical.',
    });
  }
}

interface ToolResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  error?: Error;
}

function finished(child: ReturnType<typeof spawn>): Promise<ToolResult> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_BYTES);
  });
  return new Promise((resolve) => {
    let error: Error | undefined;
    child.on('error', (e) => (error = e));
    child.on('close', (code, signal) => resolve({ code: error ? -1 : code, signal, stderr, ...(error ? { error } : {}) }));
  });
}

function toolEnv(env: NodeJS.ProcessEnv, password: string | undefined, extra: Record<string, string>): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...env, PGAPPNAME: 'migration-pilot copy', ...extra };
  if (password !== undefined) result.PGPASSWORD = password;
  else delete result.PGPASSWORD;
  return result;
}

/** A pg_dump `--table` pattern matching exactly this table: quoted parts take every character literally. */
export function tablePattern(harnessName: string): string {
  const dot = harnessName.indexOf('.');
  const [schema, name] = dot === -1 ? ['public', harnessName] : [harnessName.slice(0, dot), harnessName.slice(dot + 1)];
  return `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
}
