import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScaleMeasurements } from './scale-measurements.ts';

/** Measurements kept between runs, one JSON file per key. */
export interface MeasurementStore {
  /** Where the records live: `<cache>/estimates`. */
  readonly dir: string;
  get(key: string): Promise<ScaleMeasurements | undefined>;
  put(measurements: ScaleMeasurements): Promise<string>;
}

/**
 * A folder of measurement records (`<key>.json`), next to the seeded snapshots in the
 * cache: derived data, safe to delete. A record that cannot be read, or of another format,
 * is as good as none. Writes go to a temporary name first, so a reader never sees half a
 * record.
 *
 * @example
 * const store = measurementStore('.pilot/cache/estimates');
 * const reused = await store.get(key);
 */
export function measurementStore(dir: string): MeasurementStore {
  const file = (key: string) => path.join(dir, `${key}.json`);
  return {
    dir,
    async get(key) {
      try {
        const record = JSON.parse(await readFile(file(key), 'utf8')) as ScaleMeasurements;
        return record.formatVersion === 1 && record.key === key && Array.isArray(record.runs) ? record : undefined;
      } catch {
        return undefined;
      }
    },
    async put(measurements) {
      await mkdir(dir, { recursive: true });
      const target = file(measurements.key);
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(measurements, null, 2)}\n`);
      await rename(temp, target);
      return target;
    },
  };
}
