import type { SchemaSnapshot, TableInfo } from '../engines/engine.ts';
import type { SchemaRule, TableExpectation } from '../scenario/scenario-schema.ts';
import type { Check } from './check.ts';
import { checkDialect } from './check-dialect.ts';
import type { Finding } from './finding.ts';

export interface SchemaExpectationsSpec {
  /** Changes old code cannot survive, compared between source and target. */
  forbid: readonly SchemaRule[];
  /** What the target's tables must look like. */
  expect: readonly TableExpectation[];
}

const CHECK_ID = 'schema';

/**
 * Compares the source's and the target's schemas. Forbidden changes (the rules of
 * `SCHEMA_RULES`: a table dropped, a column dropped, a column's type changed) are
 * findings `schema.table-dropped`, `schema.column-dropped` and
 * `schema.column-type-changed`; each table expectation that does not hold is a
 * `schema.expectation-failed` finding naming the table or column. The harness's own
 * tables are left out of the forbidden-change comparison; a table an expectation
 * declares `absent` may be dropped.
 *
 * @example
 * schemaExpectations({
 *   forbid: ['column-type-change', 'column-drop', 'table-drop'],
 *   expect: [{ table: 'app_form_body', columns: { body: { type: 'text', nullable: false } }, primaryKey: ['form_id'] }],
 * });
 */
export function schemaExpectations(spec: SchemaExpectationsSpec): Check {
  const parts = [
    spec.forbid.length > 0 ? `no ${spec.forbid.map((rule) => RULE_NAMES[rule]).join(', ')}` : undefined,
    spec.expect.length > 0 ? `${spec.expect.length === 1 ? 'the table expectation holds' : `${spec.expect.length} table expectations hold`}` : undefined,
  ].filter((part) => part !== undefined);
  return {
    id: CHECK_ID,
    kind: 'schema',
    description: `Schema of the target: ${parts.join('; ') || 'nothing to check'}.`,
    async run({ source, target, run }) {
      const [before, after] = await Promise.all([spec.forbid.length > 0 ? source.introspect() : undefined, target.introspect()]);
      const normalizeType = checkDialect(target).normalizeType;
      const findings: Finding[] = [];
      if (before) {
        const droppedOnPurpose = new Set(spec.expect.filter((e) => e.absent).map((e) => e.table));
        findings.push(...forbiddenChanges(before, after, new Set(spec.forbid), new Set([...run.harnessTables, ...droppedOnPurpose])));
      }
      for (const expectation of spec.expect) findings.push(...unmetExpectations(expectation, after, normalizeType));
      return findings;
    },
  };
}

const RULE_NAMES: Record<SchemaRule, string> = {
  'column-type-change': 'column type changes',
  'column-drop': 'dropped columns',
  'table-drop': 'dropped tables',
};

function forbiddenChanges(before: SchemaSnapshot, after: SchemaSnapshot, forbid: ReadonlySet<SchemaRule>, exempt: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const tables = new Map(after.tables.map((t) => [t.name, t]));
  for (const old of before.tables) {
    if (exempt.has(old.name)) continue;
    const now = tables.get(old.name);
    if (!now) {
      if (forbid.has('table-drop')) {
        findings.push({
          check: CHECK_ID,
          code: 'schema.table-dropped',
          severity: 'error',
          path: old.name,
          message: `Table ${JSON.stringify(old.name)} was dropped; old code that reads it would fail. Keep it, or declare it { table: ${JSON.stringify(old.name)}, absent: true } under "expect".`,
          expected: 'present',
          actual: 'absent',
        });
      }
      continue;
    }
    const columns = new Map(now.columns.map((c) => [c.name, c]));
    for (const column of old.columns) {
      const path = `${old.name}.${column.name}`;
      const current = columns.get(column.name);
      if (!current) {
        if (forbid.has('column-drop')) {
          findings.push({
            check: CHECK_ID,
            code: 'schema.column-dropped',
            severity: 'error',
            path,
            message: `Column ${JSON.stringify(path)} (${column.type}) was dropped; old code that reads it would fail. Add new columns instead of removing old ones.`,
            expected: column.type,
            actual: 'absent',
          });
        }
      } else if (current.type !== column.type && forbid.has('column-type-change')) {
        findings.push({
          check: CHECK_ID,
          code: 'schema.column-type-changed',
          severity: 'error',
          path,
          message: `Column ${JSON.stringify(path)} changed type from ${column.type} to ${current.type}; never change a column's type, add a column of the new type instead.`,
          expected: column.type,
          actual: current.type,
        });
      }
    }
  }
  return findings;
}

