import type { Engine, KeyedRowSet } from '../../engines/engine.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import type { ProcessCheckSpec } from '../../scenario/process-schema.ts';
import { firstLine } from '../../util/first-line.ts';
import { type ProcessModel, resolveProcessModel } from '../../workflow/process-model.ts';
import type { Check, CheckContext } from '../check.ts';
import { compareKeys } from '../compare-keys.ts';
import { countOf } from '../count-of.ts';
import { type Finding, MAX_KEYS_PER_FINDING } from '../finding.ts';
import type { KeyedDiffOptions } from '../keyed-diff.ts';
import { compareStates, type StateComparison } from '../state/compare-states.ts';
import { blaming, SideFailure } from '../side-failure.ts';
import { explainDivergence } from './explain-divergence.ts';
import { modelProblems } from './model-problems.ts';
import type { ProcessCounts, ProcessFacts } from './process-facts.ts';
import {
  ARCHIVED_FIELDS,
  archivedInstancesSql,
  definitionNamesSql,
  instanceCountsSql,
  NO_MAPPING,
  type ProcessMapping,
  RUNNING_FIELDS,
  runningInstancesSql,
  undeployedSql,
  unkeyedSql,
  unknownUsersSql,
} from './process-sql.ts';

const CHECK_ID = 'processes';
const PATH = ['checks', 'processes'] as const;

/**
 * Process-state equivalence, for an app moved with its running process instances (source
 * documents 000 and 001): every running source instance has exactly one running target
 * instance with the same record id, in the same definition (or its mapped successor), with
 * the same open activities (parallel branches and multi-instance activities included, as
 * a multiset) and assignees, the same starter and the same variables. Completed instances
 * are left behind (none may be running on the target) or archived (closed on the target,
 * with the same audit trail), as the scenario says.
 *
 * Each side's engine tables (a `ProcessModel`: the names are the scenario's) are
 * canonicalised inside the database into one row per instance, and the two sets are
 * compared by record id with `compareStates`: time proportional to the rows, one scan per
 * side when all is well.
 *
 * Findings: `process.missing-instance`, `process.extra-instance`,
 * `process.<definition|state|starter|activities|variables>-diverged` (each instance's
 * record id, with what differs), `process.duplicate-instance`,
 * `process.definition-missing` (the target does not deploy an instance's definition or
 * successor), `process.unknown-user` (a starter or assignee the target's directory lacks),
 * `process.no-record-id` (warning: running instances that cannot be matched),
 * `process.archive-missing` / `-extra` / `-diverged`, `process.table-missing` /
 * `process.column-missing` (the target lacks the model's tables). The check's facts hold
 * the counts per definition and state, source next to target, and the skipped instances
 * with the reason; the Markdown report shows them.
 *
 * @example
 * processState({
 *   target: { instances: { table: 'wfe_instance', state: 'status', recordId: 'business_key' } },
 *   definitions: { 'leave_approval@1': 'leave_approval@2' },
 *   activities: { 'leave_approval@1': { approve: 'manager_approval' } },
 *   completed: 'archive', users: true,
 * });
 */
