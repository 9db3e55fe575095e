import { costModelLabel } from '../estimate/cost-model.ts';
import type { ProductionEstimate, StepEstimate } from '../estimate/estimate-production.ts';
import { formatMs, formatRows } from '../estimate/fit-step-cost.ts';

export interface EstimateMarkdownOptions {
  /** The chart's file name next to the Markdown file, embedded as an image; absent: no image. */
  chart?: string;
  /** Heading level of the title (default 1; 2 inside another report). */
  level?: number;
}

/**
 * The estimate for a person: the number and its interval first, then what dominates, the
 * window and the advice, a table of the steps, why any step is not estimable, and the
 * medians measured at each scale.
 *
 * @example
 * await writeFile('estimate.md', estimateMarkdown(estimate, { chart: 'estimate.svg' }));
 */
export function estimateMarkdown(estimate: ProductionEstimate, options: EstimateMarkdownOptions = {}): string {
  const h = '#'.repeat(options.level ?? 1);
  const lines: string[] = [];
  const pct = Math.round(estimate.confidence * 100);
  lines.push(`${h} Estimate ${estimate.scenario.name}: ${headline(estimate)}`, '');
  lines.push(...summaryLines(estimate), '');
  lines.push(`${h}# Steps at production size`, '');
  lines.push(
    `| step | migrator | model | fit | tables | production rows | estimate | ${pct} % interval | share |`,
    '|---|---|---|---|---|---:|---:|---:|---:|',
  );
  for (const step of estimate.steps) lines.push(stepRow(step));
  if (estimate.total) {
    lines.push(`| **total** | | | | | ${formatRows(estimate.productionRows)} | **${formatMs(estimate.total.ms)}** | ${formatMs(estimate.total.low)} – ${formatMs(estimate.total.high)} | 100 % |`);
  }
  lines.push('');
  if (estimate.refusals.length > 0) {
    lines.push(`${h}# Not estimable`, '');
    for (const refusal of estimate.refusals) lines.push(`- Step ${refusal.step} (\`${refusal.code}\`): ${refusal.message}`);
    lines.push('');
  }
  if (options.chart) lines.push(`![Time against rows per step, with the fit, the production point and its interval](${options.chart})`, '');
  lines.push(`${h}# Measured`, '');
  lines.push(...measuredTable(estimate), '');
  lines.push(...environmentLines(estimate), '');
  return lines.join('\n');
}

/** `4.4 s (90 % interval 3.7 s – 5.3 s)` or `not estimable`. */
export function headline(estimate: ProductionEstimate): string {
  if (!estimate.total) return 'NOT ESTIMABLE';
  return `${formatMs(estimate.total.ms)} (${Math.round(estimate.confidence * 100)} % interval ${formatMs(estimate.total.low)} – ${formatMs(estimate.total.high)})`;
}

/** Dominating steps, window and advice, one line each. */
export function summaryLines(estimate: ProductionEstimate): string[] {
  const lines: string[] = [];
  const scales = estimate.plan.scales;
  const rows = estimate.measuredRows;
  lines.push(
    `${estimate.scenario.sourceVersion} → ${estimate.scenario.targetVersion}, measured at ${scales.length} scales ` +
      `(${formatRows(rows[0]?.rows ?? 0)} to ${formatRows(rows.at(-1)?.rows ?? 0)} rows) × ${estimate.plan.repetitions} repetitions, interleaved; ` +
      `extrapolated to ${formatRows(estimate.productionRows)} rows (${estimate.profile.source}).`,
  );
  if (estimate.total && estimate.dominant.length > 0) {
    const named = estimate.dominant.map((id) => {
      const step = estimate.steps.find((s) => s.id === id)!;
      return `${id} (${Math.round((step.share ?? 0) * 100)} %)`;
    });
    lines.push(`- Dominated by step${named.length > 1 ? 's' : ''} ${named.join(' and ')}.`);
  } else if (!estimate.total) {
    const steps = [...new Set(estimate.refusals.map((r) => r.step))];
    lines.push(`- Not estimable: step${steps.length > 1 ? 's' : ''} ${steps.join(', ')} ${steps.length > 1 ? 'do' : 'does'} not support a number (see below).`);
  }
  if (estimate.window) lines.push(`- ${windowLine(estimate)}`);
  lines.push(`- Advice: **${estimate.advice.strategy}**. ${estimate.advice.reason}`);
  for (const step of estimate.advice.steps) lines.push(`  - ${step.strategy}: ${step.reason}`);
  for (const note of estimate.profile.notes ?? []) lines.push(`- Production profile: ${note}`);
  return lines;
}

