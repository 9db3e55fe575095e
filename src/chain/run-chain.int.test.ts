import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type Snapshot, type StartedEnvironment } from '../environment/environment-provider.ts';
import type { ChainResult } from './chain-result.ts';
import { loadMigrators } from './load-migrators.ts';
import type { Migrator } from './migrator.ts';
import { runChain, type RunChainOptions } from './run-chain.ts';
import { readSchemaHistory, stampBaseline } from './schema-history.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/chain');
const HISTORY = 'pilot_schema_history';
const provider = embeddedProvider({ cache: memorySnapshotCache() });

/** The 1.0.0 schema with its rows, seeded once and restored into a fresh database per test. */
let atVersion1: Snapshot;
beforeAll(async () => {
  await using env = await provider.start({ role: 'source', engine: 'postgres' });
  await env.engine.session.exec(await readFile(path.join(FIXTURES, 'schema/1.0.0.sql'), 'utf8'));
  atVersion1 = await env.snapshot();
});

async function target(): Promise<StartedEnvironment> {
  return provider.start({ role: 'target', engine: 'postgres', restore: atVersion1 });
}

/** Loads `entries` (relative to the fixtures) and runs them on `session`. */
async function chain(session: PostgresSession, entries: string[], options: Partial<RunChainOptions> = {}): Promise<ChainResult> {
  const migrators = await loadMigrators(entries, FIXTURES);
  return runChain(session, migrators, { targetVersion: '2.0.0', mandatory: ['2.0.0'], historyTable: HISTORY, ...options });
}

/** The history without times: rank, from → to, kind, script, success. */
async function history(session: PostgresSession): Promise<string[]> {
  return (await readSchemaHistory(session, HISTORY)).map(
    (e) => `${e.installedRank} ${e.fromVersion ?? '·'} → ${e.version} ${e.kind} ${e.script || '·'} ${e.success ? 'ok' : 'FAILED'}`,
  );
}

const statuses = (result: ChainResult) => result.steps.map((s) => `${s.id} ${s.status}`);

async function exists(session: PostgresSession, relation: string): Promise<boolean> {
  const { rows } = await session.query<{ present: boolean }>('select to_regclass($1) is not null as present', [relation]);
  return rows[0]!.present;
}

async function column(session: PostgresSession, sql: string): Promise<unknown[]> {
  const { rows, fields } = await session.query(sql);
  return rows.map((row) => row[fields[0]!]);
}

