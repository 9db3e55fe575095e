import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

describe('didYouMean', () => {
  it('finds typos, case and separator slips', () => {
    expect(didYouMean('provdier', ['version', 'provider', 'schema'])).toBe('provider');
    expect(didYouMean('migrator', ['migrators', 'mandatory', 'historyTable'])).toBe('migrators');
    expect(didYouMean('null_ratio', ['nullRatio', 'edgeCases'])).toBe('nullRatio');
    expect(didYouMean('HistoryTable', ['migrators', 'historyTable'])).toBe('historyTable');
    expect(didYouMean('inplace', ['copy', 'in-place'])).toBe('in-place');
    expect(didYouMean('emial', ['id', 'email'])).toBe('email');
    expect(didYouMean('dir_usr', ['dir_user', 'dir_group'])).toBe('dir_user');
  });

  it('stays quiet when nothing is close, rather than guess', () => {
    expect(didYouMean('colour', ['name', 'source', 'target', 'chain'])).toBeUndefined();
    expect(didYouMean('x', ['y'])).toBeUndefined();
    expect(didYouMean('seed', ['name'])).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });
});
