// Pixel checks on PNGs (screenshots, exported slides), decoded by the browser itself.
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PixelCount {
  width: number;
  height: number;
  /** Pixels within `tolerance` of each colour (per channel), in the order asked. */
  counts: number[];
}

/** Decodes a PNG in the page and counts pixels matching each colour ("#rrggbb"). */
export async function countColours(page: Page, png: Buffer, colours: string[], tolerance = 6): Promise<PixelCount> {
  return page.evaluate(
    async ({ b64, colours, tolerance }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const counts = rgb.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        if (data[p + 3]! < 250) continue;
        rgb.forEach(([r, g, b], k) => {
          if (
            Math.abs(data[p]! - r!) <= tolerance &&
            Math.abs(data[p + 1]! - g!) <= tolerance &&
            Math.abs(data[p + 2]! - b!) <= tolerance
          )
            counts[k]! += 1;
        });
      }
      return { width: bmp.width, height: bmp.height, counts };
    },
    { b64: png.toString('base64'), colours, tolerance },
  );
}

/** A host on its own port (a different origin from the site under test): one page, or a file map. */
export async function serveHost(
  content: string | ((path: string) => { body: string | Buffer; type: string } | null),
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let r: { body: string | Buffer; type: string } | null;
    try {
      r =
        typeof content === 'string'
          ? { body: content, type: 'text/html; charset=utf-8' }
          : content(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A request the host cannot answer must still be answered, or the page's load never ends.
      r = null;
    }
    if (!r) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': r.type });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // close() alone waits for the browser's keep-alive sockets, which can outlive the test.
        server.closeAllConnections();
      }),
  };
}
