import semver from 'semver';

/**
 * Why a text is not usable as a migrator version, or `undefined` when it is. Migrator
 * versions are plain semantic versions ("1.2.0", "2.0.0-rc.1"): no "v" prefix, no range,
 * no build metadata (semver ignores it when comparing, so "1.0.0+a" and "1.0.0+b" would be
 * the same version).
 *
 * @example
 * migratorVersionProblem('1.1'); // { message: '"1.1" is not a semantic version.', suggestion: '1.1.0' }
 */
export function migratorVersionProblem(value: string): { message: string; suggestion: string | undefined } | undefined {
  if (value === '') return { message: 'has no version.', suggestion: undefined };
  const parsed = semver.parse(value);
  if (parsed === null) {
    return { message: `${JSON.stringify(value)} is not a semantic version.`, suggestion: semver.coerce(value)?.version };
  }
  if (parsed.build.length > 0) {
    return {
      message: `${JSON.stringify(value)} has build metadata ("+${parsed.build.join('.')}"), which semver ignores when comparing versions.`,
      suggestion: parsed.version,
    };
  }
  if (parsed.version !== value) {
    return { message: `${JSON.stringify(value)} is not written as a plain version.`, suggestion: parsed.version };
  }
  return undefined;
}
