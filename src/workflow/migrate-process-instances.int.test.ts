import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_ENGINE, NEW_ENGINE_DDL } from '../../scenarios/workflow-app-move/new-engine.ts';
import { processState } from '../checks/process-state/process-state.ts';
import { chainResultOf } from '../checks/testing/chain-result-of.ts';
import type { CheckContext } from '../checks/check.ts';
import { embeddedProvider } from '../environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type StartedEnvironment } from '../environment/environment-provider.ts';
import { processCheckSchema } from '../scenario/process-schema.ts';
import { engineTablesServer } from './engine-tables-server.ts';
import { migrateProcessInstances } from './migrate-process-instances.ts';
import { resolveProcessModel } from './process-model.ts';
import { type ProcessServer, processServerApi, type ResumeRequest, type StartRequest } from './process-server.ts';

/*
 * Source 001's procedure at database level, on a handful of instances whose shape is known:
 * LR-1 waits at a multi-instance approval (two approvers), LR-2 at two parallel branches,
 * LR-3 is completed, EC-1 waits at review in a process whose start runs a tool.
 */
const ENGINE_SQL = readFileSync(path.resolve(import.meta.dirname, '../../scenarios/workflow-app-move/schema/workflow-engine.sql'), 'utf8');
const INSTANCES = `
  create table dir_user (id text primary key);
  insert into dir_user values ('u1'), ('u2'), ('m1'), ('m2'), ('h1'), ('p1'), ('f1');
  create table app_fd_expense_claim (id text primary key, c_status text);
  insert into app_fd_expense_claim values ('EC-1', 'submitted');
  insert into wf_process (id, process_def_id, state, record_id, started_by, started, last_state_time) values
    ('P1', 'workflow_app#1#leave_approval', 'open.running', 'LR-1', 'u1', now(), now()),
    ('P2', 'workflow_app#1#leave_approval', 'open.running', 'LR-2', 'u2', now(), now()),
    ('P3', 'workflow_app#1#leave_approval', 'closed.completed', 'LR-3', 'u1', now(), now()),
    ('P4', 'workflow_app#3#expense_approval', 'open.running', 'EC-1', 'u2', now(), now());
  insert into wf_activity (id, process_id, activity_def_id, state, assignee, created) values
    ('A1', 'P1', 'submit', 'closed.completed', 'u1', '2026-01-01 08:00Z'),
    ('A2', 'P1', 'approve', 'open.not_running.not_started', 'm1', '2026-01-01 09:00Z'),
    ('A3', 'P1', 'approve', 'open.not_running.not_started', 'm2', '2026-01-01 09:00Z'),
    ('A4', 'P2', 'hr_review', 'open.running', 'h1', '2026-01-02 08:00Z'),
    ('A5', 'P2', 'payroll_update', 'open.not_running.not_started', 'p1', '2026-01-02 08:01Z'),
    ('A6', 'P3', 'submit', 'closed.completed', 'u1', '2026-01-03 08:00Z'),
    ('A7', 'P4', 'review', 'open.running', 'f1', '2026-01-04 08:00Z');
  insert into wf_variable values ('P1', 'days', '3'), ('P1', 'comment', null), ('P2', 'days', '5'), ('P4', 'amount', '12.50');
  insert into wf_audit (process_id, activity_def_id, action, actor, at) values ('P3', null, 'start', 'u1', '2026-01-03 08:00Z'), ('P3', 'submit', 'complete', 'u1', '2026-01-03 08:30Z');`;

const MAPPING = {
  definitions: { 'leave_approval@1': 'leave_approval@2' },
  activities: { 'leave_approval@1': { approve: 'manager_approval' } },
};

let env: StartedEnvironment;
const provider = embeddedProvider({ cache: memorySnapshotCache() });
beforeEach(async () => {
  env = await provider.start({ role: 'source', engine: 'postgres' });
  await env.engine.session.exec(ENGINE_SQL + INSTANCES + NEW_ENGINE_DDL);
});
afterEach(async () => {
  await env?.stop();
});
const db = () => env.engine.session;
const rows = async (sql: string) => (await env.engine.queryText(sql)).rows;

/** The new server's ids are a function of the old ones; a recording server notes every call. */
function recordingServer(): ProcessServer & { calls: Array<['start', StartRequest] | ['resume', ResumeRequest]> } {
  const calls: Array<['start', StartRequest] | ['resume', ResumeRequest]> = [];
  return {
    calls,
    start: async (requests) => requests.map((r) => (calls.push(['start', r]), `new-${r.sourceInstanceId}`)),
    resume: async (requests) => void requests.forEach((r) => calls.push(['resume', r])),
  };
}

