// A copy of the project for a test's own build: the files a build reads, with node_modules linked
// rather than copied. Installed folders inside the copied ones (the bench's Lighthouse kit keeps
// 176 MB under scripts/bench/) are left out: copying them took ~10 s per build test and no build
// reads them.
import { cpSync, symlinkSync } from 'node:fs';
import { join, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

const PROJECT = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts', 'assets'];

/** Copies the project into `dest` (created) and links its node_modules. */
export function copyProject(dest: string): void {
  const installed = `${sep}node_modules`;
  for (const f of PROJECT)
    cpSync(join(ROOT, f), join(dest, f), {
      recursive: true,
      filter: (src) => !src.endsWith(installed) && !src.includes(`${installed}${sep}`),
    });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'));
}

/**
 * The environment for a child Astro process, as a shell would give it, plus `extra`. Vitest
 * exposes Vite's env (BASE_URL "/", MODE "test", …) on process.env: a child build that inherits
 * them gets BASE_URL "/" instead of its base path. And it marks its processes (VITEST, TEST): an
 * `astro dev` that inherits those answers every page with 404.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[k];
  for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}
