import path from 'node:path';
import { choosePostgresBinaries, findPostgresBinaries, type PostgresBinaries } from '../find-postgres-binaries.ts';

/*
 * The binaries the local provider's integration tests run on (from `$PILOT_PG_BIN` when set,
 * else found as the provider finds them): `$PILOT_LOCAL_TEST_VERSION`,
 * else PostgreSQL 15 (the Debian binaries of CI), else the newest found. Where there are none,
 * `skipReason` says why the tests skip, and it is printed: they never pass vacuously.
 */
const named = process.env.PILOT_PG_BIN;
const search = await findPostgresBinaries(named ? { explicit: { dirs: named.split(path.delimiter), from: 'PILOT_PG_BIN' } } : {});
const wanted = process.env.PILOT_LOCAL_TEST_VERSION;
export const testBinaries: PostgresBinaries | undefined = wanted
  ? choosePostgresBinaries(search.found, wanted)
  : (choosePostgresBinaries(search.found, '15') ?? choosePostgresBinaries(search.found, undefined));

export const skipReason: string | undefined = testBinaries
  ? undefined
  : `no PostgreSQL ${wanted ?? ''} server binaries found (looked in ${search.lookedIn.join(', ')}); install them (Debian: apt-get install postgresql-15) or set PILOT_PG_BIN to run the local provider tests`.replace('  ', ' ');

if (skipReason) console.warn(`SKIPPED local provider integration tests: ${skipReason}`);
