import { processFactsOf } from '../checks/process-state/process-facts.ts';
import { formatDuration } from '../util/duration.ts';
import type { PilotReport } from './pilot-report.ts';

/**
 * The Markdown of moving an app with its processes: what migrators warned about, the file
 * trees, and the process section (instances per definition and state, source next to
 * target; skipped instances with the reason). Empty when the run had none of these.
 */
export function processMarkdown(report: PilotReport): string[] {
  const lines: string[] = [];
  if (report.warnings && report.warnings.length > 0) {
    lines.push('## Warnings from the chain', '');
    for (const warning of report.warnings) {
      lines.push(`- \`${warning.code}\`: ${cell(warning.message)}`);
      if (warning.keys && warning.keys.length > 0) {
        const more = warning.truncated && warning.truncated > warning.keys.length ? ` … (${warning.truncated.toLocaleString('en-US')} in all)` : '';
        lines.push(`  - records: ${warning.keys.map((k) => `\`${k}\``).join(', ')}${more}`);
      }
    }
    lines.push('');
  }
  if (report.files && report.files.trees.length > 0) {
    lines.push('## Files', '', '| tree | origin | files | size | time |', '|---|---|---:|---:|---:|');
    for (const tree of report.files.trees) {
      const origin =
        tree.origin === 'seeded'
          ? `seeded from ${tree.rows?.toLocaleString('en-US') ?? '?'} rows${tree.sharedPaths ? ` (${tree.sharedPaths} sharing a path)` : ''}${tree.nullPaths ? ` (${tree.nullPaths} without a path)` : ''}`
          : `folder \`${tree.folder}\``;
      lines.push(`| ${tree.name} | ${origin} | ${tree.files.toLocaleString('en-US')} | ${(tree.bytes / 1e6).toFixed(1)} MB | ${formatDuration(tree.durationMs)} |`);
    }
    lines.push('', 'Each target tree starts as a copy of the source tree (copy, never move).', '');
  }
  for (const check of report.checks) {
    const facts = check.kind === 'process' ? processFactsOf(check.facts) : undefined;
    if (!facts) continue;
    const n = (value: number) => value.toLocaleString('en-US');
    lines.push('## Processes', '');
    lines.push(
      `${n(facts.running.source)} running instances on the source, ${n(facts.running.target)} on the target; ` +
        `${n(facts.running.compared)} compared by record id (\`${check.id}\`: ${check.status}).`,
    );
    lines.push(
      facts.completed === 'archive'
        ? `Completed instances are archived: ${n(facts.archived?.source ?? 0)} on the source, ${n(facts.archived?.target ?? 0)} closed on the target, compared with their audit trail.`
        : 'Completed instances are left behind: none may run on the target.',
    );
    if (facts.successors.length > 0) lines.push(`Successors: ${facts.successors.map((s) => `${s.source} → ${s.target}`).join(', ')}.`);
    lines.push('', '| definition | state | source | target |', '|---|---|---:|---:|');
    for (const row of facts.counts) {
      const mark = row.source === row.target ? '' : ' ≠';
      lines.push(`| ${cell(row.definition)} | ${cell(row.state)}${row.running ? ' (running)' : ''} | ${n(row.source)} | ${n(row.target)}${mark} |`);
    }
    lines.push('');
    if (facts.skipped.length > 0) {
      lines.push('Skipped from the running comparison, with the reason:', '');
      for (const skipped of facts.skipped) {
        const keys = skipped.keys.length > 0 ? `: ${skipped.keys.slice(0, 10).map((k) => `\`${k}\``).join(', ')}${skipped.count > 10 ? ', …' : ''}` : '';
        lines.push(`- ${n(skipped.count)} on the ${skipped.side}, ${cell(skipped.reason)}${keys}`);
      }
      lines.push('');
    }
  }
  return lines;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
