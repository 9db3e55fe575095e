import type { DirectoryCheckSpec } from '../scenario/process-schema.ts';
import type { Check } from './check.ts';
import { countOf } from './count-of.ts';
import type { Finding } from './finding.ts';
import { rowParity } from './row-parity.ts';

/**
 * The user directory must arrive whole (source 001: "the same user management, so that
 * the same user assigned can be found in the target server"): every source table whose
 * name starts with `prefix` (`dir_user`, `dir_group`, `dir_user_group`, …) is compared row
 * for row with row parity, found by name, so a directory table nobody listed is still
 * checked. A target-only directory table is reported too.
 *
 * Findings: those of row parity for each table (`parity.missing-rows`, …), with this
 * check's id, and `directory.empty` when the source has no such table (the prefix is
 * probably wrong).
 *
 * @example
 * directoryParity({ prefix: 'dir_' });
 */
export function directoryParity(spec: DirectoryCheckSpec): Check {
  const id = 'directory';
  return {
    id,
    kind: 'parity',
    description: `Every user-directory table (${spec.prefix}*) matches row for row between source and target.`,
    async run(context) {
      const harness = new Set(context.run.harnessTables);
      const ofDirectory = (name: string) => !harness.has(name) && name.slice(name.lastIndexOf('.') + 1).startsWith(spec.prefix);
      const [source, target] = await Promise.all([context.source.introspect(), context.target.introspect()]);
      const tables = source.tables.map((t) => t.name).filter(ofDirectory).sort();
      const findings: Finding[] = [];
      if (tables.length === 0) {
        return [
          {
            check: id,
            code: 'directory.empty',
            severity: 'error',
            path: spec.prefix,
            message: `The source has no table whose name starts with ${JSON.stringify(spec.prefix)}: there is no user directory to compare. Check checks.directory.prefix.`,
          },
        ];
      }
      const facts: Record<string, unknown> = {};
      for (const table of tables) {
        const found = await rowParity({ table }).run({ ...context, note: (noted) => void (facts[table] = noted) });
        findings.push(...found.map((finding) => ({ ...finding, check: id })));
      }
      for (const table of target.tables.map((t) => t.name).filter(ofDirectory)) {
        if (tables.includes(table)) continue;
        findings.push({
          check: id,
          code: 'directory.extra-table',
          severity: 'warning',
          path: table,
          message: `The target has a directory table ${JSON.stringify(table)} the source lacks (${countOf(await context.target.count(table), 'row')}).`,
        });
      }
      context.note?.({ tables: facts });
      return findings;
    },
  };
}
