// The security policy as a reader's browser gets it: scripts only from the site, nothing inline,
// no eval (WebAssembly only where search runs), no plugins, and framing rules per page kind.
import { describe, expect, it } from 'vitest';
import { CSP, EMBED_CSP, EMBED_HEADERS, SITE_HEADERS, cloudflareHeadersFile } from '../../src/lib/security-headers.ts';

/** Directive name → its tokens. */
function parse(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
}

describe('content security policy', () => {
  it('site pages: scripts from the site plus WebAssembly for search, nothing else', () => {
    const p = parse(CSP);
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
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
    expect(parse(SITE_HEADERS['Content-Security-Policy']!).get('frame-ancestors')).toEqual(["'self'"]);
    expect(SITE_HEADERS['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(SITE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
  it('the _headers file detaches the site policy on embeds instead of adding a second one', () => {
    const file = cloudflareHeadersFile();
    const embed = file.slice(file.indexOf('/embed/*'));
    expect(embed).toMatch(/^\/embed\/\*\n {2}! Content-Security-Policy\n {2}! X-Frame-Options\n/);
  });
});
