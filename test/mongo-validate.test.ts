/**
 * `pilot validate` and `pilot plan` of Mongo scenario modules, without a server: the
 * definition is checked (every problem listed, with the file), the migrators loaded as
 * Mongo migrators, and the chain planned by the same planner as PostgreSQL's.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(ROOT, 'scenarios/app-metadata-mongo.ts');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pilot validate and pilot plan of a Mongo scenario', () => {
  it('validate accepts the example: its environments, migrators and plan', async () => {
    expect(await cli(['validate', EXAMPLE])).toEqual({
      code: 0,
      out: `${EXAMPLE}: valid MongoDB scenario (3 environments, 3 migrators, plan 1.0.0 → 3.0.0 in 3 steps)`,
      err: '',
    });
  });

  it('validate refuses a broken definition, listing every problem with its place, and the file', async () => {
    const file = path.join(ROOT, 'fixtures/mongo/invalid-scenario.ts');
    const { code, err } = await cli(['validate', file]);
    expect(code).toBe(64);
    expect(err).toBe(
      [
        `${file}: error [CONFIG_INVALID]: The Mongo scenario is invalid:`,
        '  - target.version: "3.0" is not a semantic version. Did you mean "3.0.0"?',
        '  - environments[3].database: the database "apiomat" is also globalDatabase; every environment needs a database of its own',
        '  - checks.app[3].collection: "speakers" is not seeded in data.app (seeded: attendees, sessions)',
        '  - servers.target.provider: a server with a URL is external, not testcontainers',
        `  at ${path.relative(process.cwd(), file)}`,
        '  hint: Fix these in the defineMongoScenario({ … }) call (see scenarios/app-metadata-mongo.ts for a working one).',
      ].join('\n'),
    );
  });

  it('plan refuses a chain that cannot start at the stored version, like a PostgreSQL one', async () => {
    const file = path.join(ROOT, 'fixtures/mongo/loses-documents-scenario.ts');
    expect((await cli(['validate', file])).code).toBe(0);
    const { code, err } = await cli(['plan', file, '--from', '0.9.0']);
    expect(code).toBe(1);
    expect(err).toBe(
      'The chain 0.9.0 → 3.0.0 would be refused:\n' +
        '  chain.gap: No migrator starts at the stored version 0.9.0, so the chain to 3.0.0 cannot begin. Add a migrator from 0.9.0 to 1.0.0, where the next migrator starts (loses-documents/1.0.0-2.0.0.attendee-names.ts).',
    );
  });

  it('plan shows the chain path from the planner, and the app databases it runs on', async () => {
    const { code, out } = await cli(['plan', EXAMPLE, '--from', '2.0.0']);
    expect(code).toBe(0);
    expect(out.replace(/sha256 [0-9a-f]{12}…/g, 'sha256 <h>…')).toBe(
      [
        'Chain 2.0.0 → 3.0.0 (mandatory: 2.0.0):',
        '  2.0.0 → 2.1.0  split sessions.slots into session_slots  (app-metadata-mongo/migrations/2.0.0-2.1.0.split-session-slots.ts; mongo module, no transaction; sha256 <h>…)',
        '  2.1.0 → 3.0.0  add attendees.status  (app-metadata-mongo/migrations/2.1.0-3.0.0.attendee-status.ts; mongo module, no transaction; sha256 <h>…)',
        'Runs on each app database: LIVE (ConferenceApp), STAGING (ConferenceApp-staging), TEST (ConferenceApp-test).',
      ].join('\n'),
    );
  });
});
