import type { Check } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';
import type { ConfigChainResult } from './run-config-chain.ts';

const CHECK_ID = 'config';

/**
 * The config chain as a gate: a refused plan or a failed config migrator is a finding, and
 * the data chain did not run after it (config files migrate before the app starts, data
 * after). Findings: `config.refused`, `config.step-failed`.
 */
export function configCheck(result: () => ConfigChainResult | undefined): Check {
  return {
    id: CHECK_ID,
    kind: 'config',
    description: 'The config files migrated to the target version before the data.',
    async run({ note }) {
      const config = result();
      if (!config) return [];
      note?.({ steps: config.steps.map((s) => `${s.id} ${s.status}`), files: config.files.map((f) => ({ file: f.file, before: f.before, after: f.after })) });
      const findings: Finding[] = config.refusal.map((message) => ({ check: CHECK_ID, code: 'config.refused', severity: 'error' as const, path: 'config', message }));
      for (const step of config.steps.filter((s) => s.status === 'error')) {
        findings.push({
          check: CHECK_ID,
          code: 'config.step-failed',
          severity: 'error',
          path: `config ${step.id}`,
          message: `Config migrator ${step.from} → ${step.to} of ${step.target} (${step.file}) failed, so the data chain did not run: ${step.error!.message.split('\n')[0]}`,
        });
      }
      return findings;
    },
  };
}
