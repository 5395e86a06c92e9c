import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that build the site (tests/build/: a site copy, the dev server, two failing builds)
 * hold most of the suite's time, and each keeps about one core busy for tens of seconds. Started
 * first, they run beside each other while the short unit files fill the gaps; in the default order
 * (larger files first, on a fresh clone) the failing builds were dispatched last, so the suite
 * ended on one long build with the other core idle (~25 s at a third idle in a fresh-clone CI run).
 * Longest first: the variant build, then the dev server, then the failing builds.
 */
const BUILDS_FIRST = ['site-variant', 'dev-content', 'bad-input'].map((n) => `/tests/build/${n}.test.ts`);

class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = BUILDS_FIRST.findIndex((n) => f.moduleId.endsWith(n));
      return i < 0 ? BUILDS_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the unit files keep the base order among themselves
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: BuildsFirst },
  },
});
