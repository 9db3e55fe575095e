/**
 * What the harness knows about a store, one shape for every engine (PostgreSQL now,
 * MongoDB later). Differences between engines are capability flags, not `kind` checks
 * spread around the harness.
 */
export interface Engine extends KeyedFingerprinter {
  readonly kind: EngineKind;
  /** Server version as the server reports it, e.g. "18.6". */
  readonly serverVersion: string;
  readonly capabilities: EngineCapabilities;
  /** Tables (or collections) with their columns, keys and indexes. */
  introspect(): Promise<SchemaSnapshot>;
  /** Exact row (document) count. */
  count(table: string): Promise<number>;
  /**
   * Loads chunks of engine-native bulk data (COPY text for PostgreSQL, as a string or its
   * UTF-8 bytes); returns rows loaded.
   */
  bulkLoad(table: string, columns: readonly string[], chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<number>;
  /** Count and content hash of every user table, to prove a store unchanged. */
  fingerprintAll(options?: { exclude?: readonly string[] }): Promise<StoreFingerprint>;
  /** Runs a read query in the engine's own language; every value comes back as text (or null). */
  queryText(query: string): Promise<QueryTextResult>;
}

export type EngineKind = 'postgres' | 'mongodb';

export interface EngineCapabilities {
  /** DDL can be rolled back inside a transaction (PostgreSQL yes, MongoDB mostly no). */
  readonly transactionalDdl: boolean;
}

export interface QueryTextResult {
  columns: string[];
  rows: (string | null)[][];
}

export interface SchemaSnapshot {
  tables: TableInfo[];
}

export interface TableInfo {
  /** Qualified name as the harness refers to it: `name` in the default schema, else `schema.name`. */
  name: string;
  schema: string;
  columns: ColumnInfo[];
  /** Primary key columns in key order; empty when there is none. */
  primaryKey: string[];
  indexes: IndexInfo[];
}

export interface ColumnInfo {
  name: string;
  /** The type as the engine spells it, with modifiers: `numeric(12,2)`, `character varying(40)`. */
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface IndexInfo {
  name: string;
  unique: boolean;
  /** The engine's definition, e.g. `CREATE INDEX … USING btree (c_status)`. */
  definition: string;
}

/**
 * A keyed set of rows to fingerprint: a table or a query, the key expressions, and the
 * value expressions compared, in a fixed order. Expressions are in the engine's language
 * (SQL for PostgreSQL) and refer to the columns of `from`.
 */
export interface KeyedRowSet {
  from: { table: string } | { query: string };
  key: readonly string[];
  values: readonly string[];
}

/** Count and order-independent content hash of a set of rows. */
export interface FingerprintSummary {
  count: number;
  hash: string;
}

export type StoreFingerprint = Record<string, FingerprintSummary>;

/**
 * Keyed fingerprints computed inside the store, on the text of the values, so that hashes
 * agree across engine versions and drivers. Rows are spread over `buckets` buckets by key
 * hash (a power of two), so a difference can be narrowed down without shipping every row.
 */
export interface KeyedFingerprinter {
  summarize(set: KeyedRowSet): Promise<FingerprintSummary>;
  summarizeBuckets(set: KeyedRowSet, buckets: number): Promise<Map<number, FingerprintSummary>>;
  /**
   * `[key text, row hash]` for the rows in the given buckets. A list, not a map, so that a
   * key that occurs twice stays visible.
   */
  rowHashes(set: KeyedRowSet, buckets: number, which: readonly number[]): Promise<Array<readonly [string, string]>>;
  /** Key text → value texts (in `set.values` order), for the given keys. */
  rowValues(set: KeyedRowSet, keys: readonly string[]): Promise<Map<string, (string | null)[]>>;
}
