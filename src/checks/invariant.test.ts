import { describe, expect, it } from 'vitest';
import type { Engine, QueryTextResult } from '../engines/engine.ts';
import { invariant } from './invariant.ts';
import { chainResultOf } from './testing/chain-result-of.ts';

/** An engine that answers every query with the given result. */
const answering = (result: QueryTextResult) => ({ queryText: async () => result }) as unknown as Engine;
const context = (source: QueryTextResult, target: QueryTextResult) => ({
  source: answering(source),
  target: answering(target),
  run: { chain: chainResultOf([]), harnessTables: [] },
});

describe('invariant (comparison)', () => {
  it('compares 100 000 rows of few distinct values in linear time, and quotes a bounded sample', async () => {
    // `select c_status from app_fd_leave_request`: many rows, three values.
    const statuses = ['approved', 'pending', 'cancelled'];
    const rows = Array.from({ length: 100_000 }, (_, i) => [statuses[i % 3]!]);
    const changed = rows.map((row, i) => (i % 1000 === 1 ? ['rejected'] : row));
    const started = performance.now();
    const findings = await invariant({ name: 'statuses', query: 'select c_status from app_fd_leave_request' }).run(
      context({ columns: ['c_status'], rows }, { columns: ['c_status'], rows: changed }),
    );
    const elapsed = performance.now() - started;
    // Copying an array on every row took seconds here; a count per distinct row takes milliseconds.
    expect(elapsed).toBeLessThan(1_000);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.message).toBe('Invariant "statuses" differs: 100 rows only in the source, 100 only in the target (100000 source rows, 100000 target rows).');
    expect(finding!.details).toHaveLength(40);
    expect(finding!.details![0]).toEqual({ note: 'only in the source', expected: ['approved'] });
    expect(finding!.details!.at(-1)).toEqual({ note: 'only in the target', actual: ['rejected'] });
    expect([(finding!.expected as unknown[]).length, (finding!.actual as unknown[]).length]).toEqual([20, 20]);
  });
});
