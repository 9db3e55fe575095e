import type { ChainResult } from '../chain/chain-result.ts';
import type { PilotReport } from './pilot-report.ts';
import { firstLine } from '../util/first-line.ts';

/**
 * JUnit XML for CI: one test suite per run, one test case per chain step and per check,
 * plus a `harness` case when the harness could not finish and a `chain plan` case when the
 * chain was refused.
 */
export function junitReport(report: PilotReport): string {
  const cases: string[] = [];
  const suite = `migration-pilot.${report.scenario.name}${report.scenario.stage ? `.${report.scenario.stage}` : ''}`;
  const testCase = (classname: string, name: string, ms: number, body = '') =>
    `    <testcase classname="${xml(`${suite}.${classname}`)}" name="${xml(name)}" time="${(ms / 1000).toFixed(3)}"${body ? `>\n${body}\n    </testcase>` : ' />'}`;

  if (report.error) {
    const detail = [report.error.message, report.error.location && `at ${report.error.location}`, report.error.hint && `hint: ${report.error.hint}`]
      .filter(Boolean)
      .join('\n');
    cases.push(testCase('harness', 'harness', 0, `      <error type="${xml(report.error.code)}" message="${xml(firstLine(report.error.message))}">${xml(detail)}</error>`));
  }
  // One chain, or one per database (a MongoDB scenario's environments: classname chain.<environment>).
  const chains: [string, ChainResult][] = report.chain ? [['chain', report.chain]] : Object.entries(report.chains ?? {}).map(([env, c]) => [`chain.${env}`, c]);
  for (const [classname, chain] of chains) {
    if (chain.refusal.length > 0) {
      const text = chain.refusal.map((r) => `${r.code}: ${r.message}`).join('\n');
      cases.push(testCase(classname, 'chain plan', 0, `      <failure type="chain.refused" message="${xml(firstLine(chain.refusal[0]!.message))}">${xml(text)}</failure>`));
    }
    for (const step of chain.steps) {
      const name = `${step.from} -> ${step.to} ${step.description}`;
      if (step.status === 'success') cases.push(testCase(classname, name, step.durationMs));
      else if (step.status === 'not-executed') cases.push(testCase(classname, name, 0, '      <skipped message="not executed" />'));
      else {
        const message = step.error?.message ?? 'failed';
        cases.push(testCase(classname, name, step.durationMs, `      <failure type="${xml(step.error?.code ?? 'error')}" message="${xml(firstLine(message))}">${xml(message)}</failure>`));
      }
    }
  }
  for (const check of report.checks) {
    if (check.status === 'passed') {
      cases.push(testCase(`checks.${check.kind}`, check.id, check.durationMs));
    } else if (check.status === 'error') {
      const detail = [check.error?.message ?? '', check.error?.location && `at ${check.error.location}`, check.error?.hint && `hint: ${check.error.hint}`]
        .filter(Boolean)
        .join('\n');
      cases.push(
        testCase(`checks.${check.kind}`, check.id, check.durationMs, `      <error type="${xml(check.error?.code ?? 'error')}" message="${xml(firstLine(check.error?.message ?? ''))}">${xml(detail)}</error>`),
      );
    } else {
      const text = check.findings.map((f) => `[${f.severity}] ${f.code} at ${f.path}: ${f.message}${f.keys?.length ? `\n  keys: ${f.keys.join(', ')}` : ''}`).join('\n');
      const first = check.findings.find((f) => f.severity === 'error') ?? check.findings[0];
      cases.push(testCase(`checks.${check.kind}`, check.id, check.durationMs, `      <failure type="${xml(first?.code ?? 'failed')}" message="${xml(first?.message ?? 'failed')}">${xml(text)}</failure>`));
    }
  }
  const count = (pattern: string) => cases.filter((c) => c.includes(pattern)).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="migration-pilot" tests="${cases.length}" failures="${count('<failure')}" errors="${count('<error')}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${count('<failure')}" errors="${count('<error')}" skipped="${count('<skipped')}" time="${(report.durationMs / 1000).toFixed(3)}" timestamp="${xml(report.startedAt)}">`,
    `    <properties>`,
    `      <property name="verdict" value="${report.verdict}" />`,
    `      <property name="exitCode" value="${report.exitCode}" />`,
    `    </properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters, even escaped; they are replaced.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