export function processState(spec: ProcessCheckSpec, options: KeyedDiffOptions = {}): Check {
  const mapping: ProcessMapping = {
    definitions: spec.definitions ?? {},
    activities: spec.activities ?? {},
    variables: { ignore: spec.variables?.ignore ?? [], rename: spec.variables?.rename ?? {} },
  };
  const targetMapping: ProcessMapping = { ...NO_MAPPING, variables: { ignore: mapping.variables.ignore, rename: {} } };
  return {
    id: CHECK_ID,
    kind: 'process',
    description:
      'Every running source instance has exactly one running target instance with the same record id, the same (or successor) definition, ' +
      `open activities, assignees, starter and variables; completed instances are ${spec.completed === 'archive' ? 'archived with their audit trail' : 'left behind'}.`,
    async run(context) {
      const source = resolveProcessModel(spec.source);
      const target = resolveProcessModel(spec.target, source);
      const parts = ['definitions', 'instances', 'activities', 'variables', ...(spec.completed === 'archive' ? ['audit' as const] : [])] as const;
      await refuseSourceProblems(context.source, source, [...parts, ...(spec.users ? ['users' as const] : [])]);
      const base = { check: CHECK_ID, severity: 'error' as const, path: 'processes' };
      const targetProblems = await modelProblems(context.target, target, parts);
      if (targetProblems.length > 0) {
        return targetProblems.map((problem) => ({
          ...base,
          code: problem.field === 'table' ? 'process.table-missing' : 'process.column-missing',
          path: `processes.target.${problem.part}${problem.field === 'table' ? '' : `.${problem.field}`}`,
          message: `The target's ${problem.message}, so process states cannot be compared. ${problem.hint}`,
        }));
      }

      const findings: Finding[] = [];
      const facts: ProcessFacts = {
        completed: spec.completed,
        successors: Object.entries(mapping.definitions).map(([from, to]) => ({ source: from, target: to })),
        counts: [],
        running: { source: 0, target: 0, compared: 0 },
        skipped: [],
      };
      const read = readers(context);

      const deployed = (await read.target(definitionNamesSql(target))).map(([name]) => name!);
      const [sourceCounts, targetCounts] = await Promise.all([read.source(instanceCountsSql(source, mapping)), read.target(instanceCountsSql(target, targetMapping))]);
      facts.counts = mergeCounts(sourceCounts, targetCounts);
      const sum = (rows: (string | null)[][], which: (row: (string | null)[]) => boolean, column = 2) =>
        rows.filter(which).reduce((n, row) => n + Number(row[column]), 0);
      const isRunning = (row: (string | null)[]) => row[4] === 'true';
      facts.running.source = sum(sourceCounts, isRunning);
      facts.running.target = sum(targetCounts, isRunning);

      // Running instances without a record id cannot be matched with anything on the other side.
      for (const [side, model, rows] of [['source', source, sourceCounts], ['target', target, targetCounts]] as const) {
        const unkeyed = sum(rows, isRunning, 3);
        if (unkeyed === 0) continue;
        const ids = (await read[side](unkeyedSql(model, MAX_KEYS_PER_FINDING))).map(([id]) => id!);
        const reason = `running on the ${side} without a record id: cannot be matched`;
        facts.skipped.push({ side, reason, count: unkeyed, keys: ids });
        findings.push({
          ...base,
          severity: 'warning',
          code: 'process.no-record-id',
          message: `${countOf(unkeyed, `running ${side} instance`)} ${unkeyed === 1 ? 'has' : 'have'} no record id, so ${unkeyed === 1 ? 'it' : 'they'} cannot be matched with the other side (instance ids listed).`,
          keys: ids,
          ...(unkeyed > ids.length ? { truncated: unkeyed } : {}),
        });
      }

      // Running source instances whose definition (or successor) the target does not deploy cannot run there.
      const undeployed = sourceCounts.filter((row) => isRunning(row) && !deployed.includes(row[0] ?? ''));
      const undeployedCount = undeployed.reduce((n, row) => n + Number(row[2]) - Number(row[3]), 0);
      if (undeployedCount > 0) {
        const rows = await read.source(undeployedSql(source, mapping, deployed, MAX_KEYS_PER_FINDING));
        const names = [...new Set(undeployed.map((row) => row[0] ?? '(no definition)'))];
        facts.skipped.push({ side: 'source', reason: `running, but the target deploys no ${names.join(', ')}`, count: undeployedCount, keys: rows.map(([rid]) => rid!) });
        findings.push({
          ...base,
          code: 'process.definition-missing',
          path: `processes.${names.join(',')}`,
          message:
            `${countOf(undeployedCount, 'running source instance')} ${undeployedCount === 1 ? 'needs' : 'need'} ${names.map((n) => JSON.stringify(n)).join(', ')}, ` +
            `which the target does not deploy (it has ${deployed.map((n) => JSON.stringify(n)).join(', ') || 'none'}): ${undeployedCount === 1 ? 'it' : 'they'} cannot run there. ` +
            'Deploy the same process on the new server (source 001), or map the definition to its successor under "definitions".',
          keys: rows.map(([rid]) => rid!),
          ...(undeployedCount > rows.length ? { truncated: undeployedCount } : {}),
        });
      }

      const completedCount = sourceCounts.filter((row) => !isRunning(row)).reduce((n, row) => n + Number(row[2]), 0);
      if (completedCount > 0 && spec.completed === 'leave-behind') {
        facts.skipped.push({ side: 'source', reason: 'completed: left behind (not migrated, by the scenario\'s completed: leave-behind)', count: completedCount, keys: [] });
      }

      const running = await compare(
        { engine: context.source, set: { from: { query: runningInstancesSql(source, mapping, deployed) }, key: ['record_id'], values: [...RUNNING_FIELDS] } },
        { engine: context.target, set: { from: { query: runningInstancesSql(target, targetMapping) }, key: ['record_id'], values: [...RUNNING_FIELDS] } },
        [...RUNNING_FIELDS],
        options,
      );
      facts.running.compared = running.diff.source.count;
      facts.fingerprints = { source: running.diff.source, target: running.diff.target };
      findings.push(...instanceFindings(running, base, { noun: 'running', codePrefix: 'process.' }));

      if (spec.completed === 'archive') {
        const archived = await compare(
          { engine: context.source, set: { from: { query: archivedInstancesSql(source, mapping) }, key: ['record_id'], values: [...ARCHIVED_FIELDS] } },
          { engine: context.target, set: { from: { query: archivedInstancesSql(target, targetMapping) }, key: ['record_id'], values: [...ARCHIVED_FIELDS] } },
          [...ARCHIVED_FIELDS],
          options,
        );
        facts.skipped.push({
          side: 'source',
          reason: 'completed: archived, compared with the target\'s closed instances and their audit trail',
          count: completedCount,
          keys: [],
        });
        facts.archived = { source: archived.diff.source.count, target: archived.diff.target.count };
        findings.push(...instanceFindings(archived, base, { noun: 'completed', codePrefix: 'process.archive-' }));
      }

      if (spec.users) {
        const problems = await modelProblems(context.target, target, ['users']);
        if (problems.length > 0) {
          findings.push({
            ...base,
            code: 'process.users-missing',
            path: 'processes.target.users',
            message: `The target's ${problems[0]!.message}: the new server must have the same user management (source 001). ${problems[0]!.hint}`,
          });
        } else {
          const rows = await read.target(unknownUsersSql(target));
          if (rows.length > 0) {
            const records = [...new Set(rows.map(([rid]) => rid!))].sort(compareKeys);
            const users = [...new Set(rows.map(([, who]) => who!))].sort(compareKeys);
            findings.push({
              ...base,
              code: 'process.unknown-user',
              message:
                `${countOf(records.length, 'running target instance')} ${records.length === 1 ? 'names' : 'name'} ${countOf(users.length, 'user')} ` +
                `the target's user directory lacks (${users.slice(0, 10).map((u) => JSON.stringify(u)).join(', ')}${users.length > 10 ? ', …' : ''}): ` +
                'the new server must have the same user management, or those activities cannot be assigned (source 001).',
              keys: records.slice(0, MAX_KEYS_PER_FINDING),
              ...(records.length > MAX_KEYS_PER_FINDING ? { truncated: records.length } : {}),
              details: rows.slice(0, MAX_KEYS_PER_FINDING).map(([rid, who]) => ({ key: rid!, column: 'user', actual: who, note: 'not in the target\'s user directory' })),
            });
          }
        }
      }
      context.note?.(facts as unknown as Record<string, unknown>);
      return findings;
    },
  };
}

