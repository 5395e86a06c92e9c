// Counts what the browser itself reports as transferred, through the Chrome DevTools
// Protocol: per response the bytes received on the wire (loadingFinished.encodedDataLength)
// split into headers and compressed body. (Network.dataReceived alone misses the navigation
// document, which arrives through another path.) Every event handler is synchronous, so parallel responses cannot
// overwrite each other's additions (the old `total += (await r.body()).length` did, and
// counted uncompressed bytes).
import type { CDPSession, Page } from '@playwright/test';

export interface TransferEntry {
  url: string;
  /** CDP resource type: Document, Script, Stylesheet, Font, Image, Fetch, XHR, Other … */
  type: string;
  /** Compressed body bytes as received: loadingFinished.encodedDataLength minus the response
   * headers (response.encodedDataLength); while loading, the Network.dataReceived sum so far. */
  bodyBytes: number;
  /** Response header bytes. */
  headerBytes: number;
  /** Body plus response headers as received (loadingFinished.encodedDataLength). */
  wireBytes: number;
  finished: boolean;
}

export interface TransferCounter {
  /** Entries of every request seen since start (or the last reset). */
  entries(): TransferEntry[];
  /** Sum of compressed body bytes, optionally of one resource type. */
  bodyBytes(filter?: (e: TransferEntry) => boolean): number;
  /** Requests started and not yet finished or failed. */
  inFlight(): number;
  /** Resolves once no request has been in flight for `quietMs` (measures.md: 1 s after load). */
  waitForQuiet(quietMs: number, timeoutMs?: number): Promise<void>;
  reset(): void;
  stop(): Promise<void>;
}

export async function startTransferCounter(page: Page): Promise<TransferCounter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let entries = new Map<string, TransferEntry>();
  const pending = new Set<string>();
  let lastActivity = Date.now();
  const touch = () => {
    lastActivity = Date.now();
  };
  const entry = (id: string): TransferEntry => {
    let e = entries.get(id);
    if (!e) {
      e = { url: '', type: 'Other', bodyBytes: 0, headerBytes: 0, wireBytes: 0, finished: false };
      entries.set(id, e);
    }
    return e;
  };
  cdp.on('Network.requestWillBeSent', (ev) => {
    // a redirect reuses the request id: the redirect response is finished, the new request starts
    const e = entry(ev.requestId);
    e.url = ev.request.url;
    e.type = ev.type ?? e.type;
    pending.add(ev.requestId);
    touch();
  });
  cdp.on('Network.responseReceived', (ev) => {
    const e = entry(ev.requestId);
    e.type = ev.type;
    e.url = ev.response.url;
    e.headerBytes = ev.response.encodedDataLength;
    touch();
  });
  cdp.on('Network.dataReceived', (ev) => {
    const e = entry(ev.requestId);
    if (!e.finished) e.bodyBytes += ev.encodedDataLength;
    touch();
  });
  cdp.on('Network.loadingFinished', (ev) => {
    const e = entry(ev.requestId);
    e.wireBytes = ev.encodedDataLength;
    e.bodyBytes = Math.max(0, ev.encodedDataLength - e.headerBytes);
    e.finished = true;
    pending.delete(ev.requestId);
    touch();
  });
  cdp.on('Network.loadingFailed', (ev) => {
    entry(ev.requestId).finished = true;
    pending.delete(ev.requestId);
    touch();
  });
  await cdp.send('Network.enable');
  // Cache empty: a first visit.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  const list = () => [...entries.values()].filter((e) => e.url && !e.url.startsWith('data:'));
  return {
    entries: list,
    bodyBytes: (filter) => list()
      .filter(filter ?? (() => true))
      .reduce((n, e) => n + e.bodyBytes, 0),
    inFlight: () => pending.size,
    async waitForQuiet(quietMs, timeoutMs = 60_000) {
      const since = Date.now(); // quiet is counted from this call (the load event), not before it
      const end = since + timeoutMs;
      for (;;) {
        const idleFor = Date.now() - Math.max(lastActivity, since);
        if (pending.size === 0 && idleFor >= quietMs) return;
        if (Date.now() > end) throw new Error(`network not quiet after ${timeoutMs} ms (${pending.size} in flight)`);
        await new Promise((r) => setTimeout(r, pending.size ? 50 : Math.max(10, quietMs - idleFor)));
      }
    },
    reset() {
      // requests still loading stay, counted from now on
      entries = new Map([...entries].filter(([id]) => pending.has(id)).map(([id, e]) => [id, { ...e, bodyBytes: 0, headerBytes: e.headerBytes + e.bodyBytes }]));
    },
    async stop() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** A first visit as measures.md defines it: navigate, wait for `load`, then for 1 s of network quiet. */
export async function firstVisit(page: Page, url: string, quietMs = 1000): Promise<TransferCounter> {
  const counter = await startTransferCounter(page);
  await page.goto(url, { waitUntil: 'load' });
  await counter.waitForQuiet(quietMs);
  return counter;
}

export const isScript = (e: TransferEntry) => e.type === 'Script';
