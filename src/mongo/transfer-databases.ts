import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Document, MongoClient } from 'mongodb';
import { HarnessError } from '../errors/harness-error.ts';
import { bulkInsert } from '../engines/mongo/mongo-bulk-load.ts';
import { isSystemCollection } from '../engines/mongo/mongo-session.ts';
import { createRedactor } from '../util/redact.ts';

/**
 * Moving databases from one server to another, as source document 002 does with
 * `mongodump -d <db>` and `mongorestore --drop`: every collection of each named database,
 * with its options (validators), its indexes and its documents, replacing what the target
 * held. The source is only read.
 */
export interface TransferOptions {
  /** Database names on the source; each lands under the same name unless `rename` says otherwise. */
  databases: readonly string[];
  rename?: Readonly<Record<string, string>>;
  /** `driver` (default, needs no tools) or `mongodump` (mongodump/mongorestore on PATH, archive format). */
  method?: 'driver' | 'mongodump';
  /** The source/target URLs, needed by `mongodump`. */
  sourceUrl?: string;
  targetUrl?: string;
  /** Reset a password field on import, like migration.jar's `true` flag: never the source's secret in the target. */
  resetPasswords?: PasswordReset;
  batchSize?: number;
}

export interface PasswordReset {
  /** Target database name and collection, e.g. `apiomat` / `users`. */
  database: string;
  collection: string;
  /** The field holding the password (or its hash). */
  field: string;
  /** The value every user gets; a secret, kept out of reports. */
  value: string;
}

export interface TransferReport {
  method: 'driver' | 'mongodump';
  databases: Array<{ from: string; to: string; collections: Array<{ name: string; documents: number; indexes: number }> }>;
  /** Users whose password was reset (the value itself is never reported). */
  passwordsReset?: number;
  durationMs: number;
}

/**
 * Copies the databases and, when asked, resets the passwords. Driver-based by default;
 * `method: 'mongodump'` runs the MongoDB Database Tools instead and fails at once, before
 * anything is written, when they are not installed.
 *
 * @example
 * await transferDatabases(oldClient, newClient, { databases: ['apiomat', 'App', 'App-staging', 'App-test'] });
 */
export async function transferDatabases(source: MongoClient, target: MongoClient, options: TransferOptions): Promise<TransferReport> {
  const started = performance.now();
  const method = options.method ?? 'driver';
  const databases: TransferReport['databases'] = [];
  refuseCopyOntoItself(source, target, options);
  if (method === 'mongodump') {
    const tools = await findDatabaseTools();
    for (const from of options.databases) {
      const to = options.rename?.[from] ?? from;
      await dumpAndRestore(tools, options, from, to);
      databases.push({ from, to, collections: await describeDatabase(target, to) });
    }
  } else {
    for (const from of options.databases) {
      const to = options.rename?.[from] ?? from;
      databases.push({ from, to, collections: await copyDatabase(source, target, from, to, options.batchSize) });
    }
  }
  const report: TransferReport = { method, databases, durationMs: 0 };
  if (options.resetPasswords) report.passwordsReset = await resetPasswords(target, options.resetPasswords);
  report.durationMs = performance.now() - started;
  return report;
}

/**
 * The target's collections are dropped before they are filled: with the same server on both
 * sides (one URL given twice) and the same database name, that would drop the source.
 */
function refuseCopyOntoItself(source: MongoClient, target: MongoClient, options: TransferOptions): void {
  const hosts = (client: MongoClient) => new Set((client.options?.hosts ?? []).map((host) => String(host).toLowerCase()));
  const sourceHosts = hosts(source);
  const sameServer = source === target || [...hosts(target)].some((host) => sourceHosts.has(host));
  if (!sameServer) return;
  const onItself = options.databases.filter((from) => (options.rename?.[from] ?? from) === from);
  if (onItself.length === 0) return;
  throw new HarnessError('CONFIG_INVALID', `The source and target are the same MongoDB server (${[...sourceHosts].join(', ')}), so moving ${onItself.map((d) => JSON.stringify(d)).join(', ')} onto itself would drop the source's collections.`, {
    path: ['servers'],
    hint: 'Give the target another server (PILOT_MONGODB_TARGET_URL, servers.target.url), or run on testcontainers.',
  });
}

