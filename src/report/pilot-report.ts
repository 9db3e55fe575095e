import type { ChainResult } from '../chain/chain-result.ts';
import type { CheckResult } from '../checks/check.ts';
import type { ProviderName } from '../environment/environment-provider.ts';
import type { ConfigChainResult } from '../chain/run-config-chain.ts';
import type { DumpReport } from '../dump/dump-report.ts';
import type { RunContent } from '../ledger/run-content.ts';
import type { TaskResult } from '../tasks/run-tasks.ts';
import type { MigrationWarning } from '../chain/migration-context.ts';
import type { FilesReport } from '../files/run-files.ts';

/**
 * The record of one pilot run, written as report.json in every case (a failed or refused
 * run included). The Markdown and JUnit reports are renderings of it.
 */
export interface PilotReport {
  /** Bumped when the shape of this record changes incompatibly. */
  reportVersion: 1;
  tool: { name: 'migration-pilot'; version: string };
  scenario: {
    name: string;
    /** As given on the command line (or the absolute path when run from the API). */
    file: string;
    stage: string | undefined;
    mode: 'copy' | 'in-place';
    sourceVersion: string;
    targetVersion: string;
  };
  /** `promote` only when the chain completed, every check passed and nothing broke. */
  verdict: Verdict;
  /** 0 promote, 1 gate failed, 2 harness error, 64 usage or configuration error. */
  exitCode: ExitCode;
  /** Why the verdict is `hold`, one sentence each. */
  reasons: string[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  environments: EnvironmentReport[];
  data: DataReport | undefined;
  transfer: TransferReport | undefined;
  chain: ChainResult | undefined;
  /**
   * One chain per database when a run migrates several (a MongoDB scenario's per-environment
   * app databases, source 002), by environment name; `chain` is then `undefined`.
   */
  chains?: Record<string, ChainResult>;
  checks: CheckResult[];
  phases: PhaseResult[];
  /** Set when the harness could not finish a phase. */
  error: ErrorReport | undefined;
  /** Content hashes of what the run stood on (chain, scenario, data, engines), as the promotion ledger records them. */
  content?: RunContent;
  /** The production dump restored into the source, and the masking that ran over it. */
  dump?: DumpReport;
  /** The config-file migrations, run before the data chain. */
  config?: Omit<ConfigChainResult, 'dir'>;
  /** The pre-migration tasks, run on the copy before the chain. */
  tasks?: TaskResult[];
  /** The file trees (uploads) seeded for the source and copied to the target. */
  files?: FilesReport;
  /** What migrators warned about without stopping the chain (e.g. start-of-process tools, source 001). */
  warnings?: MigrationWarning[];
}

export type Verdict = 'promote' | 'hold';
export type ExitCode = 0 | 1 | 2 | 64;

export interface EnvironmentReport {
  role: 'source' | 'target' | 'before';
  provider: ProviderName;
  description: string;
  /** Exactly what ran, as the provider's probe named it (`PostgreSQL 15.18 (/usr/lib/postgresql/15/bin)`). */
  identity: string;
  /** Why this provider: asked for by name, or what `auto` found. */
  selection: string;
  /** The server version it reported. */
  serverVersion: string;
  /** Settings chosen for a rehearsal (`fsync: off`, …) that make timings differ from production. */
  serverSettings: Readonly<Record<string, string>>;
}

/** How the source's data reached the target (copy mode). */
export interface TransferReport {
  /** `mongo-driver` and `mongodump`: a MongoDB scenario's databases, dumped and restored. */
  method: 'snapshot' | 'logical' | 'pg_dump' | 'mongo-driver' | 'mongodump';
  /** Why this method: asked for, or what `copy: auto` chose. */
  reason: string;
  durationMs: number;
  /** Rows per table (documents per `database.collection` for MongoDB), for the copying methods. */
  tables?: { table: string; rows: number }[];
}

export interface DataReport {
  seed: number;
  scale: number;
  rows: number;
  tables: { table: string; rows: number; durationMs: number }[];
  /** The seeded source came from the snapshot cache instead of being generated again. */
  fromCache: boolean;
  durationMs: number;
}

export type PhaseName =
  | 'load'
  | 'start-source'
  | 'seed'
  | 'snapshot'
  | 'start-target'
  | 'copy'
  | 'files'
  | 'config'
  | 'tasks'
  | 'chain'
  | 'checks'
  | 'teardown';

export interface PhaseResult {
  phase: PhaseName;
  status: 'success' | 'error' | 'skipped';
  durationMs: number;
  note?: string;
}

export interface ErrorReport {
  code: string;
  message: string;
  hint?: string;
  /** `file:line:column` or a file, when the error points at one. */
  location?: string;
  /** Field path in the scenario, dotted. */
  path?: string;
}
