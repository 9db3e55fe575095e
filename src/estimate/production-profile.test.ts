import { describe, expect, it } from 'vitest';
import type { PostgresSession } from '../engines/postgres/postgres-session.ts';
import { readProductionProfile } from './production-profile.ts';

/** A session answering the catalog query with given rows (a fake of our own interface; the real query runs in test/estimate.int.test.ts). */
function catalog(rows: { schema: string; name: string; reltuples: string; pages: string; live: string | null }[]): PostgresSession {
  return { query: async () => ({ rows }) } as unknown as PostgresSession;
}

describe('readProductionProfile', () => {
  it('counts a never-analysed table by n_live_tup on PostgreSQL 13 and earlier too (reltuples 0 with no pages), and an empty table as empty', async () => {
    const profile = await readProductionProfile(
      catalog([
        { schema: 'public', name: 'analysed', reltuples: '5000', pages: '40', live: '5003' },
        { schema: 'public', name: 'empty', reltuples: '0', pages: '0', live: '0' },
        { schema: 'public', name: 'old_server_never_analysed', reltuples: '0', pages: '0', live: '812' },
        { schema: 'app', name: 'new_server_never_analysed', reltuples: '-1', pages: '0', live: '9' },
      ]),
    );
    expect(profile.tables).toEqual({ analysed: 5000, empty: 0, old_server_never_analysed: 812, 'app.new_server_never_analysed': 9 });
    expect(profile.notes).toEqual([
      'never vacuumed or analyzed, counted from pg_stat_user_tables.n_live_tup: old_server_never_analysed, app.new_server_never_analysed; ANALYZE them for better counts.',
    ]);
  });
});
