// A small static file server that compresses like a real host (gzip level 6 for text, JS,
// JSON, SVG, wasm; already-compressed files such as PNG, fonts and Pagefind's gzip
// fragments as they are). The bench measures transfer and Lighthouse behind it, because
// `astro preview` does not compress and real hosts do.
//
// Also runnable: `node scripts/static-server.ts [dir] [port] [gzip|none]`.
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

export type Compression = 'gzip' | 'none';

export interface SentFile {
  path: string;
  /** Bytes of the response body as sent (compressed when encoding is gzip). */
  bodyBytes: number;
  encoding: 'gzip' | 'identity';
}

export interface StaticServer {
  url: string;
  port: number;
  compression: Compression;
  /** One line for reports, e.g. "gzip level 6 (text, JS, JSON, SVG, wasm)". */
  describe: string;
  /** Every response body sent, in order. */
  sent: SentFile[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
  '.wasm',
  '.otf',
  '.ttf',
  '.ico',
]);
export const GZIP_LEVEL = 6;

/** The file for a URL path under root, following the host conventions: /dir/ → dir/index.html. */
function resolveFile(root: string, urlPath: string): { file: string; redirect?: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const abs = normalize(join(root, decoded));
  if (abs !== root && !abs.startsWith(root + sep)) return undefined;
  try {
    const s = statSync(abs);
    if (s.isFile()) return { file: abs };
    if (s.isDirectory()) {
      if (!urlPath.endsWith('/')) return { file: '', redirect: `${urlPath}/` };
      statSync(join(abs, 'index.html'));
      return { file: join(abs, 'index.html') };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function startStaticServer(opts: {
  root: string;
  port: number;
  compression?: Compression;
  host?: string;
}): Promise<StaticServer> {
  const root = resolve(opts.root);
  const compression = opts.compression ?? 'gzip';
  // gzip once per file content, not per request; keyed by a digest of the bytes so a rebuilt
  // dist/ behind a long-running server never gets an earlier build's compressed body
  const gzCache = new Map<string, Buffer>();
  const sent: SentFile[] = [];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    let found = resolveFile(root, urlPath);
    let status = 200;
    if (found?.redirect) {
      res.writeHead(301, { Location: found.redirect, 'Content-Length': 0 });
      res.end();
      return;
    }
    if (!found) {
      status = 404;
      found = resolveFile(root, '/404.html');
      if (!found) {
        res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': 9 });
        sent.push({ path: urlPath, bodyBytes: 9, encoding: 'identity' });
        res.end('not found');
        return;
      }
    }
    const ext = extname(found.file).toLowerCase();
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const gzip = compression === 'gzip' && accepts && COMPRESSIBLE.has(ext);
    let body: Buffer = readFileSync(found.file);
    if (gzip) {
      const key = `${found.file}\0${createHash('sha1').update(body).digest('hex')}`;
      let z = gzCache.get(key);
      if (!z) {
        z = gzipSync(body, { level: GZIP_LEVEL });
        gzCache.set(key, z);
      }
      body = z;
    }
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && compression === 'gzip') headers.Vary = 'Accept-Encoding';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    sent.push({ path: urlPath, bodyBytes: body.length, encoding: gzip ? 'gzip' : 'identity' });
    res.end(body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      ok({
        url: `http://127.0.0.1:${port}`,
        port,
        compression,
        describe:
          compression === 'gzip'
            ? `gzip level ${GZIP_LEVEL} (HTML, CSS, JS, JSON, SVG, CSV, wasm, OTF); PNG, WOFF2, Pagefind fragments as stored`
            : 'no compression',
        sent,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.main) {
  const [dir = 'dist', port = '4401', compression = 'gzip'] = process.argv.slice(2);
  const s = await startStaticServer({ root: dir, port: Number(port), compression: compression as Compression });
  console.log(`serving ${dir} on ${s.url} — ${s.describe}`);
}
