import { defineConfig } from 'vitest/config';

// Two lanes. "fast" is `npm test`: everything that runs in this process or spawns only the
// project's own scripts. "slow" is `npm run test:slow`: what needs a browser, Python, DuckDB's
// native binary, the packed and installed tarball, a fresh clone, or minutes of benchmarking.
// .ci/run runs both.
export const SLOW = [
  'tests/site/site.test.ts',
  'tests/package/**/*.test.ts',
  'tests/python/**/*.test.ts',
  'tests/export/duckdb.test.ts',
  'tests/bench/**/*.test.ts',
  'tests/clone/**/*.test.ts',
  'tests/release/release-command.test.ts',
  'tests/release/release-recovery.test.ts',
];

export default defineConfig({
  test: {
    // Vitest's default leaves one worker on a 2-core machine; most files wait on subprocesses and
    // the file system, so two keep both cores busy (measured: 60 s against 44 s for the fast lane).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: SLOW,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'slow',
          include: SLOW,
          // Packing the tarball once serves every test that installs or reads it.
          globalSetup: ['tests/setup/pack.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