/** `Window: fits — the upper end (5.3 s) is within the allowed 30 min.` */
export function windowLine(estimate: ProductionEstimate): string {
  const window = estimate.window!;
  const what = window.bound === 'upper' ? 'the upper end of the interval' : 'the estimate';
  const parts: string[] = [];
  if (window.total) {
    parts.push(
      `${what} of the chain (${formatMs(window.total.comparedMs)}) ${window.total.fits ? 'is within' : 'exceeds'} the allowed ${formatMs(window.total.allowedMs)}`,
    );
  } else if (!estimate.total) {
    parts.push('the chain has no estimate to compare with the window');
  }
  for (const step of window.steps) {
    parts.push(
      step.comparedMs === undefined
        ? `step ${step.id} has no estimate to compare with its ${formatMs(step.allowedMs)}`
        : `step ${step.id} (${formatMs(step.comparedMs)}) ${step.fits ? 'is within' : 'exceeds'} its ${formatMs(step.allowedMs)}`,
    );
  }
  return `Window: ${window.fits ? 'fits' : 'does NOT fit'}: ${parts.join('; ')}.`;
}

function stepRow(step: StepEstimate): string {
  const model = step.classification === 'not-estimable' ? `not estimable (best: ${costModelLabel(step.cost.fit.model)})` : costModelLabel(step.classification);
  const fit = step.cost.fit.model === 'constant' ? `±${formatMs(Math.max(...step.cost.scales.map((s) => Math.abs(s.medianMs - step.cost.fit.a))))}` : `R² ${step.cost.fit.r2.toFixed(3)}, ${(step.cost.fit.relativeError * 100).toFixed(1)} % RMS`;
  const rows = step.productionRows === undefined ? '?' : formatRows(step.productionRows);
  const estimate = step.prediction ? formatMs(step.prediction.ms) : '–';
  const interval = step.prediction ? `${formatMs(step.prediction.low)} – ${formatMs(step.prediction.high)}` : '–';
  const share = step.share === undefined ? '–' : `${Math.round(step.share * 100)} %`;
  return `| ${step.from} → ${step.to} | ${cell(step.description)} (\`${step.file}\`) | ${model} | ${fit} | ${step.driverTables.join(', ')} | ${rows} | ${estimate} | ${interval} | ${share} |`;
}

function measuredTable(estimate: ProductionEstimate): string[] {
  const steps = estimate.steps;
  const lines = [
    `Median time per step at each scale (spread of the ${estimate.plan.repetitions} repetitions in brackets), warm-up runs left out:`,
    '',
    `| scale | seeded rows | ${steps.map((s) => s.id).join(' | ')} |`,
    `|---:|---:|${steps.map(() => '---:').join('|')}|`,
  ];
  for (const { scale, rows } of estimate.measuredRows) {
    const cells = steps.map((step) => {
      const stepRows = step.measured.find((m) => m.scale === scale)?.rows;
      const point = step.cost.scales.find((s) => s.rows === stepRows);
      return point ? `${formatMs(point.medianMs)} (±${Math.round(point.spread * 100)} %)` : '–';
    });
    lines.push(`| ${scale} | ${formatRows(rows)} | ${cells.join(' | ')} |`);
  }
  const heavy = steps.filter((s) => s.heaviestStatement);
  if (heavy.length > 0) {
    lines.push('', 'Where each step spends its time at the largest scale:', '');
    for (const step of heavy) {
      const statement = step.heaviestStatement!;
      lines.push(`- ${step.id}: ${Math.round(statement.share * 100)} % in \`${cell(statement.sql)}\`${statement.plan ? ` (plan: \`${cell(statement.plan)}\`)` : ''}`);
    }
  }
  return lines;
}

function environmentLines(estimate: ProductionEstimate): string[] {
  const env = estimate.environment;
  const machine = estimate.machine;
  const settings = env ? Object.entries(env.serverSettings).map(([k, v]) => `${k}: ${v}`).join('; ') : '';
  return [
    `Measured ${estimate.measuredAt} on ${env ? env.description : 'an unknown environment'}` +
      `${settings ? ` (set for the rehearsal: ${settings})` : ''}; ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node.replace(/^v/, '')}, ` +
      `load average ${machine.loadAverage.start} → ${machine.loadAverage.end}.`,
    '',
    estimate.timeBase === 'cpu'
      ? 'Step times are the CPU time of the thread the embedded database runs in: its wall time on an idle machine, unstretched by other work on a shared one.'
      : 'Step times are wall-clock times.',
    'The estimate is for this kind of environment at production size. Production hardware, its cache and its concurrent traffic change the time: ' +
      'compare one step measured on both before booking the window on a different machine.',
    `Tolerances: repetitions within ±${Math.round(estimate.tolerances.spread * 100)} %, fit within ${Math.round(estimate.tolerances.fit * 100)} % RMS, ` +
      `the largest scale within ${Math.round(estimate.tolerances.largest * 100)} % of the smaller scales' fit; differences under ${formatMs(estimate.tolerances.noiseFloorMs)} are noise.`,
  ];
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
