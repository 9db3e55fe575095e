import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStage } from '../run/apply-stage.ts';
import { parseScenarioYaml } from '../scenario/load-scenario.ts';
import { ScenarioError } from '../scenario/scenario-error.ts';

const file = path.resolve('scenarios/t.yaml');
const BASE = `name: t
source: { version: 1.0.0, schema: [schema.sql] }
target: { version: 2.0.0 }
chain: { migrators: [m] }
data: { seed: 1, tables: { a: { rows: 10, columns: { id: { sequence: true } } } } }
checks: { parity: [{ table: a }] }
functional: [{ name: smoke, command: "npm test" }]
`;
const spec = (stages: string) => parseScenarioYaml(`${BASE}stages:\n${stages}`, file).spec;
const problems = (stages: string) => {
  try {
    parseScenarioYaml(`${BASE}stages:\n${stages}`, file);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`);
    throw error;
  }
  return [];
};

describe('stages', () => {
  it('a stage extends another, which extends the scenario: each changes only what it names', () => {
    const s = spec(`  dev: { scale: 0.1, provider: embedded }
  test: { extends: dev, scale: 0.5, checks: { parity: [{ table: b }] } }
  staging: { extends: test, provider: local, functional: [{ name: load, command: k6 run load.js }] }
`);
    const staging = applyStage(s, 'staging');
    expect(staging.data).toMatchObject({ scale: 0.5, seed: 1 });
    expect([staging.source.provider, staging.target.provider]).toEqual(['local', 'local']);
    expect(staging.checks.parity.map((p) => p.table)).toEqual(['a', 'b']);
    expect(staging.functional.map((f) => f.name)).toEqual(['smoke', 'load']);
    expect(applyStage(s, 'dev').checks.parity.map((p) => p.table)).toEqual(['a']);
  });

  it('a dump replaces the generated data and the schema files; an external source takes both away', () => {
    const s = spec(`  pre-prod:
    dump: { file: prod.dump, mask: { tables: { a: { email: { faker: internet.email, unique: true } } } } }
  prod-like:
    source: { provider: external, urlEnv: PREPROD_URL }
`);
    const preProd = applyStage(s, 'pre-prod');
    expect(preProd.data).toBeUndefined();
    expect(preProd.source.schema).toEqual([]);
    expect(preProd.dump).toMatchObject({ file: 'prod.dump', format: 'auto', mask: { seed: 1 } });
    const external = applyStage(s, 'prod-like');
    expect(external).toMatchObject({ data: undefined, dump: undefined, source: { provider: 'external', urlEnv: 'PREPROD_URL', schema: [] } });
  });

  it('points at file:line:column for a stage that extends nothing, a circle, and a bad masking rule', () => {
    expect(problems(`  dev: { extends: deve }\n`)).toEqual(['9:19 stages.dev.extends: no stage "deve" to extend (Declared stages: dev.)']);
    expect(problems(`  a: { extends: b }\n  b: { extends: a }\n`)).toEqual([
      '9:17 stages.a.extends: stages extend each other in a circle: a → b → a',
      '10:17 stages.b.extends: stages extend each other in a circle: b → a → b',
    ]);
    expect(problems(`  pre-prod:\n    dump:\n      file: x.dump\n      mask: { tables: { a: { email: { faker: internet.email, hash: true } } } }\n`)).toEqual([
      '12:68 stages.pre-prod.dump.mask.tables.a.email.hash: expected one masking rule, found "faker" and "hash"',
    ]);
    expect(problems(`  pre-prod: { dump: { file: x.dump }, source: { provider: external, url: "postgres://x" } }\n`)).toEqual([
      '9:21 stages.pre-prod.dump: an external source is never written to: a dump cannot be restored into it; remove "dump" or the external source',
    ]);
  });
});
