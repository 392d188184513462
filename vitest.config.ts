import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Packing and installing the tarball takes longer than a unit test.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
