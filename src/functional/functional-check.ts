import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Check } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { FunctionalTestSpec } from '../scenario/stage-schema.ts';
import { formatDuration } from '../util/duration.ts';
import type { Redactor } from '../util/redact.ts';
import type { FunctionalTestContext, FunctionalTestFunction } from './functional-test.ts';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const OUTPUT_TAIL = 4000;

export interface FunctionalCheckOptions {
  /** The migrated environment: its session, and its URL when another process can reach it. */
  target: { session: PostgresSession; url: string | undefined };
  /** Makes paths in the scenario absolute; the scenario's folder is the default working folder. */
  resolve: (file: string) => string;
  dir: string;
  /** Where the test is in the scenario, for errors. */
  path: readonly (string | number)[];
  /** `PILOT_SCENARIO`, `PILOT_STAGE`, `PILOT_CONFIG_DIR`. */
  env: Record<string, string>;
  /** Masks the target's password (and anything else secret) in the output kept. */
  redactor: Redactor;
}

/**
 * One of the user's own functional test cases as a check (source document 003, step 1:
 * "create test cases for the functional and non-functional use cases"). A command gets the
 * migrated database's URL in `PILOT_TARGET_URL` and `DATABASE_URL` and the libpq `PG*`
 * variables (the password in `PGPASSWORD`, never on a command line); exit code 0 passes. A
 * module's default export gets `{ db, url, env, signal }`; throwing fails it. Its output (the
 * last 4000 characters, redacted) is kept in the check's facts and quoted in the finding.
 *
 * Findings: `functional.failed`, `functional.timed-out`. A command against an embedded
 * target, which has no URL, cannot run: a `CONFIG_INVALID` error saying how to fix it.
 */
export function functionalCheck(test: FunctionalTestSpec, options: FunctionalCheckOptions): Check {
  const id = `functional:${test.name}`;
  return {
    id,
    kind: 'functional',
    description: `The user's test case ${JSON.stringify(test.name)} passes against the migrated environment.`,
    async run({ note }) {
      const timeoutMs = test.timeout ?? DEFAULT_TIMEOUT_MS;
      const outcome = test.command !== undefined ? await runCommand(test, options, timeoutMs) : await runModule(test, options, timeoutMs);
      const output = tail(options.redactor.redact(outcome.output));
      note?.({ durationMs: outcome.durationMs, ...(output ? { output } : {}), ...(outcome.exitCode !== undefined ? { exitCode: outcome.exitCode } : {}) });
      if (outcome.passed) return [];
      const finding: Finding = {
        check: id,
        code: outcome.timedOut ? 'functional.timed-out' : 'functional.failed',
        severity: 'error',
        path: `functional ${test.name}`,
        message: outcome.timedOut
          ? `Test case ${JSON.stringify(test.name)} did not finish within ${formatDuration(timeoutMs)}.`
          : `Test case ${JSON.stringify(test.name)} failed${outcome.exitCode !== undefined ? ` (exit code ${outcome.exitCode})` : ''}: ${options.redactor.redact(outcome.reason)}`,
        ...(output ? { details: [{ note: output }] } : {}),
      };
      return [finding];
    },
  };
}

interface Outcome {
  passed: boolean;
  timedOut: boolean;
  exitCode?: number;
  reason: string;
  output: string;
  durationMs: number;
}

function targetEnv(url: string | undefined): Record<string, string> {
  if (url === undefined) return {};
  const env: Record<string, string> = { PILOT_TARGET_URL: url, DATABASE_URL: url };
  try {
    const parsed = new URL(url);
    env.PGHOST = decodeURIComponent(parsed.hostname);
    if (parsed.port) env.PGPORT = parsed.port;
    if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
    if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (database) env.PGDATABASE = database;
  } catch {
    // Not a URL libpq's variables can be made from; the URL itself is still there.
  }
  return env;
}

async function runCommand(test: FunctionalTestSpec, options: FunctionalCheckOptions, timeoutMs: number): Promise<Outcome> {
  if (options.target.url === undefined) {
    throw new HarnessError('CONFIG_INVALID', `Test case ${JSON.stringify(test.name)} is a command, but the migrated environment has no URL another process could reach (an embedded target).`, {
      path: [...options.path, 'command'],
      hint: 'Run the target on provider local or testcontainers (provider: in the scenario or stage, or --provider), or write the test as a module (module: tests/x.ts), which gets a db handle on any provider.',
    });
  }
  const started = performance.now();
  const command = test.command!;
  const child = spawn(typeof command === 'string' ? command : command[0]!, typeof command === 'string' ? [] : command.slice(1), {
    shell: typeof command === 'string',
    cwd: test.cwd !== undefined ? options.resolve(test.cwd) : options.dir,
    env: { ...process.env, ...test.env, ...options.env, ...targetEnv(options.target.url) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL * 4));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, timeoutMs);
  const { code, error } = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (e) => resolve({ code: null, error: e }));
    child.once('close', (c) => resolve({ code: c }));
  });
  clearTimeout(timer);
  const durationMs = performance.now() - started;
  if (error) return { passed: false, timedOut, reason: `it could not be started: ${error.message}`, output, durationMs };
  return { passed: code === 0 && !timedOut, timedOut, ...(code !== null ? { exitCode: code } : {}), reason: lastLine(output) || 'no output', output, durationMs };
}

async function runModule(test: FunctionalTestSpec, options: FunctionalCheckOptions, timeoutMs: number): Promise<Outcome> {
  const file = options.resolve(test.module!);
  let fn: FunctionalTestFunction;
  try {
    const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
    if (typeof loaded.default !== 'function') throw new Error('its default export is not a function (export default defineFunctionalTest(async ({ db }) => { … }))');
    fn = loaded.default as FunctionalTestFunction;
  } catch (cause) {
    throw new HarnessError('CONFIG_INVALID', `Test case ${JSON.stringify(test.name)}: the module ${file} could not be used: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, {
      file,
      path: [...options.path, 'module'],
      cause,
      hint: 'A functional test module exports a function as its default: export default defineFunctionalTest(async ({ db, url }) => { … }).',
    });
  }
  const controller = new AbortController();
  const logged: string[] = [];
  const context: FunctionalTestContext = {
    db: { query: options.target.session.query.bind(options.target.session), exec: options.target.session.exec.bind(options.target.session) },
    url: options.target.url,
    env: options.env,
    signal: controller.signal,
  };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const result = await Promise.race([Promise.resolve(fn(context)).then(() => 'done' as const), timeout]);
    if (result === 'timeout') {
      controller.abort();
      return { passed: false, timedOut: true, reason: 'timed out', output: logged.join('\n'), durationMs: performance.now() - started };
    }
    return { passed: true, timedOut: false, reason: '', output: '', durationMs: performance.now() - started };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { passed: false, timedOut: false, reason, output: error instanceof Error && error.stack ? error.stack : reason, durationMs: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function tail(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > OUTPUT_TAIL ? `…${trimmed.slice(-OUTPUT_TAIL)}` : trimmed;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}
