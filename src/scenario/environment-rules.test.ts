import { describe, expect, it } from 'vitest';
import { scenarioSchema } from './scenario-schema.ts';

const base = { name: 's', source: { version: '1.0.0' }, target: { version: '2.0.0' }, chain: { migrators: ['m'] } };
const issues = (input: unknown) =>
  (scenarioSchema.safeParse(input).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('environment settings in a scenario', () => {
  it('accepts provider settings and reads the PostgreSQL major as text', () => {
    const parsed = scenarioSchema.parse({
      ...base,
      source: { version: '1.0.0', provider: 'local', postgres: 15, bin: '/usr/lib/postgresql/15/bin', timeouts: { connect: '5s' } },
      target: { version: '2.0.0', provider: 'testcontainers', postgres: '16', image: 'postgres:16-alpine', copy: 'logical' },
    });
    expect(parsed.source).toMatchObject({ provider: 'local', postgres: '15', timeouts: { connect: 5000 } });
    expect(parsed.target).toMatchObject({ provider: 'testcontainers', postgres: '16', copy: 'logical' });
    expect(scenarioSchema.parse(base).target.copy).toBe('auto');
  });

  it('refuses a setting of another provider, and url with urlEnv', () => {
    expect(issues({ ...base, source: { version: '1.0.0', provider: 'local', image: 'postgres:15', url: 'x', urlEnv: 'Y' } })).toEqual([
      'source.urlEnv: expected either "url" or "urlEnv", not both',
      "source.image: \"image\" is for provider testcontainers, but this environment's provider is local",
      "source.url: \"url\" is for provider external, but this environment's provider is local",
      "source.urlEnv: \"urlEnv\" is for provider external, but this environment's provider is local",
    ]);
    expect(issues({ ...base, source: { version: '1.0.0', provider: 'auto', image: 'postgres:15', bin: '/x' } })).toEqual([]);
  });

  it('never writes to an external source and asks for consent to write to an external target', () => {
    expect(
      issues({
        ...base,
        mode: 'in-place',
        source: { version: '1.0.0', provider: 'external', urlEnv: 'PROD_COPY_URL', schema: ['s.sql'] },
        target: { version: '2.0.0', provider: 'external', urlEnv: 'PREPROD_URL' },
        data: { tables: {} },
      }),
    ).toEqual([
      'data: an external source is never written to: it cannot be seeded; remove "data"',
      'source.schema: an external source is never written to: its schema files cannot be applied; remove "schema"',
      'mode: in-place mode migrates the source, but an external source is never written to; use mode: copy',
      'target.provider: the harness writes to the target (the chain runs there); an external target needs "allowWrites: true" to say that is intended',
    ]);
  });

  it('wants a major version for postgres', () => {
    expect(issues({ ...base, source: { version: '1.0.0', postgres: '15.4' } })).toEqual(['source.postgres: expected a PostgreSQL major version such as "15"']);
  });
});
