// `npm run dev` after a one-review edit, as a writer sees it: in a temporary copy, start the
// dev server, open the review in Chromium, append a paragraph to that review's .mdx and time
// until the open page shows the new paragraph (file watcher, content store update, MDX
// recompile, the dev server's reload and the re-render included). Only the browser asks for
// the page, so the timing is not slowed by requests of our own; and only the new text ends
// the wait, never a reload that still shows the old version.
import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { makeSyntheticSite } from './synthetic-site.ts';

async function serverUp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > end) throw new Error(`dev server: ${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Resolves once the page's document contains `text`, following the page through reloads (each
 * reload destroys the document the wait runs in, so the wait starts again in the new one).
 * Reloads that still show the old version do not end it. It reads textContent, not innerText:
 * an appended paragraph lands in a review's last section, which the browser does not lay out
 * until the reader nears it (content-visibility: auto), and innerText leaves out what has no
 * layout, so the wait never ended and the bench printed this figure as failed.
 */
export async function waitForText(page: Page, text: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) throw new Error(`the page did not show "${text}" within ${timeoutMs} ms`);
    try {
      await page.waitForFunction((t) => document.body?.textContent.includes(t) ?? false, text, { timeout: left });
      return;
    } catch (e) {
      if (/Timeout/i.test((e as Error).message))
        throw new Error(`the page did not show "${text}" within ${timeoutMs} ms`, { cause: e });
      // "Execution context was destroyed": a reload is under way; wait in the next document
      await page.waitForLoadState('domcontentloaded').catch(() => undefined);
    }
  }
}

export async function measureDevEdit(
  projectRoot: string,
  port: number,
  chromePath: string,
  review = 'pangu-pi-pro',
): Promise<{ firstRenderMs: number; editMs: number; servedMs: number | undefined }> {
  const site = makeSyntheticSite(projectRoot, 0);
  const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site.root,
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await serverUp(`http://127.0.0.1:${port}/`, 180_000);
    const page = await browser.newPage();
    const t0 = performance.now();
    await page.goto(`http://127.0.0.1:${port}/reviews/${review}/`, { timeout: 180_000 });
    const firstRenderMs = performance.now() - t0;
    const marker = `벤치 편집 표식 ${Date.now()}`;
    // when the dev server first answered the page with the new text (the rest is the reload in the browser)
    let servedMs: number | undefined;
    const t1 = performance.now();
    page.on('response', (r) => {
      if (servedMs !== undefined || r.request().resourceType() !== 'document') return;
      const at = performance.now();
      r.text().then(
        (html) => {
          if (servedMs === undefined && html.includes(marker)) servedMs = at - t1;
        },
        () => undefined,
      );
    });
    appendFileSync(join(site.root, 'content/reviews', `${review}.mdx`), `\n\n${marker}\n`);
    await waitForText(page, marker, 180_000);
    const editMs = Math.round(performance.now() - t1);
    return {
      firstRenderMs: Math.round(firstRenderMs),
      editMs,
      servedMs: servedMs === undefined ? undefined : Math.round(servedMs),
    };
  } finally {
    await browser.close();
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    rmSync(site.root, { recursive: true, force: true });
  }
}
