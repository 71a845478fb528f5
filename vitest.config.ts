import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const FRESH_MODULES = './subgraph/src/testing/freshModulesPerFile.ts';
const SCORING_ENGINE = 'subgraph/src/scoring/**/*.test.ts';
/**
 * The server's and the engine's tests: one process per worker, not per file, with the project's
 * modules fresh for each file (ADR 041; a process per file spent 2-3 s loading Apollo, Prisma and
 * PGlite each time).
 */
const NODE_TESTS = {
  isolate: false,
  setupFiles: [FRESH_MODULES],
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (the package has no export map); Vite would pick
  // its `module` build, a second copy of graphql-js for the project's files only, so that schema
  // objects and errors made by the packages (Apollo, @apollo/subgraph, graphql-jit) would not be
  // the project's `GraphQLSchema` and `GraphQLError`. Tests load the one copy production loads.
  resolve: {
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Vitest runs cores − 1 files at once: one on a 2-core machine. The server's tests mostly wait
    // (PostgreSQL in its own process, HTTP round trips, shutdown and fault timers), so three at
    // once take about half the time there (ADR 027). The browser tests stay one file at a time.
    maxWorkers: 3,
    // subgraph/src/db/schemaEngine.ts binds a new WebAssembly instance to this glue each time it is
    // evaluated; the glue must be evaluated with it (FRESH_MODULES), or a second file's instance
    // replaces the one that the first file's engines are still freed against.
    server: { deps: { inline: ['@prisma/schema-engine-wasm'] } },
    projects: [
      {
        extends: true,
        test: {
          ...NODE_TESTS,
          name: 'unit',
          include: [
            'subgraph/**/*.test.ts',
            'supergraph/**/*.test.ts',
            'prisma/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: [SCORING_ENGINE],
        },
      },
      {
        extends: true,
        test: {
          // The scoring engine: pure computation, no database (the dependency rule engine-is-pure
          // keeps it so). CI runs it once, in the embedded database's pass; the server's tests run
          // on both databases (ADR 041).
          ...NODE_TESTS,
          name: 'scoring',
          include: [SCORING_ENGINE],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          // As NODE_TESTS: a jsdom process per file took 1 s for tests of a few ms (ADR 041).
          isolate: false,
          setupFiles: [FRESH_MODULES],
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // expect.poll gives up after 1 s by default: on a loaded CI machine a keyboard drag's
          // cancel animation alone took longer, and its announcement failed a run. What a poll
          // waits for is a browser settling, so it waits as long as a user might.
          expect: { poll: { timeout: 15_000 } },
          // One file at a time, all in one process (ADR 041); after the other projects, as
          // before (a group of its own, since its worker count differs).
          fileParallelism: false,
          isolate: false,
          setupFiles: [FRESH_MODULES],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
