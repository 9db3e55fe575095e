import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGE_NAME = 'migration-pilot';
const OWN_PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

let registered = false;

/**
 * Lets a TypeScript scenario `import { defineScenario } from 'migration-pilot'` wherever
 * it lives. Node resolves the name from the scenario's folder, which finds nothing when
 * the scenario sits outside a project that installs the harness (a temporary folder, a
 * repository run with a global `pilot`). Only then, the name resolves to the harness that
 * is loading the scenario; an installed copy still wins. Registered once per process, with
 * Node's in-thread resolve hook, which covers `import` and `require`, under plain Node,
 * tsx and vitest (which leaves a scenario outside the project to Node).
 *
 * @example
 * registerOwnPackageFallback();
 * await import(pathToFileURL('/tmp/pilot/scenario.ts').href);
 */
export function registerOwnPackageFallback(): void {
  if (registered) return;
  registered = true;
  // Node ≥ 22.15 and 23.5; without it, resolution stays as Node does it.
  if (typeof module.registerHooks !== 'function') return;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier !== PACKAGE_NAME && !specifier.startsWith(`${PACKAGE_NAME}/`)) return nextResolve(specifier, context);
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
        let own: string;
        try {
          // Resolved from the harness's own package.json, through its "exports".
          own = module.createRequire(OWN_PACKAGE_JSON).resolve(specifier);
        } catch {
          throw error;
        }
        return { url: pathToFileURL(own).href, shortCircuit: true };
      }
    },
  });
}
