/** What the report says of a restored dump (`report.dump`). */
export interface DumpReport {
  /** The dump file, as the scenario names it. */
  file: string;
  format: 'custom' | 'plain';
  /** pg_restore, for a custom archive: `pg_restore 15.20 (/usr/lib/postgresql/15/bin)`. */
  tool?: string;
  /** Rows restored per table (from the dump's COPY data). */
  tables: { table: string; rows: number }[];
  rows: number;
  /** Present when masking rules ran: which columns, how, and how many values were masked. */
  masking?: {
    /** `seed 7` or `key from $PILOT_MASK_KEY`; never the key. */
    keyedBy: string;
    columns: { table: string; column: string; rule: string; values: number }[];
  };
  /** The masked source came from the snapshot cache (restored and masked in an earlier run). */
  fromCache: boolean;
  durationMs: number;
}
