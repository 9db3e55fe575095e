import type { FingerprintSummary } from '../engines/engine.ts';
import { HarnessError } from '../errors/harness-error.ts';
import type { Check } from './check.ts';
import { countOf } from './count-of.ts';
import type { Finding } from './finding.ts';

const CHECK_ID = 'source-unchanged';

/**
 * The run must leave the source as it found it (copy, never move): every table's row
 * count and content hash now equal the fingerprint taken before the chain. A table added,
 * removed or changed is a `source.changed` finding. The harness's own tables are left out.
 *
 * It needs the fingerprint taken before the chain (`run.sourceFingerprint`, copy mode).
 * Without one there is nothing to compare with, and the check throws an `INTERNAL`
 * `HarnessError` (status `error`) rather than return no findings: an empty result would
 * read as "the source is unchanged", a proof nobody made. In-place mode takes no
 * fingerprint (the source there is the environment being migrated), so the runner must
 * not build this check for it.
 *
 * @example
 * await sourceUnchanged().run({ source, target, run: { chain, harnessTables: [], sourceFingerprint } });
 */
export function sourceUnchanged(): Check {
  return {
    id: CHECK_ID,
    kind: 'source-unchanged',
    description: 'The source is unchanged: each table has the row count and content hash it had before the chain.',
    async run({ source, run }) {
      if (!run.sourceFingerprint) {
        throw new HarnessError(
          'INTERNAL',
          'The source-unchanged check has no fingerprint of the source taken before the chain, so it cannot prove the source unchanged.',
          { hint: 'The runner takes one after seeding in copy mode; in in-place mode it must leave this check out (the source is what the chain migrates).' },
        );
      }
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
