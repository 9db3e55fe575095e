import type { FingerprintSummary } from '../../engines/engine.ts';

/** What the process-state check measured, kept in its result's `facts` and shown by the Markdown report. */
export interface ProcessFacts {
  completed: 'leave-behind' | 'archive';
  /** Definitions mapped to their successors. */
  successors: Array<{ source: string; target: string }>;
  /** Instances per definition and state, source next to target (source definitions named as their successors). */
  counts: ProcessCounts[];
  /** Running instances on each side, and how many source instances were compared by record id. */
  running: { source: number; target: number; compared: number };
  /** Completed instances compared as archives (`completed: archive`). */
  archived?: { source: number; target: number };
  /** Instances not compared, with the reason. */
  skipped: SkippedInstances[];
  /** The fingerprints of the canonical running instances, which equal data gives equal on any server. */
  fingerprints?: { source: FingerprintSummary; target: FingerprintSummary };
}

export interface ProcessCounts {
  definition: string;
  state: string;
  /** Whether the state is a running one. */
  running: boolean;
  source: number;
  target: number;
}

export interface SkippedInstances {
  side: 'source' | 'target';
  reason: string;
  count: number;
  /** The first record ids (or instance ids, for instances without one). */
  keys: string[];
}

/** The process facts of a check result, when it is the process-state check's. */
export function processFactsOf(facts: Record<string, unknown> | undefined): ProcessFacts | undefined {
  if (!facts || !Array.isArray(facts['counts']) || !Array.isArray(facts['skipped']) || typeof facts['running'] !== 'object') return undefined;
  return facts as unknown as ProcessFacts;
}
