// The search index as the last step of `astro build` (astro:build:done), so every way of
// building — `npm run build`, a plain `astro build`, the test builds — ships a site whose
// search works. The indexing (src/build/search-index.ts) runs in the build's own process, on the
// content the build already validated; this hook decides whether it must run
// (src/build/search-index-cache.ts reuses the last index when its inputs are unchanged).
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedSearchIndex } from '../build/search-index-cache.ts';
import { writeSearchIndex } from '../build/search-index.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const run = await cachedSearchIndex({
          dist: fileURLToPath(dir),
          projectRoot: root,
          // its key covers src/build (the indexing code) through the code hash, and this entry point
          indexScript: join(root, 'scripts', 'index-search.ts'),
          warn: (m) => logger.warn(m),
          index: async (out) => console.log(await writeSearchIndex(out)),
        });
        logger.info(
          run.reused
            ? `pages, content and indexing code unchanged: reused the search index ${run.key.slice(0, 12)}`
            : `indexed; stored as ${run.key.slice(0, 12)}`,
        );
      },
    },
  };
}
