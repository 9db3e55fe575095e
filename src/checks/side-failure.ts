import type { KeyedFingerprinter } from '../engines/engine.ts';
import { isQueryError } from './is-query-error.ts';

/** A query error while reading one side's rows, told apart from the other side's. */
export class SideFailure extends Error {
  override readonly name = 'SideFailure';
  readonly side: 'source' | 'target';
  constructor(side: 'source' | 'target', cause: unknown) {
    super(`reading the ${side} failed`, { cause });
    this.side = side;
  }
}

/**
 * The store, with its query errors marked as the given side's (a lost connection stays
 * what it is): a query that fails on the unmigrated source is the scenario's mistake, one
 * that fails on the target only is what the migration broke.
 */
export function blaming(store: KeyedFingerprinter, side: 'source' | 'target'): KeyedFingerprinter {
  const guard = async <T>(read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (error) {
      throw isQueryError(error) ? new SideFailure(side, error) : error;
    }
  };
  return {
    summarize: (set) => guard(() => store.summarize(set)),
    summarizeBuckets: (set, buckets) => guard(() => store.summarizeBuckets(set, buckets)),
    rowHashes: (set, buckets, which) => guard(() => store.rowHashes(set, buckets, which)),
    rowValues: (set, keys) => guard(() => store.rowValues(set, keys)),
  };
}
