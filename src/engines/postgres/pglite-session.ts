import type { PGlite } from '@electric-sql/pglite';
import { DatabaseError } from './database-error.ts';
import type { PostgresQueryResult, PostgresSession } from './postgres-session.ts';

const FROM_STDIN = /\bfrom\s+stdin\b/i;
const TO_STDOUT = /\bto\s+stdout\b/i;

/** Adapts an open PGlite instance to `PostgresSession`; `close()` closes the instance. */
export function pgliteSession(db: PGlite): PostgresSession {
  return {
    async query<R extends object>(sql: string, params: readonly unknown[] = []): Promise<PostgresQueryResult<R>> {
      try {
        const result = await db.query<R>(sql, params as unknown[]);
        return { rows: result.rows, fields: result.fields.map((f) => f.name), affectedRows: result.affectedRows };
      } catch (error) {
        throw new DatabaseError(error, sql);
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await db.exec(sql);
      } catch (error) {
        throw new DatabaseError(error, sql);
      }
    },
    async copyFrom(copySql: string, data: string | Uint8Array): Promise<number> {
      // PGlite has no COPY sub-protocol; it reads the data from a virtual file instead.
      const sql = copySql.replace(FROM_STDIN, "FROM '/dev/blob'");
      try {
        const result = await db.query(sql, [], { blob: new Blob([data as string | Uint8Array<ArrayBuffer>]) });
        return result.affectedRows ?? 0;
      } catch (error) {
        throw new DatabaseError(error, copySql);
      }
    },
    async *copyTo(copySql: string): AsyncIterable<Uint8Array> {
      // PGlite writes COPY output to a virtual file and hands it back as a Blob.
      const sql = copySql.replace(TO_STDOUT, "TO '/dev/blob'");
      let blob: Blob | undefined;
      try {
        blob = (await db.query(sql)).blob;
      } catch (error) {
        throw new DatabaseError(error, copySql);
      }
      if (blob) yield new Uint8Array(await blob.arrayBuffer());
    },
    async close(): Promise<void> {
      if (!db.closed) await db.close();
    },
  };
}
