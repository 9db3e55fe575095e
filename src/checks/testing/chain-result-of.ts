import type { ChainResult, StepResult } from '../../chain/chain-result.ts';

/**
 * A chain result for check tests: steps given as `[to-version, durationMs]` (or partial
 * step results), each from the previous version, all successful unless told otherwise.
 *
 * @example
 * chainResultOf([['1.1.0', 1200], ['2.0.0', 300]]);
 */
export function chainResultOf(steps: ReadonlyArray<readonly [string, number] | (Partial<StepResult> & { id: string })>): ChainResult {
  let from = '1.0.0';
  const results: StepResult[] = steps.map((step) => {
    const partial = Array.isArray(step) ? { id: step[0] as string, durationMs: step[1] as number } : (step as Partial<StepResult> & { id: string });
    const result: StepResult = {
      from,
      to: partial.id,
      description: `to ${partial.id}`,
      file: `migrations/${partial.id}.sql`,
      kind: 'sql',
      checksum: 'sha256:test',
      transaction: true,
      status: 'success',
      durationMs: 0,
      ...partial,
    };
    from = result.to;
    return result;
  });
  return {
    fromVersion: '1.0.0',
    targetVersion: from,
    reachedVersion: results.every((s) => s.status === 'success') ? from : undefined,
    steps: results,
    refusal: [],
    durationMs: results.reduce((sum, s) => sum + s.durationMs, 0),
  };
}
