import type { PilotReport } from '../../src/report/pilot-report.ts';

/** The report with every timing and timestamp replaced, so two runs can be compared whole. */
export function normalizeReport(report: PilotReport): unknown {
  return JSON.parse(
    JSON.stringify(report, (key, value) => {
      if (key === 'durationMs') return 0;
      if (key === 'startedAt' || key === 'finishedAt') return '<time>';
      return value;
    }),
  );
}

/** Rendered durations ("12 ms", "1.25 s", "2 min 5 s") replaced by "<t>". */
export function normalizeDurations(text: string): string {
  return text.replace(/\b\d+(?:\.\d+)? (?:ms|s|min)(?: \d+ s)?\b/g, '<t>').replace(/time="[\d.]+"/g, 'time="<t>"').replace(/timestamp="[^"]+"/g, 'timestamp="<t>"');
}
