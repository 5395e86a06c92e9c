// The security policy as a reader's browser gets it (the CSP's directives), and the generated
// `_headers`, which must mean the same on Cloudflare Pages (comma-joins a header set by two
// matching rules) and Netlify (a later match overrides): so no header name may be set by two rules
// that can match one path, and embeds must carry only their own policy.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, headersFor } from '../e2e/host-server.ts';
import {
  COMMON_HEADERS,
  CSP,
  EMBED_CSP,
  EMBED_HEADERS,
  FRAMING_HEADERS,
  headerRules,
  headersFile,
  type TopLevelEntry,
} from '../../src/lib/security-headers.ts';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init.ts';

const dir = (name: string): TopLevelEntry => ({ name, isDirectory: true });
const file = (name: string): TopLevelEntry => ({ name, isDirectory: false });
const BUILD = [
  dir('_astro'),
  dir('charts'),
  dir('embed'),
  dir('pagefind'),
  dir('reviews'),
  dir('search'),
  file('index.html'),
  file('404.html'),
  file('rss.xml'),
  file('favicon.svg'),
];
const text = headersFile(headerRules(BUILD));
const rules = parseHeadersFile(text);

describe('headerRules', () => {
  it('writes no detach line, which Netlify cannot read', () => {
    expect(text).not.toMatch(/^\s+!/m);
  });

  it.each([
    '/',
    '/index.html',
    '/404.html',
    '/reviews/qwen/',
    '/search/',
    '/charts/qwen-long-context-ppl/',
    '/embed/x/',
    '/_astro/a.js',
    '/pagefind/pagefind.js',
    '/rss.xml',
  ])('sets each header at most once for %s', (path) => {
    const names = rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.set.map(([n]) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['cloudflare', 'netlify'] as const)('gives pages and embeds the same policy on %s', (host) => {
    for (const page of ['/', '/index.html', '/404.html', '/reviews/qwen/', '/search/', '/charts/x/']) {
      const h = headersFor(rules, page, host);
      expect(h.get('content-security-policy'), page).toBe(`${CSP}; frame-ancestors 'self'`);
      expect(h.get('x-frame-options'), page).toBe('SAMEORIGIN');
      expect(h.get('x-content-type-options'), page).toBe('nosniff');
    }
    const embed = headersFor(rules, '/embed/qwen-long-context-ppl/', host);
    expect(embed.get('content-security-policy')).toBe(`${EMBED_CSP}; frame-ancestors * file: data:`);
    expect(embed.get('x-frame-options')).toBeNull();
    expect(embed.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets embeds fetch scripts and chart files cross-origin, and never frames asset folders', () => {
    expect(headersFor(rules, '/_astro/a.js').get('access-control-allow-origin')).toBe('*');
    expect(headersFor(rules, '/charts/x.svg').get('access-control-allow-origin')).toBe('*');
    expect(headersFor(rules, '/_astro/a.js').get('x-frame-options')).toBeNull();
    expect(headersFor(rules, '/pagefind/pagefind.js').get('content-security-policy')).toBeNull();
  });

  it('refuses a detach line in Netlify mode, as Netlify does', () => {
    const old = parseHeadersFile('/*\n  X-Frame-Options: SAMEORIGIN\n\n/embed/*\n  ! X-Frame-Options\n');
    expect(() => headersFor(old, '/embed/x/', 'netlify')).toThrow(/Netlify has no/);
    expect(headersFor(old, '/embed/x/', 'cloudflare').get('x-frame-options')).toBeNull();
  });
});

/** Directive name → its tokens. */
function parse(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );
}

describe('content security policy', () => {
  it('site pages: scripts from the site, the theme script by its hash, WebAssembly for search, nothing else', () => {
    const p = parse(CSP);
    const themeHash = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}'`;
    expect(p.get('script-src')).toEqual(["'self'", themeHash, "'wasm-unsafe-eval'"]);
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'self'"]);
    expect(p.get('form-action')).toEqual(["'self'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('font-src')).toEqual(["'self'"]);
  });
  it('embeds: no WebAssembly, framable from anywhere (and from decks opened as files)', () => {
    expect(parse(EMBED_CSP).get('script-src')).toEqual(["'self'"]);
    expect(parse(EMBED_HEADERS['Content-Security-Policy']!).get('frame-ancestors')).toEqual(['*', 'file:', 'data:']);
  });
  it('site pages are framed only by the site', () => {
    expect(parse(FRAMING_HEADERS['Content-Security-Policy']!).get('frame-ancestors')).toEqual(["'self'"]);
    expect(FRAMING_HEADERS['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(COMMON_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
