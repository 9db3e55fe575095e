import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareKeys } from '../src/checks/compare-keys.ts';
import { embeddedProvider } from '../src/environment/embedded/embedded-provider.ts';
import { memorySnapshotCache, type ProviderName, type SnapshotCache, type StartedEnvironment } from '../src/environment/environment-provider.ts';
import { markdownReport } from '../src/report/markdown-report.ts';
import type { PilotReport } from '../src/report/pilot-report.ts';
import { runPilot } from '../src/run/run-pilot.ts';
import { seededSource } from './support/seeded-fixture.ts';

/*
 * Moving the workflow app with its running instances (issue 4): the example passes with
 * every instance accounted for, and each broken move is held with the exact findings.
 * Expected values come from SQL on a source seeded here independently of the pilot.
 */

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'scenarios/workflow-app-move.yaml');
const fixture = (name: string) => path.join(root, 'fixtures/move', name);

const cache: SnapshotCache = memorySnapshotCache();
const embedded = embeddedProvider({ cache });
const providers = (name: ProviderName) => (name === 'embedded' ? embedded : expect.fail(`these tests run embedded only, not ${name}`));
let source: StartedEnvironment;

beforeAll(async () => {
  source = await seededSource(example, cache);
});
afterAll(async () => {
  await source?.stop();
});

const query = async (sql: string) => (await source.engine.queryText(sql)).rows;
const RUNNING = `p.state like 'open.%' and p.record_id is not null`;
const failedChecks = (report: PilotReport) => report.checks.filter((c) => c.status !== 'passed');

/** Each running instance's open activities as the check compares them: renamed for leave_approval@1, sorted. */
async function openActivities(): Promise<Map<string, { activity: string; assignee: string | null }[]>> {
  const rows = await query(`
    select p.record_id, a.activity_def_id, a.assignee, d.process_key from wf_process p
    join wf_process_def d on d.id = p.process_def_id join wf_activity a on a.process_id = p.id
    where ${RUNNING} and a.state like 'open.%'`);
  const byRecord = new Map<string, { activity: string; assignee: string | null }[]>();
  for (const [record, activity, assignee, key] of rows) {
    const renamed = key === 'leave_approval' && activity === 'approve' ? 'manager_approval' : activity!;
    byRecord.set(record!, [...(byRecord.get(record!) ?? []), { activity: renamed, assignee: assignee ?? null }]);
  }
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  for (const list of byRecord.values()) list.sort((x, y) => order(x.activity, y.activity) || order(x.assignee, y.assignee));
  return byRecord;
}

