import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { scenarioSchema } from '../scenario/scenario-schema.ts';
import { applyStage } from './apply-stage.ts';

const spec = scenarioSchema.parse({
  name: 's',
  source: { version: '1.0.0' },
  target: { version: '2.0.0' },
  chain: { migrators: ['m'] },
  data: { seed: 7, scale: 1, tables: {} },
  budgets: { total: '2m', steps: { '2.0.0': '1m' } },
  stages: { dev: { scale: 0.1 }, 'pre-prod': { scale: 10, seed: 8, budgets: { steps: { '2.0.0': '5m' } } } },
});

describe('applyStage', () => {
  it('applies the stage over the scenario, keeping what the stage does not set', () => {
    expect(applyStage(spec, 'dev').data).toMatchObject({ seed: 7, scale: 0.1 });
    const preProd = applyStage(spec, 'pre-prod');
    expect(preProd.data).toMatchObject({ seed: 8, scale: 10 });
    expect(preProd.budgets).toEqual({ total: 120_000, steps: { '2.0.0': 300_000 } });
    expect(applyStage(spec, undefined)).toBe(spec);
  });

  it('refuses an undeclared stage with a did-you-mean and the declared ones', () => {
    const error = (() => {
      try {
        applyStage(spec, 'preprod');
      } catch (caught) {
        return caught as HarnessError;
      }
    })();
    expect(error).toBeInstanceOf(HarnessError);
    expect({ code: error!.code, message: error!.message, hint: error!.hint, exitCode: error!.exitCode }).toEqual({
      code: 'CONFIG_INVALID',
      message: 'Stage "preprod" is not declared in the scenario. Did you mean "pre-prod"?',
      hint: 'Declared stages: dev, pre-prod.',
      exitCode: 64,
    });
  });
});
