import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';
import { formatFieldPath } from './field-path.ts';

describe('didYouMean', () => {
  it('finds typos, case and separator slips', () => {
    expect(didYouMean('provdier', ['version', 'provider', 'schema'])).toBe('provider');
    expect(didYouMean('migrator', ['migrators', 'mandatory', 'historyTable'])).toBe('migrators');
    expect(didYouMean('null_ratio', ['nullRatio', 'edgeCases'])).toBe('nullRatio');
    expect(didYouMean('HistoryTable', ['migrators', 'historyTable'])).toBe('historyTable');
    expect(didYouMean('inplace', ['copy', 'in-place'])).toBe('in-place');
  });

  it('stays quiet when nothing is close, rather than guess', () => {
    expect(didYouMean('colour', ['name', 'source', 'target', 'chain'])).toBeUndefined();
    expect(didYouMean('x', ['y'])).toBeUndefined();
    expect(didYouMean('seed', ['name'])).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });
});

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
