import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.ts';

const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

type JsonSchema = { readonly [keyword: string]: unknown };

const DRAFT_07_KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples',
  'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
  'additionalItems', 'items', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties', 'minProperties',
  'required', 'additionalProperties', 'definitions', 'properties', 'patternProperties', 'dependencies',
  'propertyNames', 'const', 'enum', 'type', 'format', 'contentMediaType', 'contentEncoding', 'if', 'then', 'else',
  'allOf', 'anyOf', 'oneOf', 'not',
]);
const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'string', 'integer']);

/** Every subschema with its JSON pointer. */
function* subschemas(schema: JsonSchema, pointer = ''): Generator<[string, JsonSchema]> {
  yield [pointer, schema];
  for (const keyword of ['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains']) {
    const child = schema[keyword];
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) yield* subschemas(child as JsonSchema, `${pointer}/${keyword}`);
  }
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    for (const [index, child] of ((schema[keyword] as JsonSchema[] | undefined) ?? []).entries()) yield* subschemas(child, `${pointer}/${keyword}/${index}`);
  }
  for (const keyword of ['properties', 'definitions', 'patternProperties']) {
    for (const [name, child] of Object.entries((schema[keyword] as Record<string, JsonSchema> | undefined) ?? {})) {
      yield* subschemas(child, `${pointer}/${keyword}/${name}`);
    }
  }
}

/** Problems that make a schema invalid under the draft-07 meta-schema, for the keywords zod emits. */
function metaProblems(schema: JsonSchema): string[] {
  const problems: string[] = [];
  for (const [pointer, node] of subschemas(schema)) {
    for (const keyword of Object.keys(node)) if (!DRAFT_07_KEYWORDS.has(keyword)) problems.push(`${pointer}: unknown keyword ${keyword}`);
    const types = node['type'] === undefined ? [] : [node['type']].flat();
    for (const type of types) if (!TYPES.has(type as string)) problems.push(`${pointer}: bad type ${String(type)}`);
    for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'minLength', 'maxLength']) {
      if (node[keyword] !== undefined && typeof node[keyword] !== 'number') problems.push(`${pointer}: ${keyword} must be a number in draft-07`);
    }
    if (node['required'] !== undefined) {
      const required = node['required'] as unknown[];
      const properties = Object.keys((node['properties'] as object | undefined) ?? {});
      if (!Array.isArray(required) || new Set(required).size !== required.length) problems.push(`${pointer}: required must hold unique names`);
      for (const name of required) if (!properties.includes(name as string)) problems.push(`${pointer}: required ${String(name)} is not a property`);
    }
    if (node['pattern'] !== undefined) {
      try {
        new RegExp(node['pattern'] as string, 'u');
      } catch {
        problems.push(`${pointer}: pattern is not a valid regular expression`);
      }
    }
    if (node['enum'] !== undefined && (!Array.isArray(node['enum']) || node['enum'].length === 0)) problems.push(`${pointer}: enum must be a non-empty list`);
    if (node['additionalProperties'] !== undefined && typeof node['additionalProperties'] !== 'boolean' && typeof node['additionalProperties'] !== 'object') {
      problems.push(`${pointer}: additionalProperties must be a boolean or a schema`);
    }
    if (node['$ref'] !== undefined) problems.push(`${pointer}: $ref is not expected (schemas are inlined)`);
  }
  return problems;
}

/** A draft-07 validator for the keywords the scenario schema uses, enough to see what an editor would flag. */
function validate(schema: JsonSchema, value: unknown, pointer = ''): string[] {
  const errors: string[] = [];
  const types = schema['type'] === undefined ? [] : ([schema['type']].flat() as string[]);
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const fits = (type: string) => (type === 'integer' ? Number.isInteger(value) : kind === type);
  if (types.length > 0 && !types.some(fits)) return [`${pointer}: expected ${types.join(' or ')}`];
  if ('const' in schema && value !== schema['const']) errors.push(`${pointer}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) errors.push(`${pointer}: not in enum`);
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${pointer}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${pointer}: above maximum`);
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) errors.push(`${pointer}: not above exclusiveMinimum`);
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${pointer}: too short`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) errors.push(`${pointer}: does not match pattern`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${pointer}: too few items`);
    if (schema['items']) value.forEach((item, index) => errors.push(...validate(schema['items'] as JsonSchema, item, `${pointer}/${index}`)));
  }
  if (kind === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] as Record<string, JsonSchema> | undefined) ?? {};
    const patterns = Object.entries((schema['patternProperties'] as Record<string, JsonSchema> | undefined) ?? {});
    for (const name of (schema['required'] as string[] | undefined) ?? []) if (!(name in record)) errors.push(`${pointer}: missing ${name}`);
    for (const [name, child] of Object.entries(record)) {
      const matching = patterns.filter(([pattern]) => new RegExp(pattern, 'u').test(name));
      for (const [, patternSchema] of matching) errors.push(...validate(patternSchema, child, `${pointer}/${name}`));
      if (properties[name]) errors.push(...validate(properties[name], child, `${pointer}/${name}`));
      else if (matching.length > 0) continue;
      else if (schema['additionalProperties'] === false) errors.push(`${pointer}: additional property ${name}`);
      else if (typeof schema['additionalProperties'] === 'object') errors.push(...validate(schema['additionalProperties'] as JsonSchema, child, `${pointer}/${name}`));
      if (schema['propertyNames']) errors.push(...validate(schema['propertyNames'] as JsonSchema, name, `${pointer}/${name} (name)`));
    }
  }
  if (Array.isArray(schema['anyOf'])) {
    const branches = (schema['anyOf'] as JsonSchema[]).map((branch) => validate(branch, value, pointer));
    if (branches.every((branch) => branch.length > 0)) errors.push(`${pointer}: matches no anyOf branch`);
  }
  return errors;
}

