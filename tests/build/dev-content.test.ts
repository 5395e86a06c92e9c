// `npm run dev` as an author uses it, in a copy of the site: a YAML edit reaches the page and the
// browser is told to reload; invalid content is reported in the terminal and in the browser's error
// overlay (Vite's HMR socket carries both), while the page keeps serving the last valid content;
// the fix is picked up in turn. An MDX edit is checked as well. Every wait is for a state (a socket
// message, a page, a log line).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, copyProject } from './project-copy.ts';

const PORT = 4437;
const ORIGIN = `http://localhost:${PORT}`;
const work = mkdtempSync(join(tmpdir(), 'prn-dev-'));
const caches = mkdtempSync(join(tmpdir(), 'prn-dev-caches-'));
const PAPER = join(work, 'content', 'papers', 'qwen.yaml');
let server: ChildProcess | undefined;
let socket: WebSocket | undefined;
let log = '';
const messages: { type: string; err?: { message: string } }[] = [];
const HTML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

/** Resolves once `ready()` holds, checking every 100 ms; fails with `what` after `ms`. */
async function until<T>(what: string, ready: () => Promise<T | undefined> | T | undefined, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await ready();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- dev server output ---\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function page(path: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const res = await fetch(ORIGIN + path);
    return { status: res.status, text: await res.text() };
  } catch {
    return undefined; // not listening yet
  }
}

/** Astro's overlay payload carries the message as HTML. */
const plain = (html: string) => html.replace(/&lt;|&gt;|&quot;|&amp;/g, (e) => HTML_ENTITIES[e]!);

/**
 * The next HMR message of `type` (an `error` holding `text`, if given) after the ones already seen.
 * A save can reach the server in steps (the file truncated, then written), and a step may be
 * reported on its own: the wait is for the message about the whole file.
 */
function nextMessage(type: string, text?: string): () => { type: string; err?: { message: string } } | undefined {
  const seen = messages.length;
  return () =>
    messages
      .slice(seen)
      .find((m) => m.type === type && (text === undefined || plain(m.err?.message ?? '').includes(text)));
}

beforeAll(async () => {
  copyProject(work);
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT)], {
    cwd: work,
    // its own Vite and Astro caches, outside the watched project: another Astro process may run on
    // the same node_modules at the same time (astro.config.ts, PRN_CACHE_DIR)
    env: childEnv({ PRN_CACHE_DIR: caches }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const s of [server.stdout!, server.stderr!]) s.on('data', (c: Buffer) => (log += c.toString()));
  await until('the dev server to serve /papers/qwen/', async () =>
    (await page('/papers/qwen/'))?.status === 200 ? true : undefined,
  );
  // the socket a browser tab opens (Vite's client script names its token)
  const client = (await page('/@vite/client'))!.text;
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  expect(token, 'Vite client script without a socket token').toBeTruthy();
  socket = new WebSocket(`ws://localhost:${PORT}/?token=${token}`, 'vite-hmr');
  socket.onmessage = (m) => messages.push(JSON.parse(String(m.data)) as (typeof messages)[number]);
  await until('the HMR socket', () => messages.find((m) => m.type === 'connected'));
}, 200_000);

afterAll(() => {
  socket?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
});

describe('npm run dev picks up content edits', () => {
  it('a YAML edit reloads the page with it; invalid content is reported while the page keeps the last valid one', async () => {
    const original = readFileSync(PAPER, 'utf8');
    expect(original).toMatch(/^shortTitle: Qwen 기술 보고서$/m);
    expect((await page('/papers/qwen/'))!.text).not.toContain('Qwen 기술 보고서 개정판');

    // a valid edit: the browser is told to reload, and the page has the new value
    let reload = nextMessage('full-reload');
    const edited = original.replace(/^shortTitle: .*$/m, 'shortTitle: Qwen 기술 보고서 개정판');
    writeFileSync(PAPER, edited);
    await until('a reload after the edit', reload);
    expect((await page('/papers/qwen/'))!.text).toContain('Qwen 기술 보고서 개정판');

    // invalid content: the validator's message in the browser's overlay and in the terminal
    const arxiv = 'content/papers/qwen.yaml → arxiv: an arXiv id such as 2309.16609';
    const error = nextMessage('error', arxiv);
    writeFileSync(PAPER, edited.replace(/^arxiv: .*$/m, 'arxiv: not-an-id'));
    await until(`"${arxiv}" in the browser`, error);
    await until(`"${arxiv}" in the terminal`, () => (log.includes(arxiv) ? true : undefined));
    const meanwhile = (await page('/papers/qwen/'))!;
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.text).toContain('Qwen 기술 보고서 개정판'); // the last valid content, not a broken page
    expect(meanwhile.text).not.toContain('not-an-id');

    // the fix is picked up in turn
    reload = nextMessage('full-reload');
    writeFileSync(PAPER, original);
    await until('a reload after the fix', reload);
    const fixed = (await page('/papers/qwen/'))!.text;
    expect(fixed).not.toContain('개정판');
    expect(fixed).toContain('Qwen 기술 보고서');
  }, 200_000);

  it('an MDX edit is checked too, once Astro has rendered it: an unknown concept id is named with file and line', async () => {
    const file = join(work, 'content', 'reviews', 'qwen.mdx');
    const original = readFileSync(file, 'utf8');
    const line = original.split('\n').length + 1; // after the file's last line: a blank line, then the paragraph
    const concept = `content/reviews/qwen.mdx:${line} → <Concept id>: a concept id from content/concepts/, got "nope"`;
    const error = nextMessage('error', concept);
    writeFileSync(file, `${original}\n새 문단입니다. <Concept id="nope">없는 개념</Concept>\n`);
    await until(`"${concept}" in the browser`, error);
    const okBefore = log.split('content ok after change content/reviews/qwen.mdx').length;
    writeFileSync(file, original);
    await until('the check to pass again', () =>
      log.split('content ok after change content/reviews/qwen.mdx').length > okBefore ? true : undefined,
    );
    expect((await page('/reviews/qwen/'))!.status).toBe(200);
  }, 200_000);
});
