import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Requests held back, as on a slow connection, until the test releases them. */
export interface HeldRequests {
  /** Whether a matching request has been made (and is being held). */
  requested: () => boolean;
  release: () => void;
}

/** Holds every request of `page` matching `url` until `release()`, then lets them through unchanged. */
export async function holdRequests(page: Page, url: string | RegExp): Promise<HeldRequests> {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route(url, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { requested: () => requested, release };
}

/** Every page URL in the built sitemap, as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const m of maps) {
    const xml = await (await request.get(m)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => decodeURI(new URL(x[1]!).pathname)));
  }
  expect(paths.length).toBeGreaterThan(10);
  return paths;
}

/** One axe-core violation as the tests read it: the rule, and each node's selector. */
export interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

export interface PageAxe {
  /** Limits the check to what matches the selector (an open dialog, a popover). */
  include(selector: string): PageAxe;
  analyze(): Promise<{ violations: AxeViolation[] }>;
}

// axe-core's own build, read once per worker; each frame without it (preloadAxe) gets it by one evaluate.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core for a whole page, nothing excluded: formulas are MathML only (no drawn KaTeX copy any
 * more; the crawl checks that none comes back), so axe sees exactly what a reader gets.
 * Review sections and the appendix far from the viewport are not laid out until a reader scrolls
 * to them (content-visibility: auto), and axe cannot measure the colour contrast of text that has
 * no layout, so `analyze` first renders them all, as scrolling through the page would.
 *
 * axe runs as `axe.run` in the page with its default rule set (every rule not marked experimental),
 * as @axe-core/playwright's legacy mode did, without that wrapper's per-page setup: the same rules and
 * results in about three quarters of the time over the 109-page crawl (axe 66 s → 51 s, one worker). Only violations are collected
 * (resultTypes): passes, thousands of nodes on a review and none asserted, are not serialised.
 */
export function pageAxe(page: Page, include: string[] = []): PageAxe {
  return {
    include: (selector) => pageAxe(page, [...include, selector]),
    analyze: async () => {
      await renderFarSections(page, include);
      for (const frame of page.frames())
        if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async (only) => {
        const axe = (window as unknown as { axe: AxeGlobal }).axe;
        const result = await axe.run(only.length ? { include: only.map((s) => [s]) } : document, {
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
        }));
      }, include);
      return { violations };
    },
  };
}

/** The part of axe-core's page API the helper calls. */
interface AxeGlobal {
  run(
    context: Document | { include: string[][] },
    options: { resultTypes: string[] },
  ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
}

/**
 * Has every document the page loads from now on start with axe-core defined, for a test that runs
 * axe on many pages in a row (the crawl): the 0.5 MB source then crosses the DevTools protocol once
 * per page object instead of once per page visited, and `analyze` finds axe in place. axe only
 * defines itself on load; it reads the page when it runs.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * Renders the review sections and appendix that content-visibility skips far from the screen, as
 * scrolling would: all of them, or only those holding what `within` selects (an open popover or
 * sheet lies outside them, and laying out a whole long review for it is most of a scoped check),
 * and waits for the form fields their widgets create once laid out.
 */
export async function renderFarSections(page: Page, within: string[] = []): Promise<void> {
  await page.evaluate(async (within) => {
    const scoped = within.flatMap((s) => [...document.querySelectorAll(s)]);
    for (const el of document.querySelectorAll<HTMLElement>('.doc-section, .appendix'))
      if (!within.length || scoped.some((n) => el.contains(n) || n.contains(el)))
        el.style.contentVisibility = 'visible';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, within);
  // form fields a widget creates once it is laid out (src/lib/browser/deferred-fields.ts): in place
  // before the check, as a reader scrolling there would find them
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-fields-pending]')].every(
      (h) => !h.checkVisibility({ contentVisibilityAuto: true }),
    ),
  );
}
