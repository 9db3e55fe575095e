import type { PostgresSession } from './postgres-session.ts';
import { quoteName } from './postgres-session.ts';
import type { TableToCopy } from './plan-schema-copy.ts';

/** Rows are sent to the target in COPY statements of about this many bytes. */
export const COPY_BATCH_BYTES = 8 * 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * Streams one table's rows from `from` to `to` as COPY text, bytes straight through: no
 * value is parsed or printed by the harness, so nothing can change on the way. Text
 * format, not binary, because it reads back on any major version.
 *
 * The bytes are cut into COPY statements of about `batchBytes` at row boundaries: in COPY
 * text a newline inside a value is escaped (`\n`), so every raw newline ends a row. The
 * session settings that decide how values print (`DateStyle`, `IntervalStyle`,
 * `extra_float_digits`, …) must be pinned on both sides by the caller (`logicalCopy`).
 *
 * @example
 * const rows = await copyTableRows(source, target, { name: '"public"."t"', harnessName: 't', columns: ['id', 'v'] });
 */
export async function copyTableRows(
  from: PostgresSession,
  to: PostgresSession,
  table: TableToCopy,
  batchBytes: number = COPY_BATCH_BYTES,
): Promise<number> {
  const columns = table.columns.length ? ` (${table.columns.map(quoteName).join(', ')})` : '';
  const options = `WITH (FORMAT text, ENCODING 'UTF8')`;
  const copyFrom = `COPY ${table.name}${columns} FROM STDIN ${options}`;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let rows = 0;
  const send = async (data: Uint8Array) => {
    if (data.length > 0) rows += await to.copyFrom(copyFrom, data);
  };
  for await (const chunk of from.copyTo(`COPY ${table.name}${columns} TO STDOUT ${options}`)) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < batchBytes) continue;
    const buffered = Buffer.concat(pending, pendingBytes);
    const end = buffered.lastIndexOf(NEWLINE) + 1;
    await send(buffered.subarray(0, end));
    pending = end < buffered.length ? [buffered.subarray(end)] : [];
    pendingBytes = buffered.length - end;
  }
  await send(Buffer.concat(pending, pendingBytes));
  return rows;
}
