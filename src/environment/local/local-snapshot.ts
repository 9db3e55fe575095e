import type { Snapshot } from '../environment-provider.ts';

/**
 * A local environment's state: a cleanly shut down data dir. Nothing ever runs on it in
 * place; every start copies it first, so one snapshot serves any number of environments.
 */
export interface LocalSnapshot extends Snapshot {
  readonly provider: 'local';
  /** Full server version it was taken on (`15.18`); it opens with any binaries of the same major. */
  readonly engineVersion: string;
  readonly dataDir: string;
  /** The application database the environment used. */
  readonly database: string;
  /** The binaries folder it was taken with, for messages. */
  readonly binDir: string;
}

export function isLocalSnapshot(snapshot: Snapshot): snapshot is LocalSnapshot {
  return snapshot.provider === 'local' && typeof (snapshot as Partial<LocalSnapshot>).dataDir === 'string';
}
