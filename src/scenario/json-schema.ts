import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { scenarioSchema } from './scenario-schema.ts';

/** Where `npm run schema` writes the JSON Schema; YAML scenarios point at it for editor completion. */
export const SCENARIO_JSON_SCHEMA_FILE = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));

/**
 * The JSON Schema of a scenario file, generated from `scenarioSchema` (the input side:
 * what a person writes, defaults optional). Draft-07, because the YAML language server
 * behind most editors validates with draft-07 only
 * (redhat-developer/yaml-language-server#856). Versions carry the plain-version pattern,
 * and top-level `x-` keys are allowed by `patternProperties`, as the validator does; checks
 * that JSON Schema cannot express (one generator per column, version order) are left to it.
 *
 * @example
 * # yaml-language-server: $schema=../schema/scenario.schema.json
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  return { $schema, title: 'migration-pilot scenario', ...rest };
}

/** The file's exact text: two-space JSON and a final newline, so that staleness is a string comparison. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
