// Security headers as real hosts apply them: dist/ served with its generated `_headers` under
// Cloudflare Pages' and Netlify's rules (host-server.ts), framed from another origin (another
// port) and from a deck opened as a file.
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:http';
import { serveLikeHost, type Host } from './host-server.ts';

const HOSTS: Host[] = ['cloudflare', 'netlify'];
const DIST = join(process.cwd(), 'dist');

const sites: Server[] = [];
/** The origin each host's server listens on, and the other origin that frames them (free ports). */
const origin = new Map<Host | 'framer', string>();
const originOf = (s: Server) => `http://localhost:${(s.address() as AddressInfo).port}`;
let host: Server;
const deckDir = mkdtempSync(join(tmpdir(), 'prn-deck-'));
const frames = (src: string) =>
  `<!doctype html><title>deck</title><iframe id="f" src="${src}" style="width:960px;height:540px;border:0"></iframe>`;

/** Every page of the build, as the URL path a reader requests. */
function pagePaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : pagePaths(p);
    if (!d.name.endsWith('.html')) return [];
    const rel = '/' + relative(DIST, p).split(sep).join('/');
    return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel];
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const name of HOSTS) {
    const s = await serveLikeHost(DIST, 0, name);
    sites.push(s);
    origin.set(name, originOf(s));
  }
  // Another origin: a page whose only content is the iframe named in ?src=.
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(frames(src));
  });
  await new Promise<void>((r) => host.listen(0, r));
  origin.set('framer', originOf(host));
});
test.afterAll(async () => {
  for (const s of sites) await new Promise((r) => s.close(r));
  await new Promise((r) => host.close(r));
  rmSync(deckDir, { recursive: true, force: true });
});

/** Waits until the iframe has either rendered the site's page or been replaced by the browser's block page. */
async function framedOutcome(page: Page): Promise<'rendered' | 'blocked'> {
  const frame = page.frameLocator('#f');
  const rendered = frame.locator('main');
  await expect
    .poll(
      async () => (await rendered.count()) > 0 || page.frames().some((f) => f.url().startsWith('chrome-error://')),
      { timeout: 20_000 },
    )
    .toBe(true);
  return (await rendered.count()) > 0 ? 'rendered' : 'blocked';
}

for (const hostName of HOSTS) {
  const site = () => origin.get(hostName)!;
  const embed = () => `${site()}/embed/qwen-long-context-ppl/`;

  test.describe(`served as ${hostName} applies _headers`, () => {
    test('every page: one policy; embeds frameable by anyone, every other page only by the site', async ({
      request,
    }) => {
      const paths = pagePaths();
      expect(paths.length).toBeGreaterThan(50);
      expect(paths).toContain('/search/');
      for (const path of paths) {
        const h = (await request.get(`${site()}${path}`)).headers();
        const csp = h['content-security-policy'] ?? '';
        // One policy, never the site's and the embed's joined: both would be enforced.
        expect(csp.split(','), path).toHaveLength(1);
        expect(h['x-content-type-options'], path).toBe('nosniff');
        expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
        if (path.startsWith('/embed/')) {
          expect(csp, path).toContain('frame-ancestors * file: data:');
          expect(h['x-frame-options'], path).toBeUndefined();
        } else {
          expect(csp, path).toContain("frame-ancestors 'self'");
          expect(h['x-frame-options'], path).toBe('SAMEORIGIN');
        }
      }
    });

    test('an embed renders framed by another origin; /search/ is refused', async ({ page }) => {
      await page.goto(`${origin.get('framer')}/?src=${encodeURIComponent(embed())}`);
      expect(await framedOutcome(page)).toBe('rendered');
      await expect(page.frameLocator('#f').locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();

      await page.goto(`${origin.get('framer')}/?src=${encodeURIComponent(`${site()}/search/`)}`);
      expect(await framedOutcome(page)).toBe('blocked');
    });

    test('an embed renders in a deck opened from file://; /search/ is refused there too', async ({ page }) => {
      const deck = join(deckDir, `${hostName}.html`);
      writeFileSync(deck, frames(embed()));
      await page.goto(pathToFileURL(deck).href);
      expect(await framedOutcome(page)).toBe('rendered');
      await expect(page.frameLocator('#f').locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();

      writeFileSync(deck, frames(`${site()}/search/`));
      await page.goto(pathToFileURL(deck).href);
      expect(await framedOutcome(page)).toBe('blocked');
    });
  });
}
