// A static server for tests that applies `_headers` the way Cloudflare Pages or Netlify does, because
// `astro preview` ignores the file. Semantics, as documented at
// https://developers.cloudflare.com/pages/configuration/headers/ ("An incoming request which
// matches multiple rules' URL patterns will inherit all rules' headers"; a header set twice is
// joined with a comma; "! Name" detaches a header set by a broader rule; `*` is a splat and
// `:name` a placeholder) and as the asset server implements them
// (cloudflare/workers-sdk packages/workers-shared/asset-worker/src/utils/headers.ts): matching
// rules apply in file order, each first removing its detached headers, then setting its own
// (appending when an earlier rule already set that name).
//
// Netlify reads the same file without the detach syntax, and a later matching rule overrides a
// header an earlier one set (netlify/cli src/utils/headers.mjs `headersForPath`:
// `Object.assign({}, ...matchingHeaders)`; the same in netlify/primitives
// packages/headers/src/lib/headersForPath.ts). A line without "Name: value" is a syntax error
// there (netlify/build packages/headers-parser), so the Netlify mode refuses `!` lines.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export interface Rule {
  pattern: RegExp;
  detach: string[];
  set: Array<[string, string]>;
}

export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const src = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '(.*)' : part.startsWith(':') ? '([^/]+)' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${src}$`), detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const t = line.trim();
    if (t.startsWith('!')) rule.detach.push(t.slice(1).trim());
    else {
      const i = t.indexOf(':');
      rule.set.push([t.slice(0, i).trim(), t.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export type Host = 'cloudflare' | 'netlify';

export function headersFor(rules: readonly Rule[], path: string, host: Host = 'cloudflare'): Headers {
  const headers = new Headers();
  if (host === 'netlify') {
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      if (rule.detach.length)
        throw new Error(`_headers: Netlify has no "! ${rule.detach[0]}" syntax (rule ${rule.pattern})`);
      for (const [name, value] of rule.set) headers.set(name, value);
    }
    return headers;
  }
  const setByRules = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      if (setByRules.has(name.toLowerCase())) headers.append(name, value);
      else {
        headers.set(name, value);
        setByRules.add(name.toLowerCase());
      }
    }
  }
  return headers;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** Serves `root` on `port`, with `_headers` applied as `host` applies it when `root` has one. */
export function serveLikeHost(root: string, port: number, host: Host): Promise<Server> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || path.endsWith('/_headers')) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(root, '404.html'));
    const headers = headersFor(rules, path, host);
    headers.set('Content-Type', TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream');
    res.writeHead(found ? 200 : 404, Object.fromEntries(headers));
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
