import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFromStream, to as copyToStream } from 'pg-copy-streams';
import { DatabaseError } from './database-error.ts';
import type { PostgresQueryResult, PostgresSession } from './postgres-session.ts';

/**
 * The part of a node-postgres `Client` the harness uses, declared here so that `pg` types
 * do not leak into the rest of the harness.
 */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<{ rows: object[]; fields: { name: string }[]; rowCount: number | null }>;
  query(stream: unknown): NodeJS.WritableStream & { rowCount?: number };
  end(): Promise<void>;
}

/** Adapts a connected node-postgres client to `PostgresSession`; `close()` ends it. */
export function pgSession(client: PgClientLike): PostgresSession {
  return {
    async query<R extends object>(sql: string, params: readonly unknown[] = []): Promise<PostgresQueryResult<R>> {
      try {
        const result = await client.query(sql, params as unknown[]);
        return { rows: result.rows as R[], fields: result.fields.map((f) => f.name), affectedRows: result.rowCount ?? undefined };
      } catch (error) {
        throw new DatabaseError(error, sql);
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        // Without parameters node-postgres uses the simple protocol, which runs many statements.
        await client.query(sql);
      } catch (error) {
        throw new DatabaseError(error, sql);
      }
    },
    async copyFrom(copySql: string, data: string | Uint8Array): Promise<number> {
      try {
        const sink = client.query(copyFromStream(copySql)) as NodeJS.WritableStream & { rowCount?: number };
        await pipeline(Readable.from([data]), sink);
        return sink.rowCount ?? 0;
      } catch (error) {
        throw new DatabaseError(error, copySql);
      }
    },
    async *copyTo(copySql: string): AsyncIterable<Uint8Array> {
      let source: AsyncIterable<Uint8Array>;
      try {
        source = client.query(copyToStream(copySql)) as unknown as AsyncIterable<Uint8Array>;
      } catch (error) {
        throw new DatabaseError(error, copySql);
      }
      try {
        for await (const chunk of source) yield chunk;
      } catch (error) {
        throw new DatabaseError(error, copySql);
      }
    },
    async close(): Promise<void> {
      await client.end();
    },
  };
}
