// A GitHub Pages project site lives under /<repo>/: build a copy of the site under a base
// path and crawl every link, script, stylesheet and asset reference of every page.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = '/repo/';
const ORIGIN = 'http://localhost:4429';
const work = mkdtempSync(join(tmpdir(), 'prn-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
  });
}

/** The file a path under BASE is served from, or null when nothing would answer. */
function served(dist: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).slice(BASE.length - 1);
  const target = join(dist, clean);
  if (existsSync(target) && statSync(target).isFile()) return target;
  if (existsSync(join(target, 'index.html'))) return join(target, 'index.html');
  return null;
}

/**
 * Vitest exposes Vite's env (BASE_URL "/", MODE "test", …) on process.env; a child build that
 * inherits them gets BASE_URL "/" instead of the base path, so hand it the shell's env only.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[k];
  return env;
}

describe(`a build under the base path ${BASE}`, () => {
  it('every page, feed and sitemap link stays under the base path and resolves', () => {
    for (const f of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts']) cpSync(join(ROOT, f), join(work, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: work,
      env: { ...buildEnv(), SITE_URL: ORIGIN, BASE_PATH: BASE, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 900_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    const dist = join(work, 'dist');

    const broken: string[] = [];
    const pages = files(dist, /\.html$/).filter((f) => !f.includes(`${join(dist, 'pagefind')}`));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const refs = [...html.matchAll(/\s(?:href|src|action|data-embed-path|data-pack)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
      for (const ref of refs) {
        const local = ref.startsWith(ORIGIN) ? ref.slice(ORIGIN.length) : ref;
        if (!local.startsWith('/') || local.startsWith('//')) {
          if (/^https?:\/\/localhost/.test(ref)) broken.push(`${page}: ${ref} (another host)`);
          continue;
        }
        if (!local.startsWith(BASE)) broken.push(`${page}: ${ref} (outside ${BASE})`);
        else if (!served(dist, local)) broken.push(`${page}: ${ref} (no such file)`);
      }
    }
    expect(broken).toEqual([]);

    // Feed, sitemap and the search index carry the base path too.
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`${ORIGIN}${BASE}reviews/qwen/`);
    const sitemap = files(dist, /^sitemap-\d+\.xml$/).map((f) => readFileSync(f, 'utf8')).join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.filter((l) => !l.startsWith(`${ORIGIN}${BASE}`) || !served(dist, new URL(l).pathname))).toEqual([]);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 960_000);
});
