#!/usr/bin/env node
// The `pilot` command. The harness ships as TypeScript; tsx compiles it (and the user's
// TypeScript scenarios and migrators) on the fly, so there is no build step to forget.
// Both hooks: a .ts file in a folder without "type": "module" is loaded through require().
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register } from 'tsx/esm/api';

register();
registerCommonJs();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
