import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.data/**', '.tools/**', '.test-data/**', 'studio/web/**'],
    globalSetup: ['test/setup/temporal.global.ts'],
    // Workflow bundling and a real Temporal server make these slower than unit tests.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep parallel Temporal workers from starving each other.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
