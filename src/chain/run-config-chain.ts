import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import type { ConfigMigrator } from './config-migrator.ts';
import { parseConfig, stringifyConfig } from './config-document.ts';

/** The record of the config chain: each step like a chain step, and each file before and after. */
export interface ConfigChainResult {
  fromVersion: string;
  targetVersion: string;
  /** The version the config files reached (the last successful step's, or the source version). */
  reachedVersion: string;
  /** Where the migrated copies are (a folder of the run's own). */
  dir: string;
  steps: ConfigStepResult[];
  /** Why the config chain was refused before anything ran. */
  refusal: string[];
  files: { file: string; before: string; after: string; text: string }[];
  durationMs: number;
}

export interface ConfigStepResult {
  id: string;
  from: string;
  to: string;
  /** The config file it migrates. */
  target: string;
  description: string;
  /** The migrator module, relative to the scenario file. */
  file: string;
  checksum: string;
  status: 'success' | 'error' | 'not-executed';
  durationMs: number;
  error?: { code: string; message: string };
}

export interface RunConfigChainOptions {
  /** The config files at the source version (absolute). They are copied into `dir`, never changed. */
  files: readonly string[];
  /** An empty folder of the run's own for the copies. */
  dir: string;
  from: string;
  to: string;
  mandatory: readonly string[];
  clock?: () => number;
}

/**
 * Migrates copies of the config files from the source version to the target version before
 * the data chain runs (source document 004). A config migrator runs when the upgrade crosses
 * it (from ≥ source version, to ≤ target version), in version order; config files need no
 * migrator for every version. Refused before anything runs: a migrator for a file not listed,
 * two migrators of one file whose ranges overlap, one that jumps over a mandatory version.
 * Each step parses the file, calls `up` and writes the file back; a step that throws, or
 * whose result cannot be written, is an `error` and the rest are `not-executed`. Never throws
 * an outcome.
 */
export async function runConfigChain(migrators: readonly ConfigMigrator[], options: RunConfigChainOptions): Promise<ConfigChainResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  await mkdir(options.dir, { recursive: true });
  const names = options.files.map((f) => path.basename(f));
  const before = new Map<string, string>();
  for (const file of options.files) {
    const copy = path.join(options.dir, path.basename(file));
    await copyFile(file, copy);
    before.set(path.basename(file), sha256(await readFile(copy)));
  }
  const plan = migrators
    .filter((m) => semver.gte(m.from, options.from) && semver.lte(m.to, options.to))
    .sort((a, b) => semver.compare(a.from, b.from) || semver.compare(a.to, b.to) || (a.target < b.target ? -1 : 1));
  const refusal: string[] = [];
  for (const m of plan) {
    if (!names.includes(m.target)) refusal.push(`Config migrator ${m.from} → ${m.to} (${m.relativeFile}) migrates ${JSON.stringify(m.target)}, which config.files does not list (${names.join(', ')}).`);
    const over = options.mandatory.filter((v) => semver.gt(v, m.from) && semver.lt(v, m.to));
    if (over.length > 0) refusal.push(`Config migrator ${m.from} → ${m.to} (${m.relativeFile}) jumps over the mandatory version ${over.join(', ')}; split it there.`);
  }
  for (const name of names) {
    const ofFile = plan.filter((m) => m.target === name);
    for (let i = 1; i < ofFile.length; i++) {
      if (semver.lt(ofFile[i]!.from, ofFile[i - 1]!.to)) {
        refusal.push(`Config migrators ${ofFile[i - 1]!.relativeFile} (${ofFile[i - 1]!.from} → ${ofFile[i - 1]!.to}) and ${ofFile[i]!.relativeFile} (${ofFile[i]!.from} → ${ofFile[i]!.to}) of ${name} overlap.`);
      }
    }
  }
  const steps: ConfigStepResult[] = plan.map((m) => ({
    id: `${m.target}@${m.to}`,
    from: m.from,
    to: m.to,
    target: m.target,
    description: m.description,
    file: m.relativeFile,
    checksum: m.checksum,
    status: 'not-executed',
    durationMs: 0,
  }));
  let reached = options.from;
  if (refusal.length === 0) {
    for (const [index, migrator] of plan.entries()) {
      const stepStarted = clock();
      const copy = path.join(options.dir, migrator.target);
      try {
        const document = parseConfig(copy, await readFile(copy, 'utf8'));
        const migrated = await migrator.up(document);
        const text = stringifyConfig(copy, migrated);
        // What is written must read back: a value the format cannot hold fails the step, not the app's start.
        parseConfig(copy, text);
        await writeFile(copy, text);
      } catch (error) {
        steps[index] = { ...steps[index]!, status: 'error', durationMs: clock() - stepStarted, error: { code: 'CONFIG_MIGRATOR_FAILED', message: error instanceof Error ? error.message : String(error) } };
        break;
      }
      steps[index] = { ...steps[index]!, status: 'success', durationMs: clock() - stepStarted };
      if (semver.gt(migrator.to, reached)) reached = migrator.to;
    }
    if (steps.every((s) => s.status === 'success')) reached = options.to;
  }
  const files = [];
  for (const name of names) {
    const text = await readFile(path.join(options.dir, name), 'utf8');
    files.push({ file: name, before: before.get(name)!, after: sha256(Buffer.from(text)), text });
  }
  return { fromVersion: options.from, targetVersion: options.to, reachedVersion: reached, dir: options.dir, steps, refusal, files, durationMs: clock() - started };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
