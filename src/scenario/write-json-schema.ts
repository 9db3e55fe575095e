/*
 * `npm run schema`: writes schema/scenario.schema.json from the zod definition. A test
 * fails while the committed file differs from what this would write.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './json-schema.ts';

const temporary = `${SCENARIO_JSON_SCHEMA_FILE}.${process.pid}.tmp`;
await mkdir(path.dirname(SCENARIO_JSON_SCHEMA_FILE), { recursive: true });
// Write then rename, so an editor never reads a half-written schema.
await writeFile(temporary, scenarioJsonSchemaText());
await rename(temporary, SCENARIO_JSON_SCHEMA_FILE);
console.log(`wrote ${path.relative(process.cwd(), SCENARIO_JSON_SCHEMA_FILE)}`);
