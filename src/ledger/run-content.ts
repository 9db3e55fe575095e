import { readFile } from 'node:fs/promises';
import type { Migrator } from '../chain/migrator.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { ScenarioSpec } from '../scenario/scenario-schema.ts';
import { contentHash } from '../util/content-hash.ts';
import { dumpCacheKey } from '../dump/dump-cache-key.ts';
import { canonicalJson } from './canonical-json.ts';

/** One migrator as the ledger remembers it: enough to name what changed between two runs. */
export interface MigratorFingerprint {
  /** `5.11.0 → 6.0.0`. */
  step: string;
  kind: 'sql' | 'module' | 'config';
  /** Relative to the scenario file. */
  file: string;
  /** sha256 of its bytes (CRLF read as LF). */
  checksum: string;
}

/**
 * What a run rehearsed, as content hashes (sha256 hex), recorded with its verdict in the
 * ledger. Promotion compares `chain`; the others say what else the run stood on.
 */
export interface RunContent {
  /** Every migrator's bytes, data and config migrators alike (not only the planned ones). */
  chain: string;
  /** The scenario as the stage saw it (its other stages left out). */
  scenario: string;
  /** The data definition: generators, scale and seed, or the dump's bytes and masking rules; and the schema files. */
  data: string;
  /** The engines that ran (provider, identity, server version); empty until the environments started. */
  engines: string;
  migrators: MigratorFingerprint[];
}

/** The migrators of a chain as fingerprints, in step order. */
export function migratorFingerprints(
  migrators: readonly (Pick<Migrator, 'from' | 'to' | 'relativeFile' | 'checksum'> & { kind?: MigratorFingerprint['kind'] })[],
): MigratorFingerprint[] {
  return migrators
    .map((m) => ({ step: `${m.from} → ${m.to}`, kind: m.kind ?? 'sql', file: m.relativeFile, checksum: m.checksum }))
    .sort((a, b) => (a.step < b.step ? -1 : a.step > b.step ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The hash of a chain: every migrator's step, kind and checksum (not its path: moving a file does not change the chain). */
export function chainHash(migrators: readonly MigratorFingerprint[]): string {
  return contentHash(['chain-v1', ...migrators.map((m) => `${m.kind} ${m.step} ${m.checksum}`).sort()]);
}

/**
 * The content hashes of a run, before anything starts: chain, scenario and data (engines
 * are filled in from the environments once they run, with `enginesHash`).
 *
 * @example
 * const content = await runContent(loaded, applyStage(loaded.spec, 'dev'), migrators);
 */
export async function runContent(
  loaded: LoadedScenario,
  spec: ScenarioSpec,
  migrators: readonly Pick<Migrator, 'from' | 'to' | 'relativeFile' | 'checksum' | 'kind'>[],
  configMigrators: readonly Pick<Migrator, 'from' | 'to' | 'relativeFile' | 'checksum'>[] = [],
): Promise<RunContent> {
  const fingerprints = [
    ...migratorFingerprints(migrators),
    ...migratorFingerprints(configMigrators).map((m) => ({ ...m, kind: 'config' as const })),
  ];
  const { stages: _stages, ...stageView } = spec;
  const schemaFiles = await Promise.all(spec.source.schema.map((file) => readFile(loaded.resolve(file), 'utf8').catch(() => `missing ${file}`)));
  const dump = spec.dump ? await dumpCacheKey(spec.dump, loaded.resolve(spec.dump.file)).catch(() => `missing ${spec.dump!.file}`) : 'no-dump';
  return {
    chain: chainHash(fingerprints),
    scenario: contentHash(['scenario-v1', canonicalJson(stageView)]),
    data: contentHash(['data-v1', canonicalJson(spec.data ?? null), dump, ...schemaFiles]),
    engines: '',
    migrators: fingerprints,
  };
}

/** The hash of the engines that ran: each environment's role, provider, identity and server version. */
export function enginesHash(environments: readonly { role: string; provider: string; identity: string; serverVersion: string }[]): string {
  return contentHash(['engines-v1', ...environments.map((e) => `${e.role} ${e.provider} ${e.identity} ${e.serverVersion}`)]);
}
