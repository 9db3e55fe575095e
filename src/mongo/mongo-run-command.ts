import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProviderWish } from '../environment/choose-provider.ts';
import { toHarnessError } from '../errors/harness-error.ts';
import type { RunContent } from '../ledger/run-content.ts';
import { enginesHash } from '../ledger/run-content.ts';
import type { PilotReport } from '../report/pilot-report.ts';
import { phaseRecorder } from '../run/phase-recorder.ts';
import { systemClock } from '../util/clock.ts';
import type { Redactor } from '../util/redact.ts';
import { applyMongoStage } from './apply-mongo-stage.ts';
import { loadMongoMigrators } from './load-mongo-migrators.ts';
import { mongoRunContent } from './mongo-run-content.ts';
import { toPilotReport } from './mongo-pilot-report.ts';
import { isMongoScenario, type MongoScenario } from './mongo-scenario.ts';
import { runMongoPilot, type MongoPilotReport } from './run-mongo-pilot.ts';
import { startMongoServers, type StartedMongoServers } from './start-mongo-servers.ts';

/**
 * The Mongo scenario a file's module exports (`export default defineMongoScenario(…)`), or
 * `undefined` when it is not one (a YAML file, a PostgreSQL scenario, or a module that does
 * not import: the PostgreSQL loader then reports that in its usual way).
 */
export async function loadMongoScenarioFile(file: string): Promise<MongoScenario | undefined> {
  if (!/\.m?[jt]s$/.test(file)) return undefined;
  const loaded = (await import(pathToFileURL(path.resolve(file)).href).catch(() => undefined)) as { default?: unknown } | undefined;
  return isMongoScenario(loaded?.default) ? loaded.default : undefined;
}

/**
 * `pilot run <file>` for a Mongo scenario module: applies the stage, chooses and starts the
 * old and new servers (`startMongoServers`: same provider rules as PostgreSQL), runs the
 * pilot (seeding the source only when the harness started it) and returns the run as a
 * `PilotReport`, which the CLI writes and records like any other. Never throws an outcome.
 * Returns `undefined` when the file is not a Mongo scenario.
 */
export async function runMongoScenarioFile(
  file: string,
  options: { stage?: string; provider?: ProviderWish; redactor: Redactor; log?: (line: string) => void },
): Promise<PilotReport | undefined> {
  const declared = await loadMongoScenarioFile(file);
  if (!declared) return undefined;
  const log = (line: string) => options.log?.(options.redactor.redact(line));
  const startedAt = systemClock.date();
  const before = phaseRecorder(systemClock);
  const after = phaseRecorder(systemClock);
  let scenario = declared;
  let content: RunContent | undefined;
  let servers: StartedMongoServers | undefined;
  let run: MongoPilotReport | undefined;
  let setupError;
  try {
    // The reset password is a secret: masked in every report file and log line.
    if (declared.transfer.resetPasswords) options.redactor.addSecret(declared.transfer.resetPasswords.value);
    scenario = applyMongoStage(declared, options.stage);
    const dir = path.dirname(path.resolve(file));
    // Hashed before anything starts: a chain that does not load is reported by the pilot's load phase instead.
    content = await loadMongoMigrators(scenario.chain.migrators, dir).then((migrators) => mongoRunContent(scenario, migrators), () => undefined);
    servers = await startMongoServers(scenario, { ...(options.provider ? { provider: options.provider } : {}), phases: before, redactor: options.redactor });
    for (const env of servers.environments) log(`${env.role}: ${env.description} (${env.selection})`);
    run = await runMongoPilot(scenario, {
      source: { client: servers.source.client, url: servers.source.url },
      target: { client: servers.target.client, url: servers.target.url },
      seedSource: servers.source.provider !== 'external',
      dir,
      log,
    });
  } catch (error) {
    setupError = toHarnessError(error, 'ENVIRONMENT_START', 'Could not start the MongoDB servers');
  } finally {
    const started = servers;
    if (started) await after.run('teardown', async () => void (await started[Symbol.asyncDispose]())).catch((error: unknown) => log(`warning: teardown failed: ${String(error)}`));
  }
  const environments = servers?.environments ?? [];
  return options.redactor.redactValue(
    toPilotReport(run, {
      scenario,
      file,
      stage: options.stage,
      startedAt,
      finishedAt: systemClock.date(),
      environments,
      content: content && { ...content, engines: environments.length > 0 ? enginesHash(environments) : '' },
      phasesBefore: before.phases,
      phasesAfter: after.phases,
      ...(setupError ? { setupError } : {}),
    }),
  );
}