/** The process-state check between the old tables (wf_*) and the new engine's, on this one database. */
async function processFindings(options: { completed?: 'archive' | 'leave-behind' } = {}) {
  const check = processState(processCheckSchema.parse({ target: NEW_ENGINE, ...MAPPING, completed: options.completed ?? 'leave-behind' }));
  const facts: Record<string, unknown>[] = [];
  const context: CheckContext = { source: env.engine, target: env.engine, run: { chain: chainResultOf([]), harnessTables: [] }, note: (f) => void facts.push(f) };
  return { findings: await check.run(context), facts: facts[0]! };
}

describe('migrateProcessInstances: start again, then resume where each instance was', () => {
  it('starts each running instance with its record id, starter and variables; the first resume of each aborts the default activity, later ones do not', async () => {
    const server = recordingServer();
    const result = await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, definitions: { ...MAPPING.definitions }, server });
    expect(server.calls).toEqual([
      ['start', { definition: 'leave_approval@2', recordId: 'LR-1', starter: 'u1', variables: { days: '3', comment: null }, sourceInstanceId: 'P1' }],
      ['start', { definition: 'leave_approval@2', recordId: 'LR-2', starter: 'u2', variables: { days: '5' }, sourceInstanceId: 'P2' }],
      ['start', { definition: 'expense_approval@3', recordId: 'EC-1', starter: 'u2', variables: { amount: '12.50' }, sourceInstanceId: 'P4' }],
      // Round 1: every instance's first open activity, abortCurrent.
      ['resume', { instanceId: 'new-P1', activity: 'manager_approval', abortCurrent: true, assignee: 'm1', recordId: 'LR-1' }],
      ['resume', { instanceId: 'new-P2', activity: 'hr_review', abortCurrent: true, assignee: 'h1', recordId: 'LR-2' }],
      ['resume', { instanceId: 'new-P4', activity: 'review', abortCurrent: true, assignee: 'f1', recordId: 'EC-1' }],
      // Round 2: the second approver and the parallel branch, without aborting the first.
      ['resume', { instanceId: 'new-P1', activity: 'manager_approval', abortCurrent: false, assignee: 'm2', recordId: 'LR-1' }],
      ['resume', { instanceId: 'new-P2', activity: 'payroll_update', abortCurrent: false, assignee: 'p1', recordId: 'LR-2' }],
    ]);
    expect(result).toMatchObject({ started: 3, resumed: 5, aborted: 3, archived: 0, leftBehind: 1, skipped: [] });
  });

  it('warns, by record id, that the expense process\'s start-of-process tool may alter form data (source 001)', async () => {
    const result = await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, server: recordingServer() });
    expect(result.warnings).toEqual([
      {
        code: 'process.start-tools',
        message:
          '1 instance was started again in expense_approval@3, whose start runs tools (set_claim_status): on a real server they run again and may change the form data of those records (source 001). ' +
          'Check the form data after the step (row parity of the form tables does), or disable the tools while migrating.',
        keys: ['EC-1'],
      },
    ]);
  });

  it('a start that did change the form data (a tool ran) is warned about with the record id', async () => {
    const inner = recordingServer();
    const toolRunning: ProcessServer = {
      async start(requests) {
        await db().query(`update app_fd_expense_claim set c_status = 'pending' where id = any($1::text[])`, [requests.map((r) => r.recordId)]);
        return inner.start(requests);
      },
      resume: (requests) => inner.resume(requests),
    };
    const result = await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, server: toolRunning, formData: [{ table: 'app_fd_expense_claim', key: 'id' }] });
    expect(result.warnings.map((w) => [w.code, w.keys])).toEqual([
      ['process.start-tools', ['EC-1']],
      ['process.form-data-changed', ['EC-1']],
    ]);
  });

  it('engineTablesServer: after the moves the process-state check finds every instance where it was; all-abortCurrent loses the second approver and a parallel branch', async () => {
    await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, completed: 'archive' });
    const tasks = await rows(`select i.business_key, t.activity_key, t.status, t.assignee from wfe_task t join wfe_instance i on i.id = t.instance_id where i.business_key = 'LR-1' order by t.created_at, t.assignee`);
    expect(tasks).toEqual([
      ['LR-1', 'submit', 'closed.aborted', null],
      ['LR-1', 'manager_approval', 'open.not_running.not_started', 'm1'],
      ['LR-1', 'manager_approval', 'open.not_running.not_started', 'm2'],
    ]);
    const good = await processFindings({ completed: 'archive' });
    expect(good.findings).toEqual([]);
    expect(good.facts.running).toEqual({ source: 3, target: 3, compared: 3 });

    // The same move again, on fresh tables, by a server that aborts on every resume.
    await db().exec(`drop table wfe_history, wfe_variable, wfe_task, wfe_instance, wfe_definition; ${NEW_ENGINE_DDL}`);
    const server = await engineTablesServer(db(), resolveProcessModel(NEW_ENGINE));
    const abortsAlways: ProcessServer = { start: (r) => server.start(r), resume: (r) => server.resume(r.map((x) => ({ ...x, abortCurrent: true }))) };
    await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, server: abortsAlways });
    const { findings } = await processFindings();
    expect(findings.map((f) => [f.code, f.keys])).toEqual([['process.activities-diverged', ['LR-1', 'LR-2']]]);
    expect(findings[0]!.details!.map((d) => [d.key, d.note])).toEqual([
      ['LR-1', 'open in the source only: manager_approval (m1)'],
      ['LR-2', 'open in the source only: hr_review (h1)'],
    ]);
  });

  it('processServerApi: the user\'s per-call API gets one call per instance and activity, each instance\'s calls in order, at the asked concurrency', async () => {
    const log: string[] = [];
    let inFlight = 0;
    let most = 0;
    const api = processServerApi(
      {
        async start(r) {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight--;
          log.push(`start ${r.recordId}`);
          return `api-${r.recordId}`;
        },
        async resume(r) {
          log.push(`resume ${r.instanceId} ${r.activity} abortCurrent=${r.abortCurrent}`);
        },
      },
      { concurrency: 2 },
    );
    const result = await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, server: api });
    expect(most).toBe(2);
    expect(log.filter((l) => l.includes('LR-1'))).toEqual([
      'start LR-1',
      'resume api-LR-1 manager_approval abortCurrent=true',
      'resume api-LR-1 manager_approval abortCurrent=false',
    ]);
    expect(log.filter((l) => l.startsWith('resume'))).toHaveLength(5);
    expect(result.started).toBe(3);
  });
});

