import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code (`*.test.ts`); tests on real databases are
// `*.int.test.ts` and run as their own project with room for server start-up.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          // A few unit tests start a Node child process (scenario loading under each
          // runtime); on a loaded 2-core machine that alone can take longer than 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry and the machine has 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
