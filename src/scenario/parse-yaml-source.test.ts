import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './parse-yaml-source.ts';

describe('parseYamlSource', () => {
  it('locates values reached through an alias at the anchored node', () => {
    const { value, locator, issues } = parseYamlSource('shared: &email { faker: internet.email }\ncolumns:\n  a: *email\n  b: { sequence: true }\n');
    expect(issues).toEqual([]);
    expect(value).toEqual({ shared: { faker: 'internet.email' }, columns: { a: { faker: 'internet.email' }, b: { sequence: true } } });
    expect(locator.locate(['columns', 'a', 'faker'])).toEqual({ line: 1, column: 25 });
    expect(locator.locate(['columns', 'b', 'sequence'])).toEqual({ line: 4, column: 18 });
  });

  it('reports an unknown anchor, several documents and duplicate keys with their place', () => {
    expect(parseYamlSource('a: *nope\n').issues).toEqual([
      {
        line: 1,
        column: 4,
        path: 'a',
        segments: ['a'],
        message: 'unknown anchor "nope"',
        hint: 'define it before use, as "&nope" in front of a value',
      },
    ]);
    expect(parseYamlSource('a: 1\n---\nb: 2\n').issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`)).toEqual([
      '2:1 invalid YAML: source contains multiple documents; please use YAML.parseAllDocuments()',
    ]);
    expect(parseYamlSource('a:\n  b: 1\n  b: 2\n  b: 3\n').issues.map((issue) => `${issue.line}:${issue.column} ${issue.path} ${issue.message}`)).toEqual([
      '3:3 a.b duplicate key "b" (first written at line 2)',
      '4:3 a.b duplicate key "b" (first written at line 2)',
    ]);
  });

  it('merges "<<" keys: keys written next to it win, then the earlier source, located where they are written', () => {
    const text = [
      'x-a: &a { scale: 1, seed: 1 }',
      'x-b: &b { scale: 2, seed: 2, budgets: { total: 1m } }',
      'stages:',
      '  one:',
      '    seed: 9',
      '    <<: *a',
      '  two: { <<: [*a, *b] }',
      '  three: { <<: { scale: 3 } }',
    ].join('\n');
    const { value, locator, issues } = parseYamlSource(text);
    expect(issues).toEqual([]);
    expect((value as { stages: unknown }).stages).toEqual({
      one: { seed: 9, scale: 1 },
      two: { scale: 1, seed: 1, budgets: { total: '1m' } },
      three: { scale: 3 },
    });
    expect(locator.locate(['stages', 'one', 'seed'])).toEqual({ line: 5, column: 11 });
    expect(locator.locate(['stages', 'one', 'scale'])).toEqual({ line: 1, column: 18 });
    expect(locator.locate(['stages', 'two', 'budgets', 'total'])).toEqual({ line: 2, column: 48 });
    expect(locator.locate(['stages', 'three', 'scale'])).toEqual({ line: 8, column: 25 });
    expect(locator.has(['stages', 'one', '<<'])).toBe(false);
  });

  it('reports a merge of something other than a mapping, and a second "<<" in one mapping', () => {
    const text = 'x-list: &list [1]\na: { <<: *list }\nb:\n  <<: { c: 1 }\n  <<: { d: 1 }\n';
    expect(parseYamlSource(text).issues.map((issue) => `${issue.line}:${issue.column} ${issue.path} ${issue.message} | ${issue.hint}`)).toEqual([
      '2:10 a expected a mapping to merge after "<<" | write "<<: *name", where "&name" marks a mapping, or "<<: [*first, *second]"',
      '5:3 b duplicate merge key "<<" (first written at line 4) | merge several mappings with one key: "<<: [*first, *second]" (the first one wins)',
    ]);
    // A quoted "<<" is an ordinary key.
    expect(parseYamlSource('c: { "<<": 1 }\n').value).toEqual({ c: { '<<': 1 } });
  });

  it('gives an empty document no value', () => {
    expect(parseYamlSource('# only a comment\n').value).toBeUndefined();
    expect(parseYamlSource('').value).toBeUndefined();
  });
});