async function refuseSourceProblems(engine: Engine, model: ProcessModel, parts: readonly (keyof ProcessModel)[]): Promise<void> {
  const problems = await modelProblems(engine, model, parts);
  if (problems.length === 0) return;
  const [first] = problems;
  throw new HarnessError(
    'CONFIG_INVALID',
    `Process model: on the source, ${problems.map((p) => p.message).join('; ')}.`,
    {
      path: [...PATH, 'source', first!.part, ...(first!.field === 'table' ? ['table'] : [first!.field])],
      hint: `${first!.hint} Name the engine's tables and columns under checks.processes.source${first!.part === 'users' ? ', or set users: false' : ''}.`,
    },
  );
}

function readers(context: CheckContext) {
  const at = (engine: Engine, side: 'source' | 'target') => async (sql: string) => {
    try {
      return (await engine.queryText(sql)).rows;
    } catch (error) {
      // The model was checked against the catalog, so a failure here is a `where` filter or a value the SQL cannot read.
      throw new HarnessError(side === 'source' ? 'CONFIG_INVALID' : 'DATABASE', `Process-state check: reading the ${side}'s processes failed: ${firstLine(error)}`, {
        path: [...PATH, side],
        hint: 'Check the model\'s "where" condition and the types of its columns.',
        cause: error,
      });
    }
  };
  return { source: at(context.source, 'source'), target: at(context.target, 'target') };
}

async function compare(
  source: { engine: Engine; set: KeyedRowSet },
  target: { engine: Engine; set: KeyedRowSet },
  fields: string[],
  options: KeyedDiffOptions,
): Promise<StateComparison> {
  try {
    return await compareStates(
      { store: blaming(source.engine, 'source'), set: source.set },
      { store: blaming(target.engine, 'target'), set: target.set },
      { ...options, fields },
    );
  } catch (error) {
    if (!(error instanceof SideFailure)) throw error;
    throw new HarnessError(error.side === 'source' ? 'CONFIG_INVALID' : 'DATABASE', `Process-state check: reading the ${error.side}'s instances failed: ${firstLine(error.cause)}`, {
      path: [...PATH, error.side],
      hint: 'Check the model\'s "where" condition and the types of its columns.',
      cause: error.cause,
    });
  }
}

