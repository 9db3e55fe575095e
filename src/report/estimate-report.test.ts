import { describe, expect, it } from 'vitest';
import { estimateProduction } from '../estimate/estimate-production.ts';
import { measurementsOf } from '../estimate/testing/synthetic-measurements.ts';
import { estimateMarkdown } from './estimate-markdown.ts';
import { estimateSvg } from './estimate-svg.ts';

// 1.1.0 constant (1 ms), 2.0.0 linear (10 ms + 5 µs per row), measured at 25k to 200k rows, ±1 %.
const jitter = (r: number) => 1 + (r - 2) * 0.01;
const estimate = estimateProduction(
  measurementsOf([
    { id: '1.1.0', table: 'items', sql: "alter table items add column c text not null default 'x'", ms: (_n, r) => jitter(r) },
    { id: '2.0.0', table: 'items', sql: 'update items set c = upper(name)', ms: (n, r) => (10 + 0.005 * n) * jitter(r), plan: () => 'Update on items > Seq Scan on items' },
  ]),
  { source: 'given', tables: { items: 2_000_000, users: 200_000 } },
  { window: { total: 5_000, bound: 'upper' } },
);

describe('the estimate reports', () => {
  it('Markdown: the headline, what dominates, the window, the advice and one row per step', () => {
    const markdown = estimateMarkdown(estimate, { chart: 'estimate.svg' });
    const lines = markdown.split('\n');
    expect(lines[0]).toMatch(/^# Estimate synthetic: 10\.0 s \(90 % interval 9\.\d+ s – 10\.\d s\)$/);
    expect(lines).toContain('- Dominated by step 2.0.0 (100 %).');
    expect(markdown).toMatch(/- Window: does NOT fit: the upper end of the interval of the chain \(10\.\d s\) exceeds the allowed 5\.00 s\./);
    expect(markdown).toContain('- Advice: **on-the-fly**.');
    expect(lines.find((l) => l.startsWith('| 1.0.0 → 1.1.0 '))).toMatch(/^\| 1\.0\.0 → 1\.1\.0 \| step 1\.1\.0 \(`1\.1\.0\.sql`\) \| constant \| ±0\.0 ms \| items \| 2,000,000 \| 1\.0 ms \| .+ \| 0 % \|$/);
    expect(lines.find((l) => l.startsWith('| 1.0.0 → 2.0.0 '))).toMatch(/^\| 1\.0\.0 → 2\.0\.0 \| step 2\.0\.0 \(`2\.0\.0\.sql`\) \| linear \| R² 1\.000, 0\.0 % RMS \| items \| 2,000,000 \| 10\.0 s \| .+ \| 100 % \|$/);
    expect(markdown).toContain('![Time against rows per step, with the fit, the production point and its interval](estimate.svg)');
  });

  it('SVG: a panel per step with its repetitions, the fit extrapolated dashed, and the production point with its interval', () => {
    const svg = estimateSvg(estimate);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<g transform=/g)).toHaveLength(2);
    // 4 scales × 3 repetitions, plus 4 medians, per step.
    expect(svg.match(/<circle /g)).toHaveLength(2 * (12 + 4));
    expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(2);
    expect(svg).toMatch(/>10\.0 s at 2,000,000 rows \(9\.\d+ s – 10\.\d s\)</);
    expect(svg.match(/<path d="M /g)).toHaveLength(2);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });
});
