/*
 * Writes production.sql next to this file: a plain pg_dump of the identity server at 5.11.0
 * with fixtures/ladder/production-data.sql in it (see README.md).
 */
import path from 'node:path';
import { makeProductionDump } from '../../../src/dump/testing/production-dump.ts';

const file = path.join(import.meta.dirname, 'production.sql');
await makeProductionDump(file, 'plain');
console.log(`wrote ${path.relative(process.cwd(), file)}`);
