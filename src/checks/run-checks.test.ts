import { describe, expect, it } from 'vitest';
import type { Engine } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { Check } from './check.ts';
import type { Finding } from './finding.ts';
import { runChecks } from './run-checks.ts';
import { chainResultOf } from './testing/chain-result-of.ts';

const context = { source: {} as Engine, target: {} as Engine, run: { chain: chainResultOf([]), harnessTables: [] } };
const finding = (severity: Finding['severity']): Finding => ({ check: 'c', code: 'x.y', severity, path: 't', message: 'm' });
const check = (id: string, run: Check['run']): Check => ({ id, kind: 'invariant', description: `check ${id}`, run });

describe('runChecks', () => {
  it('records every check, failed iff an error finding, and turns a crash into an error result', async () => {
    let clock = 0;
    const results = await runChecks(
      [
        check('clean', async () => []),
        check('warned', async () => [finding('warning')]),
        check('broken', async () => [finding('warning'), finding('error')]),
        check('config', async () => {
          throw new HarnessError('CONFIG_INVALID', 'Parity rule "t": column "x" is not in the source table "t".', {
            path: ['checks', 'parity', 0, 'ignore', 0],
            hint: 'Did you mean "y"?',
          });
        }),
        check('crash', async () => {
          throw new TypeError('boom');
        }),
        check('after', async () => []),
      ],
      context,
      { now: () => (clock += 5) },
    );
    expect(results.map(({ id, status, durationMs, error }) => ({ id, status, durationMs, error }))).toEqual([
      { id: 'clean', status: 'passed', durationMs: 5, error: undefined },
      { id: 'warned', status: 'passed', durationMs: 5, error: undefined },
      { id: 'broken', status: 'failed', durationMs: 5, error: undefined },
      {
        id: 'config',
        status: 'error',
        durationMs: 5,
        error: {
          code: 'CONFIG_INVALID',
          message: 'Parity rule "t": column "x" is not in the source table "t".',
          hint: 'Did you mean "y"?',
          path: ['checks', 'parity', 0, 'ignore', 0],
        },
      },
      { id: 'crash', status: 'error', durationMs: 5, error: { code: 'INTERNAL', message: 'boom' } },
      { id: 'after', status: 'passed', durationMs: 5, error: undefined },
    ]);
    expect(results[2]).toMatchObject({ kind: 'invariant', description: 'check broken', findings: [finding('warning'), finding('error')] });
  });

  it('keeps what a check notes as its facts, merged, and nothing for a check that notes nothing', async () => {
    const results = await runChecks(
      [
        check('noting', async ({ note }) => {
          note?.({ source: { count: 2, hash: 'a/b' } });
          note?.({ target: { count: 2, hash: 'a/b' } });
          return [];
        }),
        check('quiet', async () => []),
      ],
      context,
    );
    expect(results.map((r) => r.facts)).toEqual([{ source: { count: 2, hash: 'a/b' }, target: { count: 2, hash: 'a/b' } }, undefined]);
  });
});
