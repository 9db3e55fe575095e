import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { createRedactor, type Redactor } from '../util/redact.ts';
import { junitReport } from './junit-report.ts';
import { markdownReport } from './markdown-report.ts';
import type { PilotReport } from './pilot-report.ts';

export interface WrittenReports {
  dir: string;
  json: string;
  markdown: string;
  junit: string;
}

/**
 * Writes report.json, report.md and junit.xml into `dir`. Each file is written under a
 * temporary name and renamed into place, so a reader never sees a half-written report;
 * every file passes through the redactor once more on the way out.
 */
export async function writeReports(report: PilotReport, dir: string, redactor: Redactor = createRedactor()): Promise<WrittenReports> {
  const files = {
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'report.md'),
    junit: path.join(dir, 'junit.xml'),
  };
  try {
    await mkdir(dir, { recursive: true });
    const contents: [string, string][] = [
      [files.json, `${JSON.stringify(report, null, 2)}\n`],
      [files.markdown, markdownReport(report)],
      [files.junit, junitReport(report)],
    ];
    for (const [file, text] of contents) {
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, redactor.redact(text));
      await rename(temp, file);
    }
  } catch (cause) {
    throw new HarnessError('REPORT_WRITE', `Could not write the reports to ${dir}.`, {
      cause,
      hint: 'Check that the folder is writable, or choose another with --out.',
    });
  }
  return { dir, ...files };
}

/** `.pilot/runs/<timestamp>-<scenario>`: a new folder per run, sortable by time. */
export function defaultReportDir(report: Pick<PilotReport, 'startedAt' | 'scenario'>, root = '.pilot/runs'): string {
  const stamp = report.startedAt.replace(/[-:]/g, '');
  const name = report.scenario.name.replace(/[^A-Za-z0-9._-]+/g, '-');
  return path.join(root, `${stamp}-${name}${report.scenario.stage ? `-${report.scenario.stage}` : ''}`);
}
