import { costFeature, costModelLabel } from '../estimate/cost-model.ts';
import type { ProductionEstimate, StepEstimate } from '../estimate/estimate-production.ts';
import { formatMs, formatRows, type ModelFit } from '../estimate/fit-step-cost.ts';

const PANEL_WIDTH = 380;
const PANEL_HEIGHT = 250;
const MARGIN = { left: 58, right: 16, top: 38, bottom: 36 };
const COLUMNS = 2;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

/**
 * The estimate as an SVG chart: one panel per step, time against rows on log–log axes, with
 * every measured repetition, the medians, the fitted model (solid where measured, dashed
 * where extrapolated), the other model when it fits too (dotted), and the production point
 * with its interval. Self-contained (no CSS, no scripts, no fonts to load), so it can be
 * written next to the Markdown report or inlined in an HTML one.
 *
 * @example
 * await writeFile('estimate.svg', estimateSvg(estimate));
 */
export function estimateSvg(estimate: ProductionEstimate): string {
  const rows = Math.max(1, Math.ceil(estimate.steps.length / COLUMNS));
  const columns = Math.min(COLUMNS, Math.max(1, estimate.steps.length));
  const width = columns * PANEL_WIDTH;
  const height = 30 + rows * PANEL_HEIGHT;
  const title = `Estimate ${estimate.scenario.name}: ${estimate.total ? `${formatMs(estimate.total.ms)} (${Math.round(estimate.confidence * 100)} % interval ${formatMs(estimate.total.low)} – ${formatMs(estimate.total.high)})` : 'not estimable'}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${xml(title)}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${xml(title)}</text>`,
  ];
  estimate.steps.forEach((step, index) => {
    const x = (index % COLUMNS) * PANEL_WIDTH;
    const y = 30 + Math.floor(index / COLUMNS) * PANEL_HEIGHT;
    parts.push(`<g transform="translate(${x} ${y})">`, ...panel(step, COLORS[index % COLORS.length]!), '</g>');
  });
  parts.push('</svg>', '');
  return parts.join('\n');
}

