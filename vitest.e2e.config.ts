import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/ (run after `npm run build`), some in real Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
