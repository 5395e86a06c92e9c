// `npm run build`: an atomic build. Astro writes into a staging folder beside dist/ (the search
// index is its last step, src/integrations/search-index.ts); only when it succeeds does the
// staging folder replace dist/ (two renames on one file system).
// A failed build — validator, render or indexing stage — removes its staging folder and exits
// non-zero, so dist/ is always the last complete site (or absent), never a partial one.
// Caches that must survive a failed build live outside dist/ (node_modules/.cache/…).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const STAGING = join(ROOT, `.dist-staging-${process.pid}`);
const OLD = join(ROOT, `.dist-old-${process.pid}`);

const cleanup = () => rmSync(STAGING, { recursive: true, force: true });
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

function step(what: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) {
    cleanup();
    console.error(
      `\nbuild failed at ${what} (exit ${r.status ?? r.signal}); dist/ ${existsSync(DIST) ? 'still holds the previous complete build' : 'was not created'}`,
    );
    process.exit(r.status || 1);
  }
}

cleanup();
step('astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', STAGING]);
// Astro's intermediate server chunks are not part of the site.
rmSync(join(STAGING, '.prerender'), { recursive: true, force: true });

if (existsSync(DIST)) renameSync(DIST, OLD);
renameSync(STAGING, DIST);
rmSync(OLD, { recursive: true, force: true });
console.log('build complete: dist/ replaced');
