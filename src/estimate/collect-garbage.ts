import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection, between an estimate's runs: the embedded databases run in this
 * process, so garbage left by one run (its seeded snapshot, its reports) would otherwise be
 * collected during a later run's chain and land in one step's time at one scale. Node only
 * offers `gc()` with `--expose-gc`; the flag can be set at run time and the function read
 * from a fresh context.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
