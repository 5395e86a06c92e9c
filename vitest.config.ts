import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Budgets sized for a loaded 2-core machine (a deck test took 48 s at load 20); quiet runs need a tenth.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    environment: 'node',
  },
});
