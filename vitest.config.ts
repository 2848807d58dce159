import { defineConfig } from 'vitest/config';

// Unit and ingestion tests: pure functions and the real seeds, no build needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
