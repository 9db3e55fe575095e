import type { Engine, FingerprintSummary, StoreFingerprint } from '../engines/engine.ts';
import { canonicalJson } from '../ledger/canonical-json.ts';

/** What a revert must bring back: every table's rows (count and content hash) and the schema (columns, keys, indexes). */
export interface DatabaseState {
  data: StoreFingerprint;
  /** Per table, its columns, primary key and indexes as canonical JSON. */
  schema: Record<string, string>;
}

/** Reads the state of a database, the harness's own tables left out. */
export async function captureState(engine: Engine, exclude: readonly string[]): Promise<DatabaseState> {
  const skip = new Set(exclude);
  const { tables } = await engine.introspect();
  const schema: Record<string, string> = {};
  for (const table of tables) {
    if (skip.has(table.name)) continue;
    schema[table.name] = canonicalJson({
      columns: table.columns.map((c) => [c.name, c.type, c.nullable, c.default]),
      primaryKey: table.primaryKey,
      indexes: table.indexes.map((i) => i.definition).sort(),
    });
  }
  return { data: await engine.fingerprintAll({ exclude }), schema };
}

/**
 * How `actual` differs from `expected`, one sentence per table: added, dropped, a schema
 * change, other rows. Empty when they are equal.
 */
export function stateDifferences(expected: DatabaseState, actual: DatabaseState): string[] {
  const differences: string[] = [];
  const name = (t: string) => JSON.stringify(t);
  for (const table of Object.keys(expected.schema)) {
    if (!(table in actual.schema)) differences.push(`table ${name(table)} is missing`);
    else if (actual.schema[table] !== expected.schema[table]) differences.push(`table ${name(table)} has other ${schemaPart(expected.schema[table]!, actual.schema[table]!)}`);
  }
  for (const table of Object.keys(actual.schema)) if (!(table in expected.schema)) differences.push(`table ${name(table)} is left over`);
  for (const [table, was] of Object.entries(expected.data)) {
    const now: FingerprintSummary | undefined = actual.data[table];
    if (!now || !(table in actual.schema)) continue;
    if (now.count !== was.count) differences.push(`table ${name(table)} has ${now.count} rows instead of ${was.count}`);
    else if (now.hash !== was.hash) differences.push(`table ${name(table)} has the same ${was.count} rows but other contents`);
  }
  return differences;
}

function schemaPart(expected: string, actual: string): string {
  const [a, b] = [JSON.parse(expected) as Record<string, unknown>, JSON.parse(actual) as Record<string, unknown>];
  const parts = ['columns', 'primaryKey', 'indexes'].filter((key) => canonicalJson(a[key]) !== canonicalJson(b[key]));
  return parts.map((p) => (p === 'primaryKey' ? 'primary key' : p)).join(' and ') || 'schema';
}
