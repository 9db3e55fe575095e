import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProductionEstimate } from '../estimate/estimate-production.ts';
import type { ScaleMeasurements } from '../estimate/scale-measurements.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { createRedactor, type Redactor } from '../util/redact.ts';
import { estimateMarkdown } from './estimate-markdown.ts';
import { estimateSvg } from './estimate-svg.ts';

/** What `pilot estimate` writes: the record (estimate and measurements), the Markdown summary and the chart. */
export interface EstimateRecord {
  /** Bumped when the shape changes incompatibly. */
  recordVersion: 1;
  estimate: ProductionEstimate;
  measurements: ScaleMeasurements;
  /** The measurements were reused from an earlier estimate of the same chain. */
  reused: boolean;
}

export interface WrittenEstimate {
  dir: string;
  json: string;
  markdown: string;
  svg: string;
}

/**
 * Writes estimate.json, estimate.md and estimate.svg into `dir`, each under a temporary name
 * first and renamed into place, every one through the redactor.
 */
export async function writeEstimate(record: EstimateRecord, dir: string, redactor: Redactor = createRedactor()): Promise<WrittenEstimate> {
  const files = { json: path.join(dir, 'estimate.json'), markdown: path.join(dir, 'estimate.md'), svg: path.join(dir, 'estimate.svg') };
  try {
    await mkdir(dir, { recursive: true });
    const contents: [string, string][] = [
      [files.json, `${JSON.stringify(record, null, 2)}\n`],
      [files.markdown, estimateMarkdown(record.estimate, { chart: 'estimate.svg' })],
      [files.svg, estimateSvg(record.estimate)],
    ];
    for (const [file, text] of contents) {
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, redactor.redact(text));
      await rename(temp, file);
    }
  } catch (cause) {
    throw new HarnessError('REPORT_WRITE', `Could not write the estimate to ${dir}.`, {
      cause,
      hint: 'Check that the folder is writable, or choose another with --out.',
    });
  }
  return { dir, ...files };
}

/** `.pilot/estimates/<timestamp>-<scenario>`: a new folder per estimate, sortable by time. */
export function defaultEstimateDir(startedAt: Date, scenario: string, root = '.pilot/estimates'): string {
  const stamp = startedAt.toISOString().replace(/[-:]/g, '');
  return path.join(root, `${stamp}-${scenario.replace(/[^A-Za-z0-9._-]+/g, '-')}`);
}
