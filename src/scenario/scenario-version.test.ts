import { describe, expect, it } from 'vitest';
import { migratorVersionProblem } from '../chain/migrator-version.ts';
import { PLAIN_VERSION_PATTERN, scenarioVersionProblem } from './scenario-version.ts';

const EXAMPLES = ['2.0.0', '0.0.1', '10.20.30', '2.0.0-rc.1', '2.0.0-alpha-2.x', 'v2.0.0', 'V2.0.0', '=2.0.0', ' 2.0.0', '2.0.0+build', '2.0.0-rc.1+b', '2.0', '2', '1.10', '1.2.3.4', '01.0.0', '2.0.0-01', 'latest', ''];

describe('scenarioVersionProblem', () => {
  it('accepts exactly what migrator files accept', () => {
    expect(EXAMPLES.filter((value) => scenarioVersionProblem(value) === undefined)).toEqual(
      EXAMPLES.filter((value) => migratorVersionProblem(value) === undefined),
    );
    expect(EXAMPLES.filter((value) => scenarioVersionProblem(value) === undefined)).toEqual(['2.0.0', '0.0.1', '10.20.30', '2.0.0-rc.1', '2.0.0-alpha-2.x']);
  });

  it('has a JSON Schema pattern that agrees with it, for editors', () => {
    const pattern = new RegExp(PLAIN_VERSION_PATTERN, 'u');
    expect(EXAMPLES.filter((value) => pattern.test(value))).toEqual(EXAMPLES.filter((value) => scenarioVersionProblem(value) === undefined));
  });

  it('says what to write instead', () => {
    expect(Object.fromEntries(EXAMPLES.map((value) => [value, scenarioVersionProblem(value)?.hint]))).toMatchInlineSnapshot(`
      {
        "": "write major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"",
        " 2.0.0": "write "2.0.0"",
        "0.0.1": undefined,
        "01.0.0": "write major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"",
        "1.10": "write all three parts: "1.10.0"",
        "1.2.3.4": "did you mean "1.2.3"? Versions are written as major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"",
        "10.20.30": undefined,
        "2": "write all three parts: "2.0.0"",
        "2.0": "write all three parts: "2.0.0"",
        "2.0.0": undefined,
        "2.0.0+build": "write "2.0.0", without the build metadata",
        "2.0.0-01": "did you mean "2.0.0"? Versions are written as major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"",
        "2.0.0-alpha-2.x": undefined,
        "2.0.0-rc.1": undefined,
        "2.0.0-rc.1+b": "write "2.0.0-rc.1", without the build metadata",
        "=2.0.0": "write "2.0.0", without the "="",
        "V2.0.0": "write "2.0.0", without the "V"",
        "latest": "write major.minor.patch such as "1.2.0", optionally with a prerelease such as "2.0.0-rc.1"",
        "v2.0.0": "write "2.0.0", without the "v"",
      }
    `);
  });
});
