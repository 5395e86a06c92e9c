// The search index as the last step of `astro build` (astro:build:done), so every way of
// building — `npm run build`, a plain `astro build`, the test builds — ships a site whose
// search works. The indexing itself stays in scripts/index-search.ts, run as its own
// process on the output folder; this hook only decides whether it must run
// (src/build/search-index-cache.ts reuses the last index when its inputs are unchanged).
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedSearchIndex } from '../build/search-index-cache.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const script = join(root, 'scripts', 'index-search.ts');
        const run = cachedSearchIndex({
          dist,
          projectRoot: root,
          indexScript: script,
          warn: (m) => logger.warn(m),
          index: (out) => {
            const r = spawnSync(process.execPath, [script, out], { cwd: root, stdio: 'inherit' });
            if (r.status !== 0)
              throw new Error(`search index: scripts/index-search.ts exited with ${r.status ?? r.signal}`);
          },
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
