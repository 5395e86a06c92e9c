// Counts what the browser itself reports as transferred: for every finished request of the
// page, its dedicated workers included (Pagefind fetches its wasm, index and fragments in a
// worker), the compressed body and header bytes that Chromium received (Playwright's
// request.sizes(), from CDP loadingFinished.encodedDataLength minus the headers). Each
// request's sizes are stored under that request and summed only when read, so parallel
// responses cannot overwrite each other's additions (the old
// `total += (await r.body()).length` did, and counted uncompressed bytes).
import type { Page, Request } from '@playwright/test';

export interface TransferEntry {
  url: string;
  /** Playwright resource type: document, script, stylesheet, font, image, fetch, xhr, other … */
  type: string;
  /** Compressed body bytes as received. */
  bodyBytes: number;
  /** Response header bytes. */
  headerBytes: number;
}

export interface TransferCounter {
  /** Every request finished since start (or the last reset), once its sizes are known. */
  entries(): Promise<TransferEntry[]>;
  /** Sum of compressed body bytes, optionally of some entries only. */
  bodyBytes(filter?: (e: TransferEntry) => boolean): Promise<number>;
  /** Requests started and not yet finished or failed. */
  inFlight(): number;
  /** Resolves once no request has been in flight for `quietMs`, counted from this call (measures.md: 1 s after load). */
  waitForQuiet(quietMs: number, timeoutMs?: number): Promise<void>;
  /** Forget what finished so far; requests still in flight count when they finish. */
  reset(): void;
  stop(): void;
}

export function startTransferCounter(page: Page): TransferCounter {
  let finished = new Map<Request, Promise<TransferEntry>>();
  const pending = new Set<Request>();
  let lastActivity = Date.now();
  const onRequest = (r: Request) => {
    pending.add(r);
    lastActivity = Date.now();
  };
  const onFinished = (r: Request) => {
    pending.delete(r);
    lastActivity = Date.now();
    if (r.url().startsWith('data:')) return;
    finished.set(
      r,
      Promise.all([r.sizes(), r.response()]).then(([s, res]) => ({
        url: r.url(),
        type: r.resourceType(),
        // Chromium reports 0 for a dedicated worker's own script; its Content-Length (the
        // compressed size, always sent by the bench's server) stands in for it
        bodyBytes: s.responseBodySize || Number(res?.headers()['content-length'] ?? 0),
        headerBytes: s.responseHeadersSize,
      })),
    );
  };
  const onFailed = (r: Request) => {
    pending.delete(r);
    lastActivity = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);

  const entries = () => Promise.all(finished.values());
  return {
    entries,
    bodyBytes: async (filter) => (await entries()).filter(filter ?? (() => true)).reduce((n, e) => n + e.bodyBytes, 0),
    inFlight: () => pending.size,
    async waitForQuiet(quietMs, timeoutMs = 60_000) {
      const since = Date.now();
      const end = since + timeoutMs;
      for (;;) {
        const idleFor = Date.now() - Math.max(lastActivity, since);
        if (pending.size === 0 && idleFor >= quietMs) return;
        if (Date.now() > end) throw new Error(`network not quiet after ${timeoutMs} ms (${pending.size} in flight)`);
        await new Promise((r) => setTimeout(r, pending.size ? 50 : Math.max(10, quietMs - idleFor)));
      }
    },
    reset() {
      finished = new Map();
    },
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
    },
  };
}

/** A first visit as measures.md defines it (fresh context = empty cache): navigate, wait for `load`, then for 1 s of network quiet. */
export async function firstVisit(page: Page, url: string, quietMs = 1000): Promise<TransferCounter> {
  const counter = startTransferCounter(page);
  await page.goto(url, { waitUntil: 'load' });
  await counter.waitForQuiet(quietMs);
  return counter;
}

export const isScript = (e: TransferEntry) => e.type === 'script' || /\.m?js(\?|$)/.test(new URL(e.url).pathname);