/** A fixture as an editor sees it: the YAML language server resolves merge keys too. */
async function fixture(name: string): Promise<unknown> {
  return parse(await readFile(path.join(repo, 'fixtures/scenario', name), 'utf8'), { merge: true });
}

describe('scenario JSON Schema', () => {
  it('is committed up to date (run `npm run schema` after changing scenario-schema.ts)', async () => {
    const committed = await readFile(SCENARIO_JSON_SCHEMA_FILE, 'utf8').catch(() => '');
    expect(
      committed === scenarioJsonSchemaText(),
      `${path.relative(repo, SCENARIO_JSON_SCHEMA_FILE)} is stale or missing: run \`npm run schema\` and commit the result`,
    ).toBe(true);
  });

  it('is a valid draft-07 schema', () => {
    const schema = scenarioJsonSchema();
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(metaProblems(schema)).toEqual([]);
  });

  it('closes every mapping, as the strict zod objects do', () => {
    const open = [...subschemas(scenarioJsonSchema())]
      .filter(([, node]) => node['properties'] !== undefined && node['additionalProperties'] !== false)
      .map(([pointer]) => pointer);
    expect(open).toEqual([]);
    expect([...subschemas(scenarioJsonSchema())].filter(([, node]) => node['additionalProperties'] === false).length).toBeGreaterThan(20);
  });

  it('carries the descriptions written in the zod schema', () => {
    const schema = scenarioJsonSchema() as { description?: string; properties: Record<string, JsonSchema> };
    expect(schema.description).toMatch(/^A pilot migration/);
    const columns = (
      ((schema.properties['data']!['properties'] as Record<string, JsonSchema>)['tables']!['additionalProperties'] as JsonSchema)[
        'properties'
      ] as Record<string, JsonSchema>
    )['columns']!;
    const generator = (columns['additionalProperties'] as JsonSchema)['properties'] as Record<string, JsonSchema>;
    expect(generator['nullRatio']!['description']).toBe('Share of rows that get NULL, 0 to 1.');
    expect(generator['faker']!['description']).toMatch(/^A faker method/);
    expect((schema.properties['mode'] as JsonSchema)['description']).toMatch(/^copy: migrate a copy/);
  });

  it('describes what people write: inputs with defaults optional, durations as text', () => {
    const schema = scenarioJsonSchema() as { required: string[]; properties: Record<string, JsonSchema> };
    expect(schema.required).toEqual(['name', 'source', 'target', 'chain']);
    const budgets = schema.properties['budgets']!['properties'] as Record<string, JsonSchema>;
    expect(budgets['total']!['type']).toBe('string');
  });

  it('accepts the valid fixture and flags what the validator flags', async () => {
    const schema = scenarioJsonSchema();
    expect(validate(schema, await fixture('valid.yaml'))).toEqual([]);
    expect(validate(schema, await fixture('unknown-key.yaml'))).toEqual(['/source: additional property provdier']);
    expect(validate(schema, await fixture('several-problems.yaml'))).toMatchInlineSnapshot(`
      [
        "/mode: not in enum",
        "/source: missing version",
        "/source: additional property verison",
        "/target/version: expected string",
        "/chain/migrators: expected array",
        "/data/seed: expected integer",
        "/data/tables/dir_user/columns/email/nullRatio: above maximum",
        "/data/tables/dir_user/columns/id: additional property sequnce",
        "/budgets/total: does not match pattern",
      ]
    `);
  });

  it('allows top-level "x-" keys, and documents them and merge keys', async () => {
    const schema = scenarioJsonSchema() as { description: string; patternProperties: Record<string, JsonSchema>; properties: Record<string, JsonSchema> };
    expect(Object.keys(schema.patternProperties)).toEqual(['^x-']);
    expect(schema.patternProperties['^x-']!['description']).toMatch(/<<: \*small/);
    expect(schema.description).toMatch(/"x-" are ignored: define YAML anchors there and merge them with "<<: \*name"/);
    expect(schema.properties['stages']!['description']).toMatch(/merge key/);
    expect(validate(schema, await fixture('merge-keys.yaml'))).toEqual([]);
    expect(validate(schema, { ...((await fixture('valid.yaml')) as object), x: 1, 'x-y': 1 })).toEqual([': additional property x']);
  });

  it('flags versions the validator refuses, as values and as budget steps', async () => {
    const valid = (await fixture('valid.yaml')) as Record<string, object>;
    const edited = {
      ...valid,
      target: { version: 'v2.0.0' },
      chain: { ...valid['chain'], mandatory: ['2.0.0+build'] },
      budgets: { steps: { '2': '1m', '2.0.0-rc.1': '1m' } },
    };
    expect(validate(scenarioJsonSchema(), edited)).toEqual([
      '/target/version: does not match pattern',
      '/chain/mandatory/0: does not match pattern',
      '/budgets/steps/2 (name): does not match pattern',
    ]);
  });

  it('is the file YAML scenarios point at with the yaml-language-server comment', async () => {
    const text = await readFile(path.join(repo, 'fixtures/scenario/valid.yaml'), 'utf8');
    const reference = /# yaml-language-server: \$schema=(\S+)/.exec(text)?.[1];
    expect(path.resolve(repo, 'fixtures/scenario', reference!)).toBe(SCENARIO_JSON_SCHEMA_FILE);
  });
});
