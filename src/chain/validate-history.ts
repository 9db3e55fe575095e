import semver from 'semver';
import type { ChainRefusal, ChainWarning } from './chain-result.ts';
import type { Migrator } from './migrator.ts';
import type { SchemaHistoryEntry } from './schema-history.ts';

/**
 * Compares what the target's history says was applied with the migrators loaded now,
 * before anything runs:
 *
 * - An applied migrator whose file changed since (another checksum) is refused: what ran
 *   in production is no longer what the repository says. CRLF/LF differences do not count.
 * - An applied migrator missing from the loaded ones is refused when its version lies
 *   inside the span the loaded migrators cover (above the lowest from-version): the
 *   repository's chain was rewritten under an applied step. Below that span it is only a
 *   warning: teams delete migrators older than every supported upgrade, and a restored
 *   production dump still carries their entries.
 * - A failed entry after the last successful one (a migrator that failed outside a
 *   transaction) is refused: the target is part-way and must be repaired first.
 *
 * Applied entries are matched to loaded migrators by from- and to-version.
 *
 * @example
 * const { refusal, warnings } = validateHistory(await readSchemaHistory(session, table), migrators);
 */
export function validateHistory(
  entries: readonly SchemaHistoryEntry[],
  migrators: readonly Pick<Migrator, 'from' | 'to' | 'relativeFile' | 'checksum'>[],
): { refusal: ChainRefusal[]; warnings: ChainWarning[] } {
  const refusal: ChainRefusal[] = [];
  const warnings: ChainWarning[] = [];
  const lowestFrom = migrators.map((m) => m.from).sort(semver.compare)[0];
  const lastSuccess = entries.findLastIndex((entry) => entry.success);

  entries.forEach((entry, index) => {
    if (entry.kind === 'baseline') return;
    const label = `${entry.fromVersion ?? '?'} → ${entry.version}`;
    if (!entry.success) {
      if (index > lastSuccess) {
        refusal.push({
          code: 'chain.failed-applied',
          message:
            `Migrator ${entry.version} (${entry.script}) failed part-way in an earlier run and could not be rolled back (history rank ${entry.installedRank}), ` +
            `so the target may hold part of its changes. Repair the target (undo what the migrator did, e.g. drop an INVALID index) ` +
            `and delete that history row, or restore the target from a backup, then run again.`,
          files: [entry.script],
        });
      }
      return;
    }
    const sameVersions = migrators.filter((m) => eq(m.to, entry.version) && entry.fromVersion !== null && eq(m.from, entry.fromVersion));
    const match = sameVersions[0];
    if (match) {
      if (entry.checksum !== null && entry.checksum !== match.checksum) {
        refusal.push({
          code: 'chain.checksum-mismatch',
          message:
            `Migrator ${entry.version} (${match.relativeFile}) was applied with checksum sha256:${short(entry.checksum)} ` +
            `but the file now has sha256:${short(match.checksum)}. An applied migrator must not change: ` +
            'revert the edit and put the change in a new migrator.',
          files: [match.relativeFile],
        });
      }
      return;
    }
    const sameTo = migrators.filter((m) => eq(m.to, entry.version));
    const elsewhere =
      sameTo.length > 0
        ? ` The loaded migrators to ${entry.version} start elsewhere: ${sameTo.map((m) => `${m.from} → ${m.to} (${m.relativeFile})`).join(', ')}.`
        : '';
    if (lowestFrom !== undefined && (semver.valid(entry.version) === null || semver.gt(entry.version, lowestFrom))) {
      refusal.push({
        code: 'chain.unknown-applied',
        message:
          `Migrator ${label} (${entry.script}) was applied to the target (history rank ${entry.installedRank}) but is not among the loaded migrators.${elsewhere} ` +
          `The chain in the repository no longer describes how the target got to ${entry.version}: restore the migrator file, ` +
          'or migrate from a database whose history matches the repository.',
        files: [entry.script, ...sameTo.map((m) => m.relativeFile)],
      });
    } else {
      warnings.push({
        code: 'chain.unknown-applied',
        message:
          `Migrator ${label} (${entry.script}) was applied to the target (history rank ${entry.installedRank}) but is not among the loaded migrators; ` +
          `it lies below the oldest loaded migrator${lowestFrom ? ` (from ${lowestFrom})` : ''}, so it is taken as pruned and not checked.`,
        files: [entry.script],
      });
    }
  });
  return { refusal, warnings };
}

function eq(a: string, b: string): boolean {
  return semver.valid(a) !== null && semver.valid(b) !== null && semver.eq(a, b);
}

function short(checksum: string): string {
  return `${checksum.slice(0, 12)}…`;
}
