import { type ChainPlan, planChain } from '../chain/plan-chain.ts';
import { migratorVersionProblem } from '../chain/migrator-version.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { PROVIDER_CHOICES } from '../scenario/scenario-schema.ts';
import { loadMongoMigrators } from './load-mongo-migrators.ts';
import type { MongoMigrator } from './mongo-migrator.ts';
import type { MongoScenario } from './mongo-scenario.ts';

/** Characters MongoDB refuses in a database name (any platform), and its length limit. */
const BAD_DATABASE_CHARACTERS = /[/\\. "$*<>:|?]/;
const MAX_DATABASE_NAME = 63;

/**
 * What is wrong with a Mongo scenario's definition, without a server: one line per
 * problem, each `path: what was found, what was expected`. TypeScript checks the shape
 * when the module is compiled; this checks what types cannot (versions, database names,
 * unique environments, parity rules naming seeded collections, settings per provider).
 */
export function mongoScenarioProblems(scenario: MongoScenario): string[] {
  const problems: string[] = [];
  const add = (path: string, message: string) => problems.push(`${path}: ${message}`);
  if (typeof scenario.name !== 'string' || scenario.name.trim() === '') add('name', 'expected a non-empty name');
  for (const side of ['source', 'target'] as const) {
    const problem = migratorVersionProblem(String(scenario[side]?.version ?? ''));
    if (problem) add(`${side}.version`, `${problem.message}${problem.suggestion ? ` Did you mean "${problem.suggestion}"?` : ''}`);
  }
  const databases = new Map<string, string>();
  const database = (path: string, name: unknown) => {
    if (typeof name !== 'string' || name === '' || BAD_DATABASE_CHARACTERS.test(name) || name.length > MAX_DATABASE_NAME) {
      add(path, `${JSON.stringify(name)} is not a MongoDB database name (expected 1–${MAX_DATABASE_NAME} characters, none of / \\ . " $ * < > : | ? or space)`);
    } else if (databases.has(name)) {
      add(path, `the database ${JSON.stringify(name)} is also ${databases.get(name)}; every environment needs a database of its own`);
    } else databases.set(name, path);
  };
  database('globalDatabase', scenario.globalDatabase);
  if (!Array.isArray(scenario.environments) || scenario.environments.length === 0) add('environments', 'expected at least one environment (LIVE, staging, …)');
  const names = new Set<string>();
  for (const [i, env] of (scenario.environments ?? []).entries()) {
    if (names.has(env.name)) add(`environments[${i}].name`, `${JSON.stringify(env.name)} is named twice`);
    names.add(env.name);
    database(`environments[${i}].database`, env.database);
    if (!(env.scale > 0)) add(`environments[${i}].scale`, `expected a number above 0, found ${JSON.stringify(env.scale)}`);
  }
  if (!Number.isInteger(scenario.data?.seed)) add('data.seed', `expected an integer, found ${JSON.stringify(scenario.data?.seed)}`);
  const seeded = { global: new Set<string>(), app: new Set<string>() };
  for (const group of ['global', 'app'] as const) {
    for (const [i, collection] of (scenario.data?.[group] ?? []).entries()) {
      const at = `data.${group}[${i}]`;
      if (typeof collection.collection !== 'string' || collection.collection === '' || collection.collection.includes('$')) add(`${at}.collection`, `expected a collection name without "$", found ${JSON.stringify(collection.collection)}`);
      if (!Number.isInteger(collection.count) || collection.count < 0) add(`${at}.count`, `expected a whole number of documents, found ${JSON.stringify(collection.count)}`);
      if (typeof collection.generate !== 'function') add(`${at}.generate`, 'expected a function that returns one document');
      seeded[group].add(collection.collection);
    }
    for (const [i, rule] of (scenario.checks?.[group] ?? []).entries()) {
      if (!seeded[group].has(rule.collection)) {
        add(`checks.${group}[${i}].collection`, `${JSON.stringify(rule.collection)} is not seeded in data.${group} (seeded: ${[...seeded[group]].join(', ') || 'none'})`);
      }
    }
  }
  for (const [i, version] of (scenario.chain?.mandatory ?? []).entries()) {
    const problem = migratorVersionProblem(version);
    if (problem) add(`chain.mandatory[${i}]`, problem.message);
  }
  if (!Array.isArray(scenario.chain?.migrators) || scenario.chain.migrators.length === 0) add('chain.migrators', 'expected at least one migrator file or folder');
  const method = scenario.transfer?.method;
  if (method !== undefined && method !== 'driver' && method !== 'mongodump') add('transfer.method', `expected "driver" or "mongodump", found ${JSON.stringify(method)}`);
  const reset = scenario.transfer?.resetPasswords;
  if (reset && !databases.has(reset.database)) add('transfer.resetPasswords.database', `${JSON.stringify(reset.database)} is not one of the moved databases (${[...databases.keys()].join(', ')})`);
  for (const role of ['source', 'target'] as const) {
    const server = scenario.servers?.[role];
    if (!server) continue;
    const at = `servers.${role}`;
    if (server.provider !== undefined && !(PROVIDER_CHOICES as readonly string[]).includes(server.provider)) add(`${at}.provider`, `expected one of ${PROVIDER_CHOICES.join(', ')}, found ${JSON.stringify(server.provider)}`);
    if (server.url !== undefined && server.urlEnv !== undefined) add(`${at}.urlEnv`, 'expected either "url" or "urlEnv", not both');
    const external = server.url !== undefined || server.urlEnv !== undefined;
    if (external && server.provider !== undefined && server.provider !== 'external') add(`${at}.provider`, `a server with a URL is external, not ${server.provider}`);
    if ((server.image !== undefined || server.mongo !== undefined) && (external || (server.provider !== undefined && server.provider !== 'testcontainers' && server.provider !== 'auto'))) {
      add(`${at}.image`, 'image and mongo are testcontainers settings; this server is not started by testcontainers');
    }
    if (server.allowWrites !== undefined && !external) add(`${at}.allowWrites`, 'allowWrites is for an external server (one with url or urlEnv)');
  }
  for (const [stage, settings] of Object.entries(scenario.stages ?? {})) {
    if (settings.scale !== undefined && !(settings.scale > 0)) add(`stages.${stage}.scale`, `expected a number above 0, found ${JSON.stringify(settings.scale)}`);
    if (settings.seed !== undefined && !Number.isInteger(settings.seed)) add(`stages.${stage}.seed`, `expected an integer, found ${JSON.stringify(settings.seed)}`);
  }
  return problems;
}

/**
 * Checks a Mongo scenario without a server (`pilot validate`, `pilot plan`): its
 * definition, its migrators (loaded and checked as `defineMongoMigrator` modules) and the
 * chain plan from `from` (default: the source version) to the target version.
 *
 * @throws HarnessError `CONFIG_INVALID` listing every problem of the definition, naming the file; `MIGRATOR_INVALID` for a bad migrator.
 */
export async function checkMongoScenario(
  scenario: MongoScenario,
  file: string,
  dir: string,
  from = scenario.source.version,
): Promise<{ migrators: MongoMigrator[]; plan: ChainPlan<MongoMigrator> }> {
  const problems = mongoScenarioProblems(scenario);
  if (problems.length > 0) {
    throw new HarnessError('CONFIG_INVALID', `The Mongo scenario is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      file,
      hint: 'Fix these in the defineMongoScenario({ … }) call (see scenarios/app-metadata-mongo.ts for a working one).',
    });
  }
  const migrators = await loadMongoMigrators(scenario.chain.migrators, dir);
  return { migrators, plan: planChain(migrators, { from, to: scenario.target.version, mandatory: scenario.chain.mandatory }) };
}
