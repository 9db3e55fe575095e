import type { PostgresSession } from '../../engines/postgres/postgres-session.ts';

/**
 * Server settings for a throwaway rehearsal server: durability traded for speed. Nothing
 * here changes what a query returns or which locks a migration takes; it changes how long
 * writes take, which is why the report states them. A crash of the container's processes
 * is still recovered from (WAL is written, only not flushed), which is what a snapshot
 * relies on; a crash of the machine is not, and a rehearsal does not care.
 */
export const REHEARSAL_SETTINGS: Readonly<Record<string, string>> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

/** `postgres -c name=value …`, the container's command. */
export function rehearsalCommand(settings: Readonly<Record<string, string>> = REHEARSAL_SETTINGS): string[] {
  return ['postgres', ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
}

/**
 * The settings as the server reports them, so the report states what ran, not what was
 * asked for (an image whose entrypoint drops arguments would show here).
 */
export async function readServerSettings(session: PostgresSession, names: readonly string[] = Object.keys(REHEARSAL_SETTINGS)): Promise<Record<string, string>> {
  const { rows } = await session.query<{ name: string; setting: string }>(
    'select name, setting from pg_settings where name = any($1::text[]) order by name',
    [names],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}