describe('moving the workflow app with its running instances', () => {
  it('the example passes, every running instance accounted for, counts per definition and state side by side', async () => {
    const report = await runPilot(example, { providers });
    expect(failedChecks(report).map((c) => ({ id: c.id, findings: c.findings }))).toEqual([]);
    expect(report).toMatchObject({ verdict: 'promote', exitCode: 0 });

    const expected = await query(`
      select case d.process_key || '@' || d.version when 'leave_approval@1' then 'leave_approval@2' else d.process_key || '@' || d.version end,
             p.state, count(*)::text from wf_process p join wf_process_def d on d.id = p.process_def_id group by 1, 2`);
    const running = Number((await query(`select count(*) from wf_process p where ${RUNNING}`))[0]![0]);
    expect(running).toBe(4200);
    const facts = report.checks.find((c) => c.id === 'processes')!.facts as Record<string, unknown>;
    expect(facts.running).toEqual({ source: running, target: running, compared: running });
    expect(facts.counts).toEqual(
      expect.arrayContaining(expected.map(([definition, state, n]) => ({ definition, state, running: state!.startsWith('open.'), source: Number(n), target: Number(n) }))),
    );
    expect((facts.counts as unknown[]).length).toBe(expected.length);
    expect(facts.skipped).toEqual([{ side: 'source', reason: "completed: archived, compared with the target's closed instances and their audit trail", count: 1300, keys: [] }]);

    // The expense process's start runs a tool: the migrator warns, by record id (source 001).
    const expenses = (await query(`select p.record_id from wf_process p where ${RUNNING} and p.process_def_id like '%expense%'`)).map(([r]) => r!).sort(compareKeys);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'process.start-tools', keys: expenses.slice(0, 50), truncated: expenses.length })]);

    const markdown = markdownReport(report);
    expect(markdown).toContain('4,200 running instances on the source, 4,200 on the target; 4,200 compared by record id');
    expect(markdown).toContain('| leave_approval@2 | open.running (running) | 3,000 | 3,000 |');
    expect(markdown).toContain('| expense_approval@3 | closed.completed | 300 | 300 |');
  });

  it('resuming at the first activity instead of the one the instance was at: hold, every such record id with both activity lists', async () => {
    const report = await runPilot(fixture('resumes-at-first-activity.ts'), { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const open = await openActivities();
    // Equal only where the instance waited at submit alone: a resume at submit puts it back there.
    const diverged = [...open].filter(([, list]) => !(list.length === 1 && list[0]!.activity === 'submit')).map(([record]) => record).sort(compareKeys);
    expect(diverged.length).toBeGreaterThan(3000);

    expect(failedChecks(report).map((c) => c.id)).toEqual(['processes']);
    const findings = failedChecks(report)[0]!.findings;
    expect(findings.map((f) => f.code)).toEqual(['process.activities-diverged']);
    expect(findings[0]).toMatchObject({
      path: 'processes.activities',
      message: `${diverged.length} of 4200 running instances diverged in their open activities or assignees (record ids listed, with what differs).`,
      keys: diverged.slice(0, 50),
      truncated: diverged.length,
    });
    const details = findings[0]!.details!.map(({ key, column, expected, actual }) => ({ key, column, expected, actual }));
    expect(details).toEqual(
      diverged.slice(0, 50).map((key) => ({ key, column: 'activities', expected: open.get(key), actual: open.get(key)!.map((a) => ({ ...a, activity: 'submit' })) })),
    );
    expect(findings[0]!.details![0]!.note).toBe('open in the source only: pay (u000001); open in the target only: submit (u000001)');
    // The count includes the parallel and multi-instance ones (two open activities, two submits on the target).
    const twoOpen = [...open].filter(([, list]) => list.length === 2).map(([record]) => record);
    expect(twoOpen.length).toBeGreaterThan(500);
    expect(twoOpen.every((record) => diverged.includes(record))).toBe(true);
  });

  it('dropping a workflow variable: hold, every record id whose variable is lost, with both variable sets', async () => {
    const report = await runPilot(fixture('drops-variable.ts'), { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const lost = (
      await query(`select p.record_id from wf_process p join wf_variable v on v.process_id = p.id where ${RUNNING} and v.value is null`)
    ).map(([r]) => r!).sort(compareKeys);
    const first = await query(`select v.name, v.value from wf_variable v join wf_process p on p.id = v.process_id where p.record_id = '${lost[0]}'`);
    const variables = Object.fromEntries(first.map(([name, value]) => [name!, value]));

    expect(failedChecks(report).map((c) => c.id)).toEqual(['processes']);
    const findings = failedChecks(report)[0]!.findings;
    expect(findings.map((f) => f.code)).toEqual(['process.variables-diverged']);
    expect(findings[0]).toMatchObject({
      path: 'processes.variables',
      message: `${lost.length} of 4200 running instances diverged in their variables (record ids listed, with what differs).`,
      keys: lost.slice(0, 50),
      truncated: lost.length,
    });
    const { comment, ...kept } = variables;
    expect(comment).toBeNull();
    expect(findings[0]!.details![0]).toEqual({ key: lost[0], column: 'variables', expected: variables, actual: kept, note: 'missing in the target: comment (null)' });
  });

  it('losing an uploaded file: hold, the file by path and record id', async () => {
    const report = await runPilot(fixture('loses-upload.ts'), { providers });
    expect(report).toMatchObject({ verdict: 'hold', exitCode: 1 });
    const [form, record, name] = (await query(`select distinct form_id, record_id, file_name from app_formuploads order by 1, 2, 3 limit 1`))[0]!;
    const lostPath = `app_formuploads/${form}/${record}/${name}`;

    expect(failedChecks(report).map((c) => c.id)).toEqual(['files:uploads']);
    expect(failedChecks(report)[0]!.findings).toEqual([
      {
        check: 'files:uploads',
        severity: 'warning',
        path: 'uploads',
        code: 'files.unmatched',
        message: '1 file of the target is outside the pattern "uploads/{record}/{form}/{file}" and was not compared.',
        keys: [lostPath],
      },
      {
        check: 'files:uploads',
        severity: 'error',
        path: 'uploads',
        code: 'files.missing',
        message: `1 of 3000 source files is missing in the target, of 1 record: "${record}".`,
        expected: 3000,
        actual: 2999,
        keys: [lostPath],
        details: [{ key: lostPath, column: 'record', actual: record, note: expect.stringMatching(/^\d+ bytes, sha256 [0-9a-f]{12}…$/) }],
      },
    ]);
  });
});