async function copyDatabase(source: MongoClient, target: MongoClient, from: string, to: string, batchSize?: number) {
  const sourceDb = source.db(from);
  const targetDb = target.db(to);
  const collections = (await sourceDb.listCollections({}, { nameOnly: false }).toArray())
    .filter((c) => (c.type ?? 'collection') === 'collection' && !isSystemCollection(c.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const copied = [];
  for (const info of collections) {
    // mongorestore --drop: the target collection is replaced, not merged into.
    await targetDb.collection(info.name).drop().catch(() => undefined);
    const options = (info as { options?: Document }).options ?? {};
    await targetDb.createCollection(info.name, options);
    const indexes = (await sourceDb.collection(info.name).indexes()).filter((index) => index.name !== '_id_');
    const documents = await bulkInsert(targetDb.collection(info.name), sourceDb.collection(info.name).find({}, { promoteValues: false, batchSize: 1000 }), batchSize);
    // Indexes after the data, as mongorestore does: one build instead of per-document updates.
    if (indexes.length > 0) {
      await targetDb.collection(info.name).createIndexes(indexes.map(({ v: _v, ns: _ns, ...index }) => ({ ...index, key: index.key }) as never));
    }
    copied.push({ name: info.name, documents, indexes: indexes.length + 1 });
  }
  return copied;
}

async function describeDatabase(client: MongoClient, name: string) {
  const db = client.db(name);
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((n) => !isSystemCollection(n)).sort();
  return Promise.all(names.map(async (collection) => ({
    name: collection,
    documents: await db.collection(collection).countDocuments({}),
    indexes: (await db.collection(collection).indexes()).length,
  })));
}

async function resetPasswords(target: MongoClient, reset: PasswordReset): Promise<number> {
  const result = await target.db(reset.database).collection(reset.collection).updateMany({}, { $set: { [reset.field]: reset.value } });
  return result.matchedCount;
}

interface DatabaseTools {
  mongodump: string;
  mongorestore: string;
}

/** The MongoDB Database Tools on PATH, or a `CONFIG_INVALID` error saying how to get them or avoid them. */
export async function findDatabaseTools(search: string = process.env.PATH ?? ''): Promise<DatabaseTools> {
  const { access } = await import('node:fs/promises');
  const find = async (tool: string) => {
    for (const dir of search.split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(dir, tool);
      if (await access(candidate).then(() => true, () => false)) return candidate;
    }
    return undefined;
  };
  const [mongodump, mongorestore] = await Promise.all([find('mongodump'), find('mongorestore')]);
  if (!mongodump || !mongorestore) {
    const missing = [!mongodump && 'mongodump', !mongorestore && 'mongorestore'].filter(Boolean).join(' and ');
    throw new HarnessError('CONFIG_INVALID', `The transfer asks for mongodump/mongorestore, but ${missing} ${missing.includes(' and ') ? 'are' : 'is'} not on PATH.`, {
      path: ['transfer', 'method'],
      hint: 'Install the MongoDB Database Tools (https://www.mongodb.com/try/download/database-tools), or use method: driver, which needs no external tools.',
    });
  }
  return { mongodump, mongorestore };
}

async function dumpAndRestore(tools: DatabaseTools, options: TransferOptions, from: string, to: string): Promise<void> {
  if (!options.sourceUrl || !options.targetUrl) {
    throw new HarnessError('CONFIG_INVALID', 'method: mongodump needs the source and target URLs.', { path: ['transfer'] });
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'pilot-mongodump-'));
  const archive = path.join(dir, `${from}.archive`);
  const redactor = createRedactor();
  const run = async (tool: string, args: string[]) => {
    try {
      await promisify(execFile)(tool, args, { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? (error as Error).message;
      throw new HarnessError('DATABASE', `${path.basename(tool)} failed for database ${JSON.stringify(from)}: ${redactor.redact(stderr.trim().split('\n').slice(-3).join(' | '))}`, { cause: error });
    }
  };
  try {
    await run(tools.mongodump, [`--uri=${options.sourceUrl}`, `--db=${from}`, `--archive=${archive}`]);
    await run(tools.mongorestore, [`--uri=${options.targetUrl}`, '--drop', `--archive=${archive}`, `--nsFrom=${from}.*`, `--nsTo=${to}.*`]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
