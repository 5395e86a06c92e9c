// Security headers as a real host applies them: dist/ served with its generated `_headers`
// under Cloudflare Pages rules (host-server.ts), framed from another origin (another port) and
// from a deck opened as a file.
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:http';
import { serveLikeCloudflare } from './host-server.ts';

const BASE = Number(process.env.TEST_PORT ?? 4321);
const SITE_PORT = BASE + 1;
const HOST_PORT = BASE + 2;
const SITE = `http://localhost:${SITE_PORT}`;
const EMBED = `${SITE}/embed/qwen-long-context-ppl/`;

let site: Server;
let host: Server;
const deckDir = mkdtempSync(join(tmpdir(), 'prn-deck-'));
const frames = (src: string) => `<!doctype html><title>deck</title><iframe id="f" src="${src}" style="width:960px;height:540px;border:0"></iframe>`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  site = await serveLikeCloudflare(join(process.cwd(), 'dist'), SITE_PORT);
  // Another origin: a page whose only content is the iframe named in ?src=.
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(frames(src));
  });
  await new Promise<void>((r) => host.listen(HOST_PORT, r));
});
test.afterAll(async () => {
  await new Promise((r) => site.close(r));
  await new Promise((r) => host.close(r));
  rmSync(deckDir, { recursive: true, force: true });
});

/** Waits until the iframe has either rendered the site's page or been replaced by the browser's block page. */
async function framedOutcome(page: Page): Promise<'rendered' | 'blocked'> {
  const frame = page.frameLocator('#f');
  const rendered = frame.locator('main');
  await expect
    .poll(async () => (await rendered.count()) > 0 || page.frames().some((f) => f.url().startsWith('chrome-error://')), { timeout: 20_000 })
    .toBe(true);
  return (await rendered.count()) > 0 ? 'rendered' : 'blocked';
}

test('the generated _headers: embeds replace the site policy, every other page refuses foreign framing', async ({ request }) => {
  const page = await request.get(`${SITE}/search/`);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(page.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  const embed = await request.get(EMBED);
  const csp = embed.headers()['content-security-policy']!;
  // One policy, not the site's and the embed's joined: the stricter one would win.
  expect(csp.split(',')).toHaveLength(1);
  expect(csp).toContain('frame-ancestors * file: data:');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['x-content-type-options']).toBe('nosniff');
});

test('an embed renders framed by another origin; /search/ is refused', async ({ page }) => {
  await page.goto(`http://localhost:${HOST_PORT}/?src=${encodeURIComponent(EMBED)}`);
  expect(await framedOutcome(page)).toBe('rendered');
  await expect(page.frameLocator('#f').locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();

  await page.goto(`http://localhost:${HOST_PORT}/?src=${encodeURIComponent(`${SITE}/search/`)}`);
  expect(await framedOutcome(page)).toBe('blocked');
});

test('an embed renders in a deck opened from file://; /search/ is refused there too', async ({ page }) => {
  const deck = join(deckDir, 'deck.html');
  writeFileSync(deck, frames(EMBED));
  await page.goto(pathToFileURL(deck).href);
  expect(await framedOutcome(page)).toBe('rendered');
  await expect(page.frameLocator('#f').locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();

  writeFileSync(deck, frames(`${SITE}/search/`));
  await page.goto(pathToFileURL(deck).href);
  expect(await framedOutcome(page)).toBe('blocked');
});
