import { describe, expect, it } from 'vitest';
import type { ChainResult, StepResult } from '../chain/chain-result.ts';
import type { CheckResult } from '../checks/check.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { decideVerdict } from './verdict.ts';

const step = (id: string, status: StepResult['status'], error?: string): StepResult => ({
  id,
  from: '1.0.0',
  to: id,
  description: `to ${id}`,
  file: `migrations/${id}.sql`,
  kind: 'sql',
  checksum: 'c',
  transaction: true,
  status,
  durationMs: 1,
  ...(error ? { error: { code: 'DATABASE', message: `${error}\n  line 3: …` } } : {}),
});
const chain = (steps: StepResult[], reached = '2.0.0', refusal: ChainResult['refusal'] = []): ChainResult => ({
  fromVersion: '1.0.0',
  targetVersion: '2.0.0',
  reachedVersion: reached,
  steps,
  refusal,
  durationMs: 2,
});
const check = (id: string, status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult => ({
  id,
  kind: 'parity',
  description: id,
  status,
  durationMs: 1,
  findings: [],
  ...extra,
});

describe('decideVerdict', () => {
  it('promotes only a completed chain with every check passed', () => {
    expect(decideVerdict({ error: undefined, chain: chain([step('2.0.0', 'success')]), checks: [check('a', 'passed')] })).toEqual({
      verdict: 'promote',
      exitCode: 0,
      reasons: [],
    });
  });

  it('holds with exit code 1 on a failed step, a refusal or a failed check, naming each', () => {
    const failed = check('parity:t', 'failed', {
      findings: [{ check: 'parity:t', code: 'parity.missing-rows', severity: 'error', path: 't', message: '3 of 10 source rows are missing in the target.' }],
    });
    expect(
      decideVerdict({ error: undefined, chain: chain([step('1.1.0', 'success'), step('2.0.0', 'error', 'relation "x" does not exist'), step('3.0.0', 'not-executed')], '1.1.0'), checks: [failed] }),
    ).toEqual({
      verdict: 'hold',
      exitCode: 1,
      reasons: [
        'Step 2.0.0 (migrations/2.0.0.sql) failed: relation "x" does not exist',
        'Check parity:t failed: 3 of 10 source rows are missing in the target.',
      ],
    });
    const refused = chain([], '1.0.0', [{ code: 'chain.gap', message: 'No migrator starts at 1.1.0.', files: [] }]);
    expect(decideVerdict({ error: undefined, chain: refused, checks: [] }).reasons).toEqual(['The chain was refused: No migrator starts at 1.1.0.']);
  });

  it('holds when the chain stops short of the target version', () => {
    expect(decideVerdict({ error: undefined, chain: chain([], '1.0.0'), checks: [] })).toEqual({
      verdict: 'hold',
      exitCode: 1,
      reasons: ['The chain stopped at 1.0.0 instead of 2.0.0.'],
    });
  });

  it('ranks exit codes: configuration (64) over harness (2) over gate (1)', () => {
    const broken = check('invariant:x', 'error', { error: { code: 'DATABASE', message: 'connection lost' } });
    const misconfigured = check('parity:y', 'error', { error: { code: 'CONFIG_INVALID', message: 'no column "idd"' } });
    const failing = chain([step('2.0.0', 'error', 'boom')], '1.0.0');
    expect(decideVerdict({ error: undefined, chain: failing, checks: [broken] }).exitCode).toBe(2);
    expect(decideVerdict({ error: undefined, chain: failing, checks: [broken, misconfigured] }).exitCode).toBe(64);
    const seedShort = new HarnessError('SEED_SHORT', 'Seeding "t" loaded 9 rows, expected 10.');
    expect(decideVerdict({ error: seedShort, chain: undefined, checks: [] })).toEqual({
      verdict: 'hold',
      exitCode: 2,
      reasons: ['The harness could not finish: Seeding "t" loaded 9 rows, expected 10.'],
    });
  });
});
