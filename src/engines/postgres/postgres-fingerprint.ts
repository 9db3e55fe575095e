import type { FingerprintSummary, KeyedFingerprinter, KeyedRowSet, StoreFingerprint } from '../engine.ts';
import type { PostgresSession } from './postgres-session.ts';
import { quoteIdent } from './postgres-session.ts';
import { subquery } from './subquery.ts';

/*
 * Every hash is computed in the database on the SQL text of the values (`ROW(...)::text`),
 * never on driver-parsed JavaScript values: the text form is what two PostgreSQL versions
 * agree on, while drivers parse numerics, timestamps and bigints differently.
 * `hashtextextended` gives 64 bits; a set is summarised by count, XOR and SUM of its row
 * hashes, so that order does not matter and a duplicated row still changes the sum.
 */

const ROW_SEED = 0;
const BUCKET_SEED = 1;

function fromClause(set: KeyedRowSet): string {
  return 'table' in set.from ? `${quoteIdent(set.from.table)} as s` : `${subquery(set.from.query)} as s`;
}

// A NULL single-column key would make a NULL key text and a NULL bucket, which
// summarizeBuckets reported as bucket 0 (overwriting the real bucket 0) and rowHashes could
// never select; 'NULL' keeps such rows visible. (A ROW(...)::text is never NULL.)
function keyText(set: KeyedRowSet): string {
  return set.key.length === 1 ? `coalesce(${expression(set.key[0]!)}::text, 'NULL')` : `ROW(${set.key.map(expression).join(', ')})::text`;
}

function rowHash(set: KeyedRowSet): string {
  return `hashtextextended(ROW(${[...set.key, ...set.values].map(expression).join(', ')})::text, ${ROW_SEED})`;
}

/** A user's expression on lines of its own, so a trailing `-- comment` in it stays inside. */
function expression(sql: string): string {
  return `(\n${sql}\n)`;
}

function bucketOf(set: KeyedRowSet, buckets: number): string {
  return `(hashtextextended(${keyText(set)}, ${BUCKET_SEED}) & ${buckets - 1})::int`;
}

function assertPowerOfTwo(buckets: number): void {
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0) {
    throw new RangeError(`buckets must be a power of two, got ${buckets}`);
  }
}

const SUMMARY = `count(*)::int8::text as n, coalesce(bit_xor(h), 0)::text as x, coalesce(sum(h), 0)::text as s`;

// `offset 0` keeps the planner from flattening the subquery into the aggregates: flattened,
// `h` is substituted into both bit_xor(h) and sum(h), and every row is hashed twice (the
// summaries cost twice a plain scan; with the fence, about one).
const ONCE = 'offset 0';

function toSummary(row: { n: string; x: string; s: string }): FingerprintSummary {
  return { count: Number(row.n), hash: `${row.x}/${row.s}` };
}

export function postgresFingerprinter(session: PostgresSession): KeyedFingerprinter {
  return {
    async summarize(set) {
      const { rows } = await session.query<{ n: string; x: string; s: string }>(
        `select ${SUMMARY} from (select ${rowHash(set)} as h from ${fromClause(set)} ${ONCE}) as r`,
      );
      return toSummary(rows[0]!);
    },

    async summarizeBuckets(set, buckets) {
      assertPowerOfTwo(buckets);
      const { rows } = await session.query<{ b: number; n: string; x: string; s: string }>(
        `select b, ${SUMMARY} from (select ${bucketOf(set, buckets)} as b, ${rowHash(set)} as h from ${fromClause(set)} ${ONCE}) as r group by b`,
      );
      return new Map(rows.map((row) => [Number(row.b), toSummary(row)]));
    },

    async rowHashes(set, buckets, which) {
      assertPowerOfTwo(buckets);
      if (which.length === 0) return [];
      const { rows } = await session.query<{ k: string; h: string }>(
        `select ${keyText(set)} as k, ${rowHash(set)}::text as h from ${fromClause(set)} where ${bucketOf(set, buckets)} = any($1::int[])`,
        [[...which]],
      );
      return rows.map((row) => [row.k, row.h] as const);
    },

    async rowValues(set, keys) {
      if (keys.length === 0) return new Map();
      const values = set.values.map((v, i) => `${expression(v)}::text as v${i}`);
      const { rows } = await session.query<Record<string, string | null>>(
        `select ${[`${keyText(set)} as k`, ...values].join(', ')} from ${fromClause(set)} where ${keyText(set)} = any($1::text[])`,
        [[...keys]],
      );
      return new Map(rows.map((row) => [row.k!, set.values.map((_, i) => row[`v${i}`] ?? null)]));
    },
  };
}

/** Count and whole-row hash of each table, to prove a database unchanged. */
export async function fingerprintTables(session: PostgresSession, tables: readonly string[]): Promise<StoreFingerprint> {
  const result: StoreFingerprint = {};
  for (const table of tables) {
    const { rows } = await session.query<{ n: string; x: string; s: string }>(
      `select ${SUMMARY} from (select hashtextextended(t::text, ${ROW_SEED}) as h from ${quoteIdent(table)} as t ${ONCE}) as r`,
    );
    result[table] = toSummary(rows[0]!);
  }
  return result;
}

