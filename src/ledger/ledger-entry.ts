import { createHash } from 'node:crypto';
import type { ExitCode, Verdict } from '../report/pilot-report.ts';
import { canonicalJson } from './canonical-json.ts';
import type { MigratorFingerprint } from './run-content.ts';

/**
 * One line of the promotion ledger. Entries are chained: each holds the hash of the one
 * before it (`prev`) and its own (`hash`, over every other field), so editing, removing or
 * reordering an entry breaks every hash after it.
 */
export interface LedgerEntry {
  v: 1;
  /** 1, 2, 3, … in the order entries were appended. */
  seq: number;
  /** A pilot run, or a promotion granted by `pilot promote`. */
  kind: 'run' | 'promotion';
  /** The scenario's name. */
  scenario: string;
  /** The stage run (or promoted to); `null` for a run without --stage. */
  stage: string | null;
  /** ISO 8601, UTC. */
  at: string;
  /** A run's verdict and exit code. */
  verdict?: Verdict;
  exitCode?: ExitCode;
  /** A promotion: the stage whose passing run allowed it, and that run's `seq`. */
  from?: { stage: string; seq: number };
  /** Content hashes (sha256 hex) of what the run stood on (see `RunContent`). */
  content: { chain: string; scenario: string; data: string; engines: string };
  migrators: MigratorFingerprint[];
  /** Where the run's reports were written, when they were. */
  report?: string;
  /** Who appended it: `user@host`, for people reading the ledger. */
  by?: string;
  prev: string;
  hash: string;
}

export type LedgerEntryDraft = Omit<LedgerEntry, 'v' | 'seq' | 'prev' | 'hash'>;

/** The `prev` of the first entry. */
export const GENESIS = '0'.repeat(64);

/** sha256 of the entry's canonical JSON without its `hash`. */
export function entryHash(entry: Omit<LedgerEntry, 'hash'>): string {
  const { hash: _hash, ...rest } = entry as LedgerEntry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** The entry that follows `previous` (or starts the ledger), sealed with its hash. */
export function sealEntry(draft: LedgerEntryDraft, previous: LedgerEntry | undefined): LedgerEntry {
  const unsealed = { v: 1 as const, seq: (previous?.seq ?? 0) + 1, ...draft, prev: previous?.hash ?? GENESIS };
  return { ...unsealed, hash: entryHash(unsealed) };
}
