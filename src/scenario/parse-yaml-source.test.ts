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

  it('gives an empty document no value', () => {
    expect(parseYamlSource('# only a comment\n').value).toBeUndefined();
    expect(parseYamlSource('').value).toBeUndefined();
  });
});
