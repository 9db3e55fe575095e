import type { ChainResult } from '../chain/chain-result.ts';
import type { Finding } from '../checks/finding.ts';
import { formatDuration } from '../util/duration.ts';
import type { PilotReport } from './pilot-report.ts';
import { ladderMarkdown } from './ladder-markdown.ts';
import { processMarkdown } from './process-markdown.ts';

/** A summary a person reads: verdict and reasons first, then chain, checks, data and phases. */
export function markdownReport(report: PilotReport): string {
  const lines: string[] = [];
  const { scenario } = report;
  lines.push(`# Pilot ${scenario.name}: ${report.verdict.toUpperCase()}`, '');
  lines.push(
    `${scenario.sourceVersion} → ${scenario.targetVersion}, ${scenario.mode} mode${scenario.stage ? `, stage ${scenario.stage}` : ''}, ` +
      `${formatDuration(report.durationMs)} (exit code ${report.exitCode}). Scenario: \`${scenario.file}\`.`,
    '',
  );
  if (report.reasons.length > 0) {
    lines.push('## Why it holds', '');
    for (const reason of report.reasons) lines.push(`- ${reason}`);
    lines.push('');
  }
  if (report.error) {
    lines.push('## Harness error', '');
    lines.push(`\`${report.error.code}\`${report.error.location ? ` at \`${report.error.location}\`` : ''}`, '');
    lines.push('```', report.error.message, '```', '');
    if (report.error.hint) lines.push(`Hint: ${report.error.hint}`, '');
  }
  if (report.environments.length > 0) {
    lines.push('## Environments', '');
    for (const env of report.environments) {
      lines.push(`- **${env.role}**: ${env.description} (${env.selection})`);
      const settings = Object.entries(env.serverSettings).map(([name, value]) => `${name}: ${value}`);
      if (settings.length > 0) lines.push(`  - set for the rehearsal: ${settings.join('; ')}`);
    }
    lines.push('');
  }
  if (report.transfer) {
    const { transfer } = report;
    const [rowWord, tableWord] = transfer.method === 'mongo-driver' || transfer.method === 'mongodump' ? ['documents', 'collections'] : ['rows', 'tables'];
    const rows = transfer.tables ? `, ${transfer.tables.reduce((n, t) => n + t.rows, 0).toLocaleString('en-US')} ${rowWord} in ${transfer.tables.length} ${tableWord}` : '';
    lines.push(`Data reached the target by **${transfer.method}** (${transfer.reason})${rows}, ${formatDuration(transfer.durationMs)}.`, '');
  }
  const chains: [string, ChainResult][] = report.chain ? [['', report.chain]] : Object.entries(report.chains ?? {});
  for (const [database, chain] of chains) {
    lines.push(`## Chain ${database ? `of ${database} ` : ''}${chain.fromVersion ?? '?'} → ${chain.targetVersion}`, '');
    for (const refusal of chain.refusal) lines.push(`- Refused (\`${refusal.code}\`): ${refusal.message}`);
    if (chain.refusal.length > 0) lines.push('');
    if (chain.steps.length > 0) {
      lines.push('| step | migrator | status | time |', '|---|---|---|---:|');
      for (const step of chain.steps) {
        const time = step.status === 'not-executed' ? '–' : formatDuration(step.durationMs);
        lines.push(`| ${step.from} → ${step.to} | ${cell(step.description)} (\`${step.file}\`) | ${step.status} | ${time} |`);
      }
      lines.push('');
      for (const step of chain.steps.filter((s) => s.error)) {
        lines.push(`Step ${step.id} failed:`, '', '```', step.error!.message, '```', '');
      }
    }
    lines.push(`Total ${formatDuration(chain.durationMs)}; reached ${chain.reachedVersion ?? 'no version'}.`, '');
  }
  if (report.checks.length > 0) {
    lines.push('## Checks', '');
    lines.push('| check | what it proves | status | findings | time |', '|---|---|---|---:|---:|');
    for (const check of report.checks) {
      lines.push(
        `| \`${check.id}\` | ${cell(check.description)} | ${check.status} | ${check.findings.length} | ${formatDuration(check.durationMs)} |`,
      );
    }
    lines.push('');
    for (const check of report.checks) {
      if (check.error) {
        const at = check.error.location ? ` at \`${check.error.location}\`` : '';
        lines.push(`### \`${check.id}\``, '', `Could not run (\`${check.error.code}\`)${at}: ${check.error.message}`, '');
        if (check.error.hint) lines.push(`Hint: ${check.error.hint}`, '');
      }
      if (check.findings.length === 0) continue;
      lines.push(`### \`${check.id}\``, '', check.description, '');
      for (const finding of check.findings) lines.push(...findingLines(finding));
      lines.push('');
    }
  }
  lines.push(...processMarkdown(report));
  if (report.data) {
    const { data } = report;
    lines.push('## Data', '');
    lines.push(
      `${data.rows.toLocaleString('en-US')} rows, seed ${data.seed}, scale ${data.scale}` +
        (data.fromCache ? ', reused from the seeded-snapshot cache.' : `, generated in ${formatDuration(data.durationMs)}.`),
      '',
    );
    lines.push('| table | rows |', '|---|---:|');
    for (const table of data.tables) lines.push(`| ${table.table} | ${table.rows.toLocaleString('en-US')} |`);
    lines.push('');
  }
  lines.push(...ladderMarkdown(report));
  lines.push('## Phases', '', '| phase | status | time |', '|---|---|---:|');
  for (const p of report.phases) lines.push(`| ${p.phase} | ${p.status}${p.note ? ` (${cell(p.note)})` : ''} | ${formatDuration(p.durationMs)} |`);
  lines.push('');
  return lines.join('\n');
}

function findingLines(finding: Finding): string[] {
  const lines = [`- **${finding.severity}** \`${finding.code}\` at \`${finding.path}\`: ${finding.message}`];
  if (finding.keys && finding.keys.length > 0) {
    const more = finding.truncated && finding.truncated > finding.keys.length ? ` … (${finding.truncated} in all)` : '';
    lines.push(`  - keys: ${finding.keys.map((k) => `\`${k}\``).join(', ')}${more}`);
  }
  for (const detail of finding.details ?? []) {
    const where = [detail.key && `key \`${detail.key}\``, detail.column && `column \`${detail.column}\``].filter(Boolean).join(', ');
    const values = 'expected' in detail || 'actual' in detail ? `: expected ${show(detail.expected)}, actual ${show(detail.actual)}` : '';
    lines.push(`  - ${where}${values}${detail.note ? ` (${detail.note})` : ''}`);
  }
  return lines;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return `\`${text.length > 120 ? `${text.slice(0, 117)}…` : text}\``;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
