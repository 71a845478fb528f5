import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest runs cores − 1 files at once: one on a 2-core machine. The server's tests mostly wait
    // (PostgreSQL in its own process, HTTP round trips, shutdown and fault timers), so three at
    // once take about half the time there (ADR 027). The browser tests stay one file at a time.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'subgraph/**/*.test.ts',
            'supergraph/**/*.test.ts',
            'prisma/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
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
          fileParallelism: false,
        },
      },
    ],
  },
});
