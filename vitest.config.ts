// Two tiers: `unit` (pure, no database) and `int` (real Neo4j started by tests/setup/neo4j.global.ts, files run serially).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Pothos and graphql-yoga must share it (ESM and CJS copies refuse each other's types).
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // Test workers end with the runner (a stopped `npm test` leaves no worker running tests, nor the Neo4j they start).
    setupFiles: ['tests/setup/exit-with-runner.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'node_modules/**'],
          // No test is timed: the first extraction of each file builds the lexicons (WordNet, cities), which takes
          // seconds on a loaded 2-core machine; heavy inputs carry their own longer timeouts.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          // one fork: files touching the database run one after another
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          // Generous: a Neo4j restart or a corpus load takes minutes when six engineers share 2 cores.
          testTimeout: 900_000,
          hookTimeout: 300_000,
          // Loads extract in the test's thread (worker threads would compile the sources through tsx at each load);
          // tests/load/workers.int.test.ts runs the worker pool explicitly.
          // A JVM start took over the product's 180 s default in CI at load ~30 (tests that start their own Neo4j).
          env: { EXTRACT_WORKERS: '1', NEO4J_START_TIMEOUT_MS: '480000' },
        },
      },
    ],
  },
});
