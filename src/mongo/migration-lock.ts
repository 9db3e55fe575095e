import { type Db, MongoServerError } from 'mongodb';
import { HarnessError } from '../errors/harness-error.ts';

export const DEFAULT_LOCK_COLLECTION = 'pilot_migration_lock';
/** A crashed pilot's lock expires after this long (renewed every third of it while held). */
export const DEFAULT_LOCK_TTL_MS = 10 * 60_000;
const LOCK_ID = 'chain';

export interface MigrationLockOptions {
  /** Who takes the lock, shown to a second pilot: host, pid, run id. */
  holder: string;
  collection?: string;
  ttlMs?: number;
  now?: () => Date;
}

export interface HeldLock extends AsyncDisposable {
  readonly holder: string;
  release(): Promise<void>;
}

interface LockDocument {
  _id: string;
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
}

/**
 * Takes the database's migration lock: one document with a fixed `_id`, so the server's
 * unique `_id` index decides between two pilots, and an `expiresAt` field under a TTL
 * index, so the lock of a pilot that died is removed by the server. The TTL monitor runs
 * only every 60 s, so an expired lock still present is taken over explicitly (a
 * conditional update on `expiresAt`, again decided by the server). While held, the lock is
 * renewed every third of its TTL.
 *
 * @throws HarnessError `DATABASE` naming the holder, when another pilot holds the lock.
 * @example
 * await using lock = await acquireMigrationLock(db, { holder: `pilot ${hostname()} pid ${process.pid}` });
 */
export async function acquireMigrationLock(db: Db, options: MigrationLockOptions): Promise<HeldLock> {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const locks = db.collection<LockDocument>(options.collection ?? DEFAULT_LOCK_COLLECTION);
  await locks.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'expiresAt_ttl' });
  const fresh = (): LockDocument => {
    const at = now();
    return { _id: LOCK_ID, holder: options.holder, acquiredAt: at, expiresAt: new Date(at.getTime() + ttlMs) };
  };
  // Two attempts: the server's TTL monitor may delete an expired lock between a refused
  // insert and the takeover, and then nobody holds it and a second insert decides.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await locks.insertOne(fresh());
      break;
    } catch (error) {
      if (!(error instanceof MongoServerError) || error.code !== 11000) throw error;
    }
    const { _id: _, ...takeover } = fresh();
    const taken = await locks.findOneAndUpdate({ _id: LOCK_ID, expiresAt: { $lt: now() } }, { $set: takeover });
    if (taken) break;
    const current = await locks.findOne({ _id: LOCK_ID });
    if (!current && attempt === 1) continue;
    throw new HarnessError(
      'DATABASE',
      `Database ${JSON.stringify(db.databaseName)} is being migrated by ${JSON.stringify(current?.holder ?? 'another pilot')} ` +
        `(lock taken ${current?.acquiredAt.toISOString() ?? '?'}, expires ${current?.expiresAt.toISOString() ?? '?'}): two pilots never migrate one database at once.`,
      {
        hint: `Wait for that run to finish. If it died, its lock expires by itself; to free it now, delete {_id: "${LOCK_ID}"} from ${locks.collectionName}.`,
      },
    );
  }
  const renew = setInterval(() => {
    void locks.updateOne({ _id: LOCK_ID, holder: options.holder }, { $set: { expiresAt: new Date(now().getTime() + ttlMs) } }).catch(() => undefined);
  }, Math.max(1_000, ttlMs / 3));
  renew.unref();
  let released: Promise<void> | undefined;
  const release = () => {
    clearInterval(renew);
    released ??= locks.deleteOne({ _id: LOCK_ID, holder: options.holder }).then(() => undefined);
    return released;
  };
  return { holder: options.holder, release, [Symbol.asyncDispose]: release };
}
