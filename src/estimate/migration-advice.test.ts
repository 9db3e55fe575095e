import { describe, expect, it } from 'vitest';
import { adviseMigration } from './migration-advice.ts';

const min = 60_000;
const hour = 60 * min;
const steps = [
  { id: '1.1.0', description: 'add a priority', growing: false, ms: 5, high: 8 },
  { id: '1.2.0', description: 'move expense amounts', growing: true, ms: 40 * min, high: 50 * min },
  { id: '2.0.0', description: 'backfill storage paths', growing: true, ms: 10 * min, high: 12 * min },
];

describe('adviseMigration (source document 004)', () => {
  it('blocking when the upper end of the whole chain fits the allowed downtime', () => {
    expect(adviseMigration(steps, 2 * hour)).toEqual({
      strategy: 'blocking',
      reason: 'The whole chain fits the 2.0 h of allowed downtime even at the upper end of its interval (1.0 h): migrate while the application is stopped.',
      steps: [],
    });
  });

  it('on-the-fly for the largest growing steps until what stays blocking fits, never a constant one', () => {
    const advice = adviseMigration(steps, 15 * min);
    expect(advice.strategy).toBe('on-the-fly');
    expect(advice.steps).toEqual([
      {
        id: '1.2.0',
        strategy: 'on-the-fly',
        reason: '1.2.0 (move expense amounts), about 40.0 min (up to 50.0 min): run it after the new version starts, in batches, while old and new code both read the data.',
      },
    ]);
    expect(advice.reason).toBe(
      'A blocking migration would take up to 1.0 h, more than the 15.0 min of allowed downtime. Take 1.2.0 out of the window (on-the-fly); what stays blocking takes up to 12.0 min.',
    );
  });

  it('lazy for a step that would take more than a day even in the background', () => {
    const huge = [{ ...steps[1]!, ms: 30 * hour, high: 36 * hour }, steps[0]!];
    const advice = adviseMigration(huge, 30 * min);
    expect(advice.strategy).toBe('lazy');
    expect(advice.steps.map((s) => [s.id, s.strategy])).toEqual([['1.2.0', 'lazy']]);
  });

  it('undecided without an estimate, without a stated downtime, or when the constant steps alone do not fit', () => {
    expect(adviseMigration(undefined, hour).strategy).toBe('undecided');
    expect(adviseMigration(steps, undefined).reason).toBe(
      'A blocking migration would take about 50.0 min (up to 1.0 h). State the allowed downtime (budgets.production.total) to be advised between blocking, on-the-fly and lazy.',
    );
    expect(adviseMigration(steps, 1).strategy).toBe('undecided');
  });
});
