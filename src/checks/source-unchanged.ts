import type { FingerprintSummary } from '../engines/engine.ts';
import type { Check } from './check.ts';
import { countOf } from './count-of.ts';
import type { Finding } from './finding.ts';

const CHECK_ID = 'source-unchanged';

/**
 * The run must leave the source as it found it (copy, never move): every table's row
 * count and content hash now equal the fingerprint taken before the chain. A table added,
 * removed or changed is a `source.changed` finding. The harness's own tables are left out.
 *
 * Skipped, with no findings, when the run holds no before-fingerprint (in-place mode,
 * where the source is the environment being migrated).
 *
 * @example
 * await sourceUnchanged().run({ source, target, run: { chain, harnessTables: [], sourceFingerprint } });
 */
export function sourceUnchanged(): Check {
  return {
    id: CHECK_ID,
    kind: 'source-unchanged',
    description:
      'The source is unchanged: each table has the row count and content hash it had before the chain (skipped when no fingerprint was taken before, as in in-place mode).',
    async run({ source, run }) {
      if (!run.sourceFingerprint) return [];
      const exclude = new Set(run.harnessTables);
      const before = Object.entries(run.sourceFingerprint).filter(([table]) => !exclude.has(table));
      const after = await source.fingerprintAll({ exclude: run.harnessTables });
      const findings: Finding[] = [];
      const changed = (table: string, message: string, expected?: FingerprintSummary, actual?: FingerprintSummary): void => {
        findings.push({
          check: CHECK_ID,
          code: 'source.changed',
          severity: 'error',
          path: table,
          message: `${message} The source must stay intact: copy, never move.`,
          ...(expected ? { expected } : {}),
          ...(actual ? { actual } : {}),
        });
      };
      const name = (table: string) => JSON.stringify(table);
      for (const [table, was] of before) {
        const now = after[table];
        if (!now) changed(table, `Table ${name(table)} of the source (${countOf(was.count, 'row')}) disappeared during the run.`, was);
        else if (now.count !== was.count) changed(table, `Table ${name(table)} of the source has ${countOf(now.count, 'row')} after the run, ${was.count} before.`, was, now);
        else if (now.hash !== was.hash) changed(table, `Table ${name(table)} of the source has the same ${countOf(was.count, 'row')} but different content after the run.`, was, now);
      }
      for (const [table, now] of Object.entries(after)) {
        if (!(table in run.sourceFingerprint)) changed(table, `Table ${name(table)} appeared in the source during the run (${countOf(now.count, 'row')}).`, undefined, now);
      }
      return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