function unmetExpectations(expectation: TableExpectation, after: SchemaSnapshot, normalizeType: (type: string) => string): Finding[] {
  const table = after.tables.find((t) => t.name === expectation.table);
  const failed = (path: string, message: string, expected: unknown, actual: unknown): Finding => ({
    check: CHECK_ID,
    code: 'schema.expectation-failed',
    severity: 'error',
    path,
    message,
    expected,
    actual,
  });
  const name = JSON.stringify(expectation.table);
  if (expectation.absent) {
    return table ? [failed(expectation.table, `Table ${name} exists in the target, expected it absent.`, 'absent', 'present')] : [];
  }
  if (!table) return [failed(expectation.table, `Table ${name} is missing in the target.`, 'present', 'absent')];
  return [...columnFindings(expectation, table, normalizeType, failed), ...keyAndIndexFindings(expectation, table, failed)];
}

type Failed = (path: string, message: string, expected: unknown, actual: unknown) => Finding;

function columnFindings(expectation: TableExpectation, table: TableInfo, normalizeType: (type: string) => string, failed: Failed): Finding[] {
  const findings: Finding[] = [];
  for (const [columnName, wanted] of Object.entries(expectation.columns ?? {})) {
    const path = `${table.name}.${columnName}`;
    const column = table.columns.find((c) => c.name === columnName);
    if (!column) {
      findings.push(failed(path, `Column ${JSON.stringify(path)} is missing in the target.`, wanted.type ?? 'present', 'absent'));
      continue;
    }
    if (wanted.type !== undefined && normalizeType(wanted.type) !== normalizeType(column.type)) {
      findings.push(failed(path, `Column ${JSON.stringify(path)} is ${column.type} in the target, expected ${wanted.type}.`, wanted.type, column.type));
    }
    if (wanted.nullable !== undefined && wanted.nullable !== column.nullable) {
      const word = (nullable: boolean) => (nullable ? 'nullable' : 'not null');
      findings.push(
        failed(path, `Column ${JSON.stringify(path)} is ${word(column.nullable)} in the target, expected ${word(wanted.nullable)}.`, { nullable: wanted.nullable }, { nullable: column.nullable }),
      );
    }
  }
  return findings;
}

function keyAndIndexFindings(expectation: TableExpectation, table: TableInfo, failed: Failed): Finding[] {
  const findings: Finding[] = [];
  const name = JSON.stringify(table.name);
  const key = expectation.primaryKey;
  if (key !== undefined && (key.length !== table.primaryKey.length || key.some((c, i) => c !== table.primaryKey[i]))) {
    const shown = (columns: readonly string[]) => (columns.length === 0 ? 'none' : `(${columns.join(', ')})`);
    findings.push(failed(table.name, `Table ${name} has primary key ${shown(table.primaryKey)} in the target, expected ${shown(key)}.`, key, table.primaryKey));
  }
  const indexes = table.indexes.map((i) => i.name);
  for (const index of expectation.indexes ?? []) {
    if (!indexes.includes(index)) {
      findings.push(
        failed(table.name, `Index ${JSON.stringify(index)} on ${name} is missing in the target (it has: ${indexes.join(', ') || 'none'}).`, index, indexes),
      );
    }
  }
  return findings;
}
