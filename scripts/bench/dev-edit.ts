// `npm run dev` after a one-review edit: in a temporary copy, start the dev server, render
// a review once, then append a paragraph to that review's .mdx and time until the served
// page contains it (file watcher, content store update and re-render included).
import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeSyntheticSite } from './synthetic-site.ts';

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const r = await fetch(url);
    return r.ok ? await r.text() : undefined;
  } catch {
    return undefined;
  }
}

async function poll(url: string, ok: (html: string) => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const html = await fetchText(url);
    if (html !== undefined && ok(html)) return;
    if (Date.now() > end)
      throw new Error(`dev server: ${url} did not show the expected content within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function measureDevEdit(
  projectRoot: string,
  port: number,
  review = 'pangu-pi-pro',
): Promise<{ firstRenderMs: number; editMs: number }> {
  const site = makeSyntheticSite(projectRoot, 0);
  const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site.root,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/reviews/${review}/`;
  try {
    await poll(`http://127.0.0.1:${port}/`, () => true, 180_000);
    const t0 = performance.now();
    await poll(url, (h) => h.includes('</html>'), 180_000);
    const firstRenderMs = performance.now() - t0;
    const marker = `벤치 편집 표식 ${Date.now()}`;
    const t1 = performance.now();
    appendFileSync(join(site.root, 'content/reviews', `${review}.mdx`), `\n\n${marker}\n`);
    await poll(url, (h) => h.includes(marker), 180_000);
    return { firstRenderMs: Math.round(firstRenderMs), editMs: Math.round(performance.now() - t1) };
  } finally {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    rmSync(site.root, { recursive: true, force: true });
  }
}
