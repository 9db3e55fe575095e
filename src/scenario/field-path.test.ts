import { describe, expect, it } from 'vitest';
import { formatFieldPath } from './field-path.ts';

describe('formatFieldPath', () => {
  it('writes dotted keys, bracketed indexes and quoted keys that hold dots or spaces', () => {
    expect(formatFieldPath(['data', 'tables', 'dir_user', 'columns', 'email', 'nullRatio'])).toBe('data.tables.dir_user.columns.email.nullRatio');
    expect(formatFieldPath(['checks', 'parity', 0, 'table'])).toBe('checks.parity[0].table');
    expect(formatFieldPath(['budgets', 'steps', '2.0.0'])).toBe('budgets.steps["2.0.0"]');
    expect(formatFieldPath(['stages', 'pre-prod', 'scale'])).toBe('stages.pre-prod.scale');
    expect(formatFieldPath(['data', 'tables', 'app.dir_user'])).toBe('data.tables["app.dir_user"]');
    expect(formatFieldPath([])).toBe('');
  });
});