function panel(step: StepEstimate, color: string): string[] {
  const plotW = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const plotH = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const measured = step.cost.scales;
  const allRows = [...measured.map((s) => s.rows), ...(step.productionRows ? [step.productionRows] : [])].filter((r) => r > 0);
  const allMs = [
    ...measured.flatMap((s) => s.ms),
    ...(step.prediction ? [step.prediction.ms, step.prediction.low, step.prediction.high] : []),
  ].map((ms) => Math.max(ms, 0.1));
  const out: string[] = [];
  const heading = `${step.from} → ${step.to} ${step.description}`;
  out.push(`<text x="${MARGIN.left}" y="16" font-weight="bold">${xml(shorten(heading, 58))}</text>`);
  const status =
    step.classification === 'not-estimable'
      ? `not estimable: ${step.refusals.map((r) => r.code.replace('estimate.', '')).join(', ')}`
      : `${costModelLabel(step.classification)}${step.classification === 'constant' ? '' : `, R² ${step.cost.fit.r2.toFixed(3)}`}; ${step.driverTables.join(', ')}`;
  out.push(`<text x="${MARGIN.left}" y="30" fill="${step.classification === 'not-estimable' ? '#b00020' : '#444444'}">${xml(shorten(status, 62))}</text>`);
  if (allRows.length === 0 || allMs.length === 0) return out;

  const [x0, x1] = logRange(Math.min(...allRows), Math.max(...allRows));
  const [y0, y1] = logRange(Math.min(...allMs), Math.max(...allMs));
  const sx = (rows: number) => MARGIN.left + ((Math.log10(Math.max(rows, 1)) - x0) / (x1 - x0)) * plotW;
  const sy = (ms: number) => MARGIN.top + plotH - ((Math.log10(Math.max(ms, 0.1)) - y0) / (y1 - y0)) * plotH;

  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999999"/>`);
  for (let e = Math.ceil(x0); e <= Math.floor(x1); e++) {
    const px = f(sx(10 ** e));
    out.push(`<line x1="${px}" y1="${MARGIN.top}" x2="${px}" y2="${MARGIN.top + plotH}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${px}" y="${MARGIN.top + plotH + 14}" text-anchor="middle" fill="#444444">${rowsTick(10 ** e)}</text>`);
  }
  for (let e = Math.ceil(y0); e <= Math.floor(y1); e++) {
    const py = f(sy(10 ** e));
    out.push(`<line x1="${MARGIN.left}" y1="${py}" x2="${MARGIN.left + plotW}" y2="${py}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${py + 4}" text-anchor="end" fill="#444444">${xml(formatMs(10 ** e))}</text>`);
  }
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${PANEL_HEIGHT - 6}" text-anchor="middle" fill="#444444">rows</text>`);

  const lastMeasured = Math.max(...measured.map((s) => s.rows));
  const firstMeasured = Math.min(...measured.map((s) => s.rows));
  const end = step.productionRows && step.productionRows > lastMeasured ? step.productionRows : lastMeasured;
  if (step.classification !== 'not-estimable') {
    if (step.cost.alternative) out.push(curve(step.cost.alternative, firstMeasured, end, sx, sy, color, '1.5 3', 0.8));
    out.push(curve(step.cost.fit, firstMeasured, lastMeasured, sx, sy, color, undefined, 1.8));
    if (end > lastMeasured) out.push(curve(step.cost.fit, lastMeasured, end, sx, sy, color, '6 4', 1.8));
  }
  for (const scale of measured) {
    for (const ms of scale.ms) out.push(`<circle cx="${f(sx(scale.rows))}" cy="${f(sy(ms))}" r="2.2" fill="${color}" fill-opacity="0.35"/>`);
    out.push(`<circle cx="${f(sx(scale.rows))}" cy="${f(sy(scale.medianMs))}" r="3.4" fill="${color}" stroke="#ffffff" stroke-width="0.8"/>`);
  }
  if (step.prediction && step.productionRows) {
    const px = sx(step.productionRows);
    const [low, mid, high] = [sy(step.prediction.low), sy(step.prediction.ms), sy(step.prediction.high)];
    out.push(`<line x1="${f(px)}" y1="${f(low)}" x2="${f(px)}" y2="${f(high)}" stroke="#222222" stroke-width="1.4"/>`);
    for (const end of [low, high]) out.push(`<line x1="${f(px - 5)}" y1="${f(end)}" x2="${f(px + 5)}" y2="${f(end)}" stroke="#222222" stroke-width="1.4"/>`);
    out.push(`<path d="M ${f(px)} ${f(mid - 6)} L ${f(px + 6)} ${f(mid)} L ${f(px)} ${f(mid + 6)} L ${f(px - 6)} ${f(mid)} Z" fill="#222222"/>`);
    const label = `${formatMs(step.prediction.ms)} at ${rowsTick(step.productionRows, true)} (${formatMs(step.prediction.low)} – ${formatMs(step.prediction.high)})`;
    const anchorRight = px > MARGIN.left + plotW * 0.55;
    out.push(
      `<text x="${f(anchorRight ? px - 9 : px + 9)}" y="${f(Math.max(MARGIN.top + 10, mid - 9))}" text-anchor="${anchorRight ? 'end' : 'start'}" fill="#222222">${xml(label)}</text>`,
    );
  }
  return out;
}

function curve(
  fit: ModelFit,
  from: number,
  to: number,
  sx: (rows: number) => number,
  sy: (ms: number) => number,
  color: string,
  dash: string | undefined,
  width: number,
): string {
  const points: string[] = [];
  const steps = 40;
  for (let i = 0; i <= steps; i++) {
    const rows = 10 ** (Math.log10(from) + ((Math.log10(to) - Math.log10(from)) * i) / steps);
    const ms = fit.a + fit.b * costFeature(fit.model, rows);
    points.push(`${f(sx(rows))},${f(sy(ms))}`);
  }
  return `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** Whole decades around the values, at least one wide. */
function logRange(min: number, max: number): [number, number] {
  let low = Math.log10(min) - 0.15;
  let high = Math.log10(max) + 0.15;
  if (high - low < 1) {
    const middle = (high + low) / 2;
    low = middle - 0.5;
    high = middle + 0.5;
  }
  return [low, high];
}

function rowsTick(rows: number, exact = false): string {
  if (exact) return `${formatRows(rows)} rows`;
  if (rows >= 1e9) return `${rows / 1e9}G`;
  if (rows >= 1e6) return `${rows / 1e6}M`;
  if (rows >= 1e3) return `${rows / 1e3}k`;
  return String(rows);
}

function f(value: number): string {
  return value.toFixed(1);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
