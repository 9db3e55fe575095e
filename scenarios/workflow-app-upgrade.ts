import { readFileSync } from 'node:fs';
import { defineScenario, type ScenarioInput } from 'migration-pilot';
import { parse } from 'yaml';

/**
 * The workflow-app example as an engine upgrade too: the old server runs PostgreSQL 15 (in
 * a container, or native binaries, whichever this machine has: provider auto), the new one
 * PostgreSQL 18 (embedded). A snapshot cannot cross engines, so the seeded source is
 * copied logically (schema from the catalog, rows by COPY), then the chain runs on 18 and
 * parity compares 15 with 18 row by row.
 */
const example = parse(readFileSync(new URL('./workflow-app.yaml', import.meta.url), 'utf8')) as ScenarioInput;

export default defineScenario({
  ...example,
  name: 'workflow-app-upgrade',
  description: 'Workflow app 1.0.0 → 2.0.0 moving from PostgreSQL 15 to PostgreSQL 18.',
  source: { ...example.source, provider: 'auto', postgres: '15' },
  target: { ...example.target, provider: 'embedded', copy: 'logical' },
});