describe('runChain on PostgreSQL (embedded)', () => {
  it('runs a valid chain end to end and records every step in the history', async () => {
    await using env = await target();
    const db = env.engine.session;
    await stampBaseline(db, HISTORY, '1.0.0');

    let tick = 0;
    const result = await chain(db, ['valid'], { clock: () => (tick += 5) });
    expect(result).toMatchObject({ fromVersion: '1.0.0', targetVersion: '2.0.0', reachedVersion: '2.0.0', refusal: [] });
    expect(result.warnings).toBeUndefined();
    expect(result.steps.map(({ durationMs, checksum, ...step }) => ({ ...step, durationMs: durationMs > 0, checksum: checksum.length }))).toEqual([
      { id: '1.1.0', from: '1.0.0', to: '1.1.0', description: 'add a priority to leave requests', file: 'valid/1.0.0-1.1.0.add-priority.sql', kind: 'sql', transaction: true, status: 'success', durationMs: true, checksum: 64 },
      { id: '1.2.0', from: '1.1.0', to: '1.2.0', description: 'move leave days into app_fd_leave_days', file: 'valid/1.1.0-1.2.0.leave-days.ts', kind: 'module', transaction: true, status: 'success', durationMs: true, checksum: 64 },
      { id: '2.0.0', from: '1.2.0', to: '2.0.0', description: 'keep every status change of a leave request', file: 'valid/1.2.0-2.0.0.status-history.sql', kind: 'sql', transaction: true, status: 'success', durationMs: true, checksum: 64 },
    ]);

    expect(await history(db)).toEqual([
      '1 · → 1.0.0 baseline · ok',
      '2 1.0.0 → 1.1.0 sql valid/1.0.0-1.1.0.add-priority.sql ok',
      '3 1.1.0 → 1.2.0 module valid/1.1.0-1.2.0.leave-days.ts ok',
      '4 1.2.0 → 2.0.0 sql valid/1.2.0-2.0.0.status-history.sql ok',
    ]);
    const entries = await readSchemaHistory(db, HISTORY);
    expect(entries.slice(1).map((e) => e.checksum)).toEqual(result.steps.map((s) => s.checksum));
    expect(entries[1]!.appliedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    // What the migrators did: a new column, and new tables instead of changing c_days' type.
    expect(await column(db, 'select c_priority from app_fd_leave_request order by id')).toEqual(['normal', 'normal', 'normal', 'normal']);
    expect(await column(db, 'select request_id || \'=\' || days from app_fd_leave_days order by request_id')).toEqual(['1=2.5', '2=1.0']);
    expect(await column(db, 'select count(*)::int from app_fd_leave_status')).toEqual([4]);

    // Run again: the stored version is the target, nothing to do.
    const again = await chain(db, ['valid']);
    expect(again).toMatchObject({ fromVersion: '2.0.0', reachedVersion: '2.0.0', steps: [], refusal: [] });
    expect(await history(db)).toHaveLength(4);
  });

  it('stamps the baseline it is given on a target without history, and refuses without one', async () => {
    await using env = await target();
    const db = env.engine.session;
    const refused = await chain(db, ['valid']);
    expect(refused.fromVersion).toBeUndefined();
    expect(refused.steps).toEqual([]);
    expect(refused.refusal).toMatchInlineSnapshot(`
      [
        {
          "code": "chain.no-stored-version",
          "files": [],
          "message": "The target has no stored version: "pilot_schema_history" does not exist or is empty, so the chain does not know where to start. Stamp the source app version first (stampBaseline, or the baselineVersion option of runChain), or restore a dump that carries its history.",
        },
      ]
    `);
    expect(await exists(db, HISTORY)).toBe(false);

    const result = await chain(db, ['valid'], { baselineVersion: '1.0.0', targetVersion: '1.1.0' });
    expect(statuses(result)).toEqual(['1.1.0 success']);
    expect(await history(db)).toEqual(['1 · → 1.0.0 baseline · ok', '2 1.0.0 → 1.1.0 sql valid/1.0.0-1.1.0.add-priority.sql ok']);
  });

  describe('an applied migrator edited afterwards (a restored production dump)', () => {
    it('refuses the whole chain before anything runs, and leaves the database as it was', async () => {
      await using env = await target();
      const db = env.engine.session;
      await db.exec(await readFile(path.join(FIXTURES, 'edited/production-at-1.1.0.sql'), 'utf8'));
      const schemaBefore = await env.engine.introspect();
      const dataBefore = await env.engine.fingerprintAll();

      const result = await chain(db, ['valid']);
      expect(result).toMatchObject({ fromVersion: '1.1.0', reachedVersion: '1.1.0' });
      expect(result.refusal).toMatchInlineSnapshot(`
        [
          {
            "code": "chain.checksum-mismatch",
            "files": [
              "valid/1.0.0-1.1.0.add-priority.sql",
            ],
            "message": "Migrator 1.1.0 (valid/1.0.0-1.1.0.add-priority.sql) was applied with checksum sha256:db8941181ade… but the file now has sha256:ecfb93a1badf…. An applied migrator must not change: revert the edit and put the change in a new migrator.",
          },
        ]
      `);
      // The plan is known, and none of it ran.
      expect(statuses(result)).toEqual(['1.2.0 not-executed', '2.0.0 not-executed']);

      expect(await env.engine.introspect()).toEqual(schemaBefore);
      expect(await env.engine.fingerprintAll()).toEqual(dataBefore);
      expect(await exists(db, 'app_fd_leave_days')).toBe(false);
    });

    it('goes on from the dump\'s version when the checksum matches', async () => {
      await using env = await target();
      const db = env.engine.session;
      await db.exec(await readFile(path.join(FIXTURES, 'edited/production-at-1.1.0.sql'), 'utf8'));
      const [applied] = await loadMigrators(['valid/1.0.0-1.1.0.add-priority.sql'], FIXTURES);
      await db.query(`update ${HISTORY} set checksum = $1 where installed_rank = 2`, [applied!.checksum]);

      const result = await chain(db, ['valid']);
      expect(result.refusal).toEqual([]);
      expect(statuses(result)).toEqual(['1.2.0 success', '2.0.0 success']);
      expect((await history(db)).slice(2)).toEqual([
        '3 1.1.0 → 1.2.0 module valid/1.1.0-1.2.0.leave-days.ts ok',
        '4 1.2.0 → 2.0.0 sql valid/1.2.0-2.0.0.status-history.sql ok',
      ]);
      // The dump's own default stays: the edited file did not run again.
      expect(await column(db, "select column_default from information_schema.columns where table_name = 'app_fd_leave_request' and column_name = 'c_priority'")).toEqual(["'low'::text"]);
    });
  });

  describe('a failing migrator mid-chain', () => {
    it('a syntax error: the step errs with SQLSTATE and the file\'s line, later steps do not run', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['syntax-error']);

      expect(statuses(result)).toEqual(['1.1.0 success', '1.2.0 error', '2.0.0 not-executed']);
      expect(result.reachedVersion).toBe('1.1.0');
      const failed = result.steps[1]!;
      expect(failed.error).toMatchObject({ code: 'DATABASE', sqlState: '42601' });
      expect(failed.error!.message).toMatchInlineSnapshot(`
        "syntax error at or near "selec" (SQLSTATE 42601)
          line 12: selec id, 'priority raised' from app_fd_leave_request where c_priority = 'high';
                   ^
        At syntax-error/1.1.0-1.2.0.leave-audit.sql:12.
        The step's transaction was rolled back: the target is as it was before this step."
      `);
      expect(result.steps[2]!.durationMs).toBe(0);

      expect(await exists(db, 'app_fd_leave_audit')).toBe(false);
      expect(await history(db)).toEqual(['1 · → 1.0.0 baseline · ok', '2 1.0.0 → 1.1.0 sql syntax-error/1.0.0-1.1.0.add-priority.sql ok']);
    });

    it('a runtime error after other statements ran: the whole step is rolled back', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['runtime-error']);

      expect(statuses(result)).toEqual(['1.1.0 success', '1.2.0 error', '2.0.0 not-executed']);
      expect(result.steps[1]!.error).toMatchObject({ code: 'DATABASE', sqlState: '23502' });
      expect(result.steps[1]!.error!.message.split('\n')[0]).toMatchInlineSnapshot(`"null value in column "note" of relation "app_fd_leave_audit" violates not-null constraint (SQLSTATE 23502)"`);
      // The CREATE TABLE and UPDATE before the failing INSERT ran, and were rolled back with it.
      expect(await exists(db, 'app_fd_leave_audit')).toBe(false);
      expect(await column(db, 'select c_priority from app_fd_leave_request where id = 2')).toEqual(['normal']);
      expect((await readSchemaHistory(db, HISTORY)).map((e) => e.version)).toEqual(['1.0.0', '1.1.0']);
    });

    it('a module that throws: the step errs with where it threw, and its table is rolled back', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['module-throws'], { targetVersion: '1.1.0', mandatory: [] });

      expect(statuses(result)).toEqual(['1.1.0 error']);
      expect(result.steps[0]!.error!.code).toBe('MIGRATOR_THREW');
      expect(result.steps[0]!.error!.sqlState).toBeUndefined();
      expect(result.steps[0]!.error!.message).toMatchInlineSnapshot(`
        "Days are not a number in 1 leave request(s), e.g. request 3: "n/a"
        Thrown at module-throws/1.0.0-1.1.0.check-days.ts:14:13.
        The step's transaction was rolled back: the target is as it was before this step."
      `);
      expect(await exists(db, 'app_fd_leave_days')).toBe(false);
    });

    it('a migrator that commits by itself: the step errs, its change stays, and the history marks it failed', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['commits-itself'], { targetVersion: '1.1.0', mandatory: [] });

      expect(statuses(result)).toEqual(['1.1.0 error']);
      expect(result.steps[0]!.error).toMatchObject({ code: 'MIGRATOR_ENDED_TRANSACTION' });
      expect(result.steps[0]!.error!.sqlState).toBeUndefined();
      expect(result.steps[0]!.error!.message).toMatchInlineSnapshot(`
        "The migrator ended the step's transaction itself (COMMIT or ROLLBACK in its SQL), so the step was not atomic and what it committed stays in the database. Remove the transaction control statements, or declare it with transaction: false ("-- @transaction false").
        (PostgreSQL: RELEASE SAVEPOINT can only be used in transaction blocks (SQLSTATE 25P01))
        The history records the failure (rank 2); the next run refuses the chain until the target is repaired."
      `);
      expect(await column(db, "select count(*)::int from information_schema.columns where column_name = 'c_priority'")).toEqual([1]);
      expect(await history(db)).toEqual(['1 · → 1.0.0 baseline · ok', '2 1.0.0 → 1.1.0 sql commits-itself/1.0.0-1.1.0.add-priority.sql FAILED']);
    });
  });

  it('a migrator that catches an error and carries on: the step errs and is rolled back', async () => {
    await using env = await target();
    const db = env.engine.session;
    await stampBaseline(db, HISTORY, '1.0.0');
    const swallowing: Migrator = {
      from: '1.0.0',
      to: '1.1.0',
      description: 'swallows an error',
      transaction: true,
      kind: 'module',
      file: path.join(FIXTURES, 'inline.ts'),
      relativeFile: 'inline.ts',
      checksum: '0'.repeat(64),
      async up(migration) {
        await migration.exec('create table app_fd_leave_days (request_id integer primary key)');
        await migration.exec('select c_no_such_column from app_fd_leave_request').catch(() => undefined);
      },
    };
    const result = await runChain(db, [swallowing], { targetVersion: '1.1.0', mandatory: [], historyTable: HISTORY });
    expect(result.steps[0]!.error).toMatchObject({ code: 'MIGRATOR_SWALLOWED_ERROR' });
    expect(result.steps[0]!.error!.message.split('\n')[0]).toMatch(/^A statement of the migrator failed and the migrator carried on/);
    expect(await exists(db, 'app_fd_leave_days')).toBe(false);
    expect(await history(db)).toEqual(['1 · → 1.0.0 baseline · ok']);
  });

  describe('migrators outside a transaction', () => {
    it('run CREATE INDEX CONCURRENTLY and record the step afterwards', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['concurrently'], { targetVersion: '1.1.0', mandatory: [] });

      expect(statuses(result)).toEqual(['1.1.0 success']);
      expect(result.steps[0]!.transaction).toBe(false);
      expect(
        await column(db, "select indexrelid::regclass::text || ' ' || indisvalid from pg_index where indrelid = 'app_fd_leave_request'::regclass and not indisprimary order by 1"),
      ).toEqual(['app_fd_leave_request_employee_idx true', 'app_fd_leave_request_status_idx true']);
      expect((await history(db)).at(-1)).toBe('2 1.0.0 → 1.1.0 sql concurrently/1.0.0-1.1.0.status-index.sql ok');
    });

    it('leave what ran before a failure, say so, and make the next run refuse', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['concurrently-failure'], { targetVersion: '1.1.0', mandatory: [] });

      expect(statuses(result)).toEqual(['1.1.0 error']);
      expect(result.reachedVersion).toBe('1.0.0');
      expect(result.steps[0]!.error).toMatchObject({ code: 'DATABASE', sqlState: '42703' });
      expect(result.steps[0]!.error!.message).toMatchInlineSnapshot(`
        "column "c_priority" does not exist (SQLSTATE 42703)
        Statement 2 of 2 (line 7) failed; statement 1 ran before it and stays applied.
        The migrator runs outside a transaction (transaction: false), so what it did before the failure stays in the database: the target is part-way between versions.
        The history records the failure (rank 2); the next run refuses the chain until the target is repaired."
      `);
      expect(await exists(db, 'app_fd_leave_request_status_idx')).toBe(true);
      expect(await history(db)).toEqual(['1 · → 1.0.0 baseline · ok', '2 1.0.0 → 1.1.0 sql concurrently-failure/1.0.0-1.1.0.status-index.sql FAILED']);

      const next = await chain(db, ['concurrently-failure'], { targetVersion: '1.1.0', mandatory: [] });
      expect(next.refusal.map((r) => r.code)).toEqual(['chain.failed-applied']);
      expect(statuses(next)).toEqual(['1.1.0 not-executed']);
    });

    it('CREATE INDEX CONCURRENTLY in a transactional migrator errs with the fix', async () => {
      await using env = await target();
      const db = env.engine.session;
      await stampBaseline(db, HISTORY, '1.0.0');
      const result = await chain(db, ['needs-no-transaction'], { targetVersion: '1.1.0', mandatory: [] });
      expect(result.steps[0]!.error).toMatchObject({ sqlState: '25001' });
      expect(result.steps[0]!.error!.message).toMatchInlineSnapshot(`
        "CREATE INDEX CONCURRENTLY cannot run inside a transaction block (SQLSTATE 25001)
        This statement cannot run inside a transaction: add "-- @transaction false" to the migrator's header.
        The step's transaction was rolled back: the target is as it was before this step."
      `);
      expect(await exists(db, 'app_fd_leave_request_status_idx')).toBe(false);
    });
  });

  it('refuses broken chains before anything runs', async () => {
    await using env = await target();
    const db = env.engine.session;
    await stampBaseline(db, HISTORY, '1.0.0');
    const before = await env.engine.fingerprintAll();
    const cases: Array<[string, Partial<RunChainOptions>]> = [
      ['skip-mandatory', { targetVersion: '2.1.0' }],
      ['gap', {}],
      ['duplicate', {}],
      ['ambiguous', {}],
    ];
    const outcomes: Record<string, unknown> = {};
    for (const [folder, options] of cases) {
      const result = await chain(db, [folder], options);
      outcomes[folder] = { steps: result.steps.length, reached: result.reachedVersion, refusal: result.refusal.map((r) => [r.code, ...r.files]) };
    }
    expect(outcomes).toMatchInlineSnapshot(`
      {
        "ambiguous": {
          "reached": "1.0.0",
          "refusal": [
            [
              "chain.ambiguous",
              "ambiguous/1.0.0-1.1.0.add-priority.sql",
              "ambiguous/1.1.0-2.0.0.status-history.sql",
              "ambiguous/1.0.0-1.5.0.add-priority-hotfix.sql",
              "ambiguous/1.5.0-2.0.0.status-history-hotfix.sql",
            ],
          ],
          "steps": 0,
        },
        "duplicate": {
          "reached": "1.0.0",
          "refusal": [
            [
              "chain.duplicate",
              "duplicate/1.0.0-1.1.0.add-priority-index.sql",
              "duplicate/1.0.0-1.1.0.add-priority.sql",
            ],
          ],
          "steps": 0,
        },
        "gap": {
          "reached": "1.0.0",
          "refusal": [
            [
              "chain.gap",
              "gap/1.0.0-1.1.0.add-priority.sql",
              "gap/1.2.0-2.0.0.status-history.sql",
            ],
          ],
          "steps": 0,
        },
        "skip-mandatory": {
          "reached": "1.0.0",
          "refusal": [
            [
              "chain.mandatory-skipped",
              "skip-mandatory/1.2.0-2.1.0.status-history.sql",
            ],
          ],
          "steps": 0,
        },
      }
    `);
    expect(await env.engine.fingerprintAll()).toEqual(before);
  });

  it('refuses a target whose stored version is above the target version', async () => {
    await using env = await target();
    const db = env.engine.session;
    await stampBaseline(db, HISTORY, '2.1.0');
    const result = await chain(db, ['valid']);
    expect(result.refusal.map((r) => r.code)).toEqual(['chain.stored-version-ahead']);
    expect(result).toMatchObject({ fromVersion: '2.1.0', reachedVersion: '2.1.0', steps: [] });
  });
});
