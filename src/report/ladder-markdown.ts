import type { HealthReport } from '../health/health-report.ts';
import { formatDuration } from '../util/duration.ts';
import type { PilotReport } from './pilot-report.ts';

/**
 * The stage ladder's sections of the Markdown report: the dump and its masking, the config
 * files, the pre-migration tasks, the database's health and the content hashes the ledger
 * records. Empty when the run had none of them.
 */
export function ladderMarkdown(report: PilotReport): string[] {
  const lines: string[] = [];
  const { dump, config, tasks } = report;
  if (dump) {
    lines.push('## Production dump', '');
    lines.push(
      `Restored \`${dump.file}\` (${dump.format}${dump.tool ? `, ${dump.tool}` : ''})` +
        (dump.fromCache ? ', from the seeded-snapshot cache (restored and masked in an earlier run).' : `: ${dump.rows.toLocaleString('en-US')} rows in ${formatDuration(dump.durationMs)}.`),
      '',
    );
    if (dump.masking) {
      lines.push(`**Masking ran** (keyed by ${dump.masking.keyedBy}) over ${dump.masking.columns.length} columns, before any row reached the database:`, '');
      lines.push('| table | column | rule | values masked |', '|---|---|---|---:|');
      for (const c of dump.masking.columns) lines.push(`| ${c.table} | ${c.column} | ${c.rule} | ${dump.fromCache ? '–' : c.values.toLocaleString('en-US')} |`);
      lines.push('');
    } else {
      lines.push('No masking rules: the dump was restored as it is.', '');
    }
  }
  if (config) {
    lines.push(`## Config files ${config.fromVersion} → ${config.reachedVersion}`, '');
    for (const refusal of config.refusal) lines.push(`- Refused: ${refusal}`);
    if (config.steps.length > 0) {
      lines.push('| step | file | migrator | status | time |', '|---|---|---|---|---:|');
      for (const step of config.steps) {
        lines.push(`| ${step.from} → ${step.to} | ${step.target} | ${step.description} (\`${step.file}\`) | ${step.status} | ${step.status === 'not-executed' ? '–' : formatDuration(step.durationMs)} |`);
      }
    } else if (config.refusal.length === 0) lines.push('No config migrator applies between these versions.');
    lines.push('');
  }
  if (tasks && tasks.length > 0) {
    lines.push('## Pre-migration tasks (on the copy)', '', '| task | status | rows changed | time | budget |', '|---|---|---|---:|---:|');
    for (const task of tasks) {
      const changed = Object.entries(task.rowsChanged ?? {}).map(([table, delta]) => `${table} ${delta > 0 ? '+' : ''}${delta.toLocaleString('en-US')}`).join(', ');
      lines.push(`| ${task.name} | ${task.status} | ${changed || '–'} | ${task.status === 'not-executed' ? '–' : formatDuration(task.durationMs)} | ${task.budgetMs !== undefined ? formatDuration(task.budgetMs) : '–'} |`);
    }
    lines.push('');
  }
  const health = report.checks.find((c) => c.kind === 'health')?.facts?.health as HealthReport | undefined;
  if (health) {
    lines.push('## Health during the chain', '');
    lines.push(
      `- CPU and memory, seen as ${health.seenAs}: ${health.peakCpuPercent !== undefined ? `peak CPU ${health.peakCpuPercent}% of a core, peak memory ${(health.peakMemoryBytes! / 1e6).toFixed(1)} MB over ${health.samples.length} samples` : health.note ?? 'no samples'}.`,
    );
    lines.push(`- Server log, seen as ${health.logs.seenAs}: ${health.logs.seenAs === 'not visible' ? health.logs.note : `${health.logs.errors.length} error lines in ${health.logs.lines} lines`}.`, '');
  }
  if (report.content) {
    const short = (hash: string) => (hash ? `\`${hash.slice(0, 16)}…\`` : '–');
    lines.push('## Content hashes (for the promotion ledger)', '');
    lines.push(`chain ${short(report.content.chain)} (${report.content.migrators.length} migrators), scenario ${short(report.content.scenario)}, data ${short(report.content.data)}, engines ${short(report.content.engines)}.`, '');
  }
  return lines;
}
