import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Budgets sized for a loaded 2-core machine (a deck test took 48 s at load 20); quiet runs need a tenth.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    environment: 'node',
    // Test files share each worker's module registry instead of importing Astro, Plot, KaTeX, the
    // tokenizers and the site content again for every file: the unit files need 27 CPU-seconds
    // instead of 61 on this 2-core machine. Tests that change the environment or mock a module
    // undo it themselves (vi.unstubAllEnvs, vi.resetModules, mockRestore); the suite passed
    // isolated before this switch and passes with the files in shuffled order (--sequence.shuffle.files).
    isolate: false,
  },
});
