import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { scalePlan } from './scale-plan.ts';

const spec = (extra: Partial<ScenarioSpec> = {}) =>
  ({ source: { version: '1.0.0' }, target: { version: '2.0.0' }, data: { seed: 1, scale: 1, tables: {} }, ...extra }) as unknown as ScenarioSpec;

describe('scalePlan', () => {
  it('interleaves scales and repetitions: every round visits every scale in another order, the largest never always last', () => {
    const plan = scalePlan(spec(), { scales: [2, 0.25, 1, 0.5], repetitions: 3, warmup: true });
    expect(plan.scales).toEqual([0.25, 0.5, 1, 2]);
    expect(plan.order.map((r) => `${r.round}:${r.scale}`)).toEqual([
      '0:0.25', '0:0.5', '0:1', '0:2',
      '1:0.25', '1:0.5', '1:1', '1:2',
      '2:0.25', '2:2', '2:1', '2:0.5',
      '3:1', '3:2', '3:0.25', '3:0.5',
    ]);
    expect(plan.order.filter((r) => r.warmup)).toHaveLength(4);
    const lastOfRound = [1, 2, 3].map((round) => plan.order.filter((r) => r.round === round).at(-1)!.scale);
    expect(lastOfRound).toEqual([2, 0.5, 0.5]);
  });

  it('defaults to the scenario scale × 0.25 … 2 (8×), 3 repetitions after a warm-up round', () => {
    const plan = scalePlan(spec({ data: { seed: 1, scale: 4, tables: {} } } as Partial<ScenarioSpec>));
    expect(plan).toMatchObject({ scales: [1, 1.6, 2.8, 4.8, 8], repetitions: 3, warmup: true });
    expect(plan.order).toHaveLength(5 * 4);
  });

  it('refuses fewer than 3 scales, less than 8×, or a single repetition, saying how to fix it', () => {
    expect(() => scalePlan(spec(), { scales: [1, 8] })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', message: 'An estimate needs at least 3 different scales to fit a cost model; got 2 (1, 8).' }),
    );
    expect(() => scalePlan(spec(), { scales: [1, 2, 4] })).toThrow(expect.objectContaining({ hint: 'Widen the range, e.g. 0.5 to 4.' }));
    expect(() => scalePlan(spec(), { scales: [1, 2, 8], repetitions: 1 })).toThrow(
      expect.objectContaining({ message: 'An estimate needs at least 2 repetitions per scale to see how much they vary; got 1.' }),
    );
  });

  it('refuses a scenario without data to scale, with the path into the scenario', () => {
    expect(() => scalePlan(spec({ data: undefined }))).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', path: ['data'] }));
  });
});
