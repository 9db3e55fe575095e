import type { Check } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';
import type { HealthSpec } from '../scenario/stage-schema.ts';
import type { HealthReport } from './health-report.ts';

const CHECK_ID = 'health';

/**
 * The health thresholds as a check, over what `watchHealth` saw during the chain: peak CPU
 * (`health.cpu-exceeded`), peak memory (`health.memory-exceeded`) and error lines in the
 * server log (`health.log-errors`). A threshold on something the provider does not let the
 * harness see is a warning (`health.not-visible`), never a silent pass. The samples and the
 * log lines are the check's facts.
 */
export function healthCheck(spec: HealthSpec, seen: () => HealthReport | undefined): Check {
  return {
    id: CHECK_ID,
    kind: 'health',
    description: 'The database stayed healthy during the chain: CPU, memory and the errors in its log within their thresholds.',
    async run({ note }) {
      const report = seen();
      if (!report) return [];
      note?.({ health: report });
      const findings: Finding[] = [];
      const finding = (code: string, severity: Finding['severity'], message: string, extra: Partial<Finding> = {}) =>
        findings.push({ check: CHECK_ID, code, severity, path: 'health', message, ...extra });
      const resourceLimits = [
        spec.cpu && { name: 'CPU', max: spec.cpu.max, peak: report.peakCpuPercent, code: 'health.cpu-exceeded', show: (v: number) => `${v}% of a core` },
        spec.memory && { name: 'memory', max: spec.memory.max, peak: report.peakMemoryBytes, code: 'health.memory-exceeded', show: megabytes },
      ].filter((limit) => !!limit);
      for (const limit of resourceLimits) {
        if (limit.peak === undefined) {
          finding('health.not-visible', 'warning', `The ${limit.name} threshold could not be checked: ${report.note ?? 'no samples were taken'}.`);
        } else if (limit.peak > limit.max) {
          finding(limit.code, 'error', `Peak ${limit.name} during the chain was ${limit.show(limit.peak)}, over the threshold of ${limit.show(limit.max)} (${report.seenAs}).`, {
            expected: limit.max,
            actual: limit.peak,
          });
        }
      }
      if (spec.logs) {
        if (report.logs.seenAs === 'not visible') {
          finding('health.not-visible', 'warning', `The server log could not be scanned: ${report.logs.note ?? 'not visible'}.`);
        } else if (report.logs.errors.length > spec.logs.maxErrors) {
          finding('health.log-errors', 'error', `The server logged ${report.logs.errors.length} error ${report.logs.errors.length === 1 ? 'line' : 'lines'} during the chain, more than the ${spec.logs.maxErrors} allowed.`, {
            expected: spec.logs.maxErrors,
            actual: report.logs.errors.length,
            details: report.logs.errors.slice(0, 10).map((line) => ({ note: line })),
          });
        }
      }
      return findings;
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
