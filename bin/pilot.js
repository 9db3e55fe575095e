#!/usr/bin/env node
// The `pilot` command. The harness ships as TypeScript; tsx compiles it (and the user's
// TypeScript scenarios and migrators) on the fly, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
