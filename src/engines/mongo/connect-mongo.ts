import { MongoClient } from 'mongodb';
import { HarnessError } from '../../errors/harness-error.ts';
import { createRedactor } from '../../util/redact.ts';
import type { MongoSession } from './mongo-session.ts';

/** Bounded waits, so an unreachable server is an error in seconds, not a hang. */
const TIMEOUTS = { serverSelectionTimeoutMS: 10_000, connectTimeoutMS: 10_000 } as const;

/**
 * Opens a client on `url` and returns a session on `database` (default: the URL's own
 * database). The password in the URL never reaches an error message.
 *
 * @throws HarnessError `ENVIRONMENT_START` when the server cannot be reached.
 */
export async function connectMongo(url: string, database?: string): Promise<MongoSession & AsyncDisposable> {
  const client = new MongoClient(url, TIMEOUTS);
  try {
    await client.connect();
  } catch (error) {
    await client.close().catch(() => undefined);
    const redactor = createRedactor();
    throw new HarnessError('ENVIRONMENT_START', `Could not connect to MongoDB at ${redactor.redact(url)}: ${redactor.redact((error as Error).message)}`, {
      hint: 'Check that the server runs and the URL (PILOT_MONGODB_URL, or the scenario\'s url) is right; add ?directConnection=true for a single node.',
      cause: error,
    });
  }
  const db = client.db(database);
  return { client, db, [Symbol.asyncDispose]: () => client.close() };
}