const FIELD_WORDS: Record<string, string> = {
  definition: 'their definition',
  state: 'their state',
  starter: 'who started them',
  activities: 'their open activities or assignees',
  variables: 'their variables',
  audit: 'their audit trail',
};

function instanceFindings(compared: StateComparison, base: { check: string; severity: 'error'; path: string }, wording: { noun: 'running' | 'completed'; codePrefix: string }): Finding[] {
  const { diff } = compared;
  const { noun, codePrefix } = wording;
  const findings: Finding[] = [];
  const keys = (sample: { keys: string[]; keyCount: number }) => ({ keys: sample.keys, ...(sample.keyCount > sample.keys.length ? { truncated: sample.keyCount } : {}) });
  const archive = noun === 'completed';
  if (diff.missing.count > 0) {
    findings.push({
      ...base,
      code: `${codePrefix}missing${archive ? '' : '-instance'}`,
      message: archive
        ? `${diff.missing.count} of ${countOf(diff.source.count, 'completed source instance')} ${diff.missing.count === 1 ? 'is' : 'are'} not archived on the target (no closed instance with the record id).`
        : `${diff.missing.count} of ${countOf(diff.source.count, 'running source instance')} ${diff.missing.count === 1 ? 'has' : 'have'} no running instance on the target with the same record id (record ids listed).`,
      expected: diff.source.count,
      actual: diff.target.count,
      ...keys(diff.missing),
    });
  }
  if (diff.extra.count > 0) {
    findings.push({
      ...base,
      code: `${codePrefix}extra${archive ? '' : '-instance'}`,
      message: archive
        ? `${diff.extra.count} closed target instance${diff.extra.count === 1 ? ' has' : 's have'} no completed source instance with the record id.`
        : `${diff.extra.count} running target instance${diff.extra.count === 1 ? ' has' : 's have'} no running source instance with the same record id (a completed one restarted, or one started twice).`,
      ...keys(diff.extra),
    });
  }
  for (const field of compared.fields) {
    findings.push({
      ...base,
      code: `${codePrefix}${field.field}-diverged`,
      path: `processes.${field.field}`,
      message: `${field.count} of ${countOf(diff.source.count, `${noun} instance`)} diverged in ${FIELD_WORDS[field.field] ?? field.field} (record ids listed, with what differs).`,
      keys: field.keys,
      ...(field.count > field.keys.length ? { truncated: field.count } : {}),
      details: field.keys.map((key) => {
        const values = field.values.get(key);
        return explainDivergence(key, field.field, values?.expected ?? null, values?.actual ?? null);
      }),
    });
  }
  if (diff.duplicates.count > 0) {
    findings.push({
      ...base,
      code: `${codePrefix}duplicate${archive ? '' : '-instance'}`,
      message: `${countOf(diff.duplicates.count, 'record id')} ${diff.duplicates.count === 1 ? 'has' : 'have'} more than one ${noun} instance on a side, and the sides differ: each record must have exactly one.`,
      keys: diff.duplicates.keys.map((d) => d.key),
      ...(diff.duplicates.count > diff.duplicates.keys.length ? { truncated: diff.duplicates.count } : {}),
      details: diff.duplicates.keys.map((d) => ({ key: d.key, expected: d.source, actual: d.target, note: `${noun} instances with this record id (source, target)` })),
    });
  }
  if (diff.unlocated) {
    findings.push({
      ...base,
      code: `${codePrefix}unlocated-difference`,
      message: `The ${noun} instances differ, but no record id could be singled out.`,
      expected: diff.source,
      actual: diff.target,
    });
  }
  return findings;
}

/** Source and target counts side by side, by (definition, state); source definitions already mapped to their successors. */
function mergeCounts(source: (string | null)[][], target: (string | null)[][]): ProcessCounts[] {
  const rows = new Map<string, ProcessCounts>();
  const add = (row: (string | null)[], side: 'source' | 'target') => {
    const definition = row[0] ?? '(no definition)';
    const state = row[1] ?? '(no state)';
    const key = JSON.stringify([definition, state]);
    const entry = rows.get(key) ?? { definition, state, running: row[4] === 'true', source: 0, target: 0 };
    entry[side] += Number(row[2]);
    rows.set(key, entry);
  };
  source.forEach((row) => add(row, 'source'));
  target.forEach((row) => add(row, 'target'));
  return [...rows.values()].sort((a, b) => compareKeys(a.definition, b.definition) || Number(b.running) - Number(a.running) || compareKeys(a.state, b.state));
}