describe('processState: completed and skipped instances, with the reason', () => {
  it('left behind: listed as skipped with the reason; one restarted on the target is an extra running instance', async () => {
    await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING });
    const good = await processFindings();
    expect(good.findings).toEqual([]);
    expect(good.facts.skipped).toEqual([
      { side: 'source', reason: "completed: left behind (not migrated, by the scenario's completed: leave-behind)", count: 1, keys: [] },
    ]);

    // A faulty move that restarts the completed LR-3 as well.
    const server = await engineTablesServer(db(), resolveProcessModel(NEW_ENGINE));
    await server.start([{ definition: 'leave_approval@2', recordId: 'LR-3', starter: 'u1', variables: {}, sourceInstanceId: 'P3' }]);
    const { findings } = await processFindings();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'process.extra-instance',
        keys: ['LR-3'],
        message: '1 running target instance has no running source instance with the same record id (a completed one restarted, or one started twice).',
      }),
    ]);
  });

  it('archived: the completed instance is closed on the target with its audit trail; a lost audit entry is named', async () => {
    await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, completed: 'archive' });
    expect(await rows(`select business_key, status from wfe_instance where status not like 'open.%'`)).toEqual([['LR-3', 'closed.completed']]);
    expect((await processFindings({ completed: 'archive' })).findings).toEqual([]);

    await db().exec(`delete from wfe_history where action = 'complete' and instance_id = (select id from wfe_instance where business_key = 'LR-3')`);
    const { findings } = await processFindings({ completed: 'archive' });
    expect(findings.map((f) => [f.code, f.keys, f.details?.[0]?.note])).toEqual([['process.archive-audit-diverged', ['LR-3'], expect.stringContaining('submit')]]);
  });

  it('a running instance whose definition the target does not deploy is skipped by the move and named by the check', async () => {
    const result = await migrateProcessInstances(db(), { to: NEW_ENGINE, ...MAPPING, definitions: { ...MAPPING.definitions, 'expense_approval@3': 'expense_approval@9' } });
    expect(result.skipped).toEqual([{ reason: 'not started: the new server has no definition expense_approval@9', count: 1, keys: ['EC-1'] }]);
    const check = processState(processCheckSchema.parse({ target: NEW_ENGINE, ...MAPPING, definitions: { ...MAPPING.definitions, 'expense_approval@3': 'expense_approval@9' } }));
    const facts: Record<string, unknown>[] = [];
    const findings = await check.run({ source: env.engine, target: env.engine, run: { chain: chainResultOf([]), harnessTables: [] }, note: (f) => void facts.push(f) });
    expect(findings.map((f) => [f.code, f.keys])).toEqual([['process.definition-missing', ['EC-1']]]);
    expect((facts[0]!.skipped as { reason: string }[]).map((s) => s.reason)).toContain('running, but the target deploys no expense_approval@9');
  });
});
