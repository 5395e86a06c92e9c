// The one source of the site's security policy. The <meta> tags in every page (Base.astro, the
// embed page) and the generated `_headers` file (src/integrations/security-headers.ts) come
// from here, so the header and the meta policy cannot drift apart.
//
// Why 'unsafe-inline' stays in style-src: every page carries inline <style> elements (Astro
// inlines its CSS with build.inlineStylesheets 'always' for first paint, plus the chart theme),
// and KaTeX and the build-time SVGs use style="" attributes. Dropping it would need a hash per
// inline block in every page's meta and, site-wide, in `_headers` (Cloudflare limits a line to
// 2,000 characters). Scripts are the dangerous part: files from the site, plus the one inline theme
// script allowed by its hash (theme-init.ts); no other inline script, no eval.

import { THEME_INIT_HASH } from './theme-init.ts';

type Policy = Record<string, string[]>;

const SITE_POLICY: Policy = {
  'default-src': ["'self'"],
  // The theme script's hash: the only inline script (theme-init.ts says why it is inline).
  // 'wasm-unsafe-eval': Pagefind's search runs WebAssembly; no JavaScript eval is allowed.
  'script-src': ["'self'", THEME_INIT_HASH, "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Embeds run no search (no WebAssembly) and set their theme from the URL in a file (embed-init.js). */
const EMBED_POLICY: Policy = { ...SITE_POLICY, 'script-src': ["'self'"] };

const serialise = (p: Policy) =>
  Object.entries(p)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');

/** For <meta http-equiv="Content-Security-Policy">: browsers ignore frame-ancestors there, so it is left out. */
export const CSP = serialise(SITE_POLICY);
export const EMBED_CSP = serialise(EMBED_POLICY);

/** Also a <meta name="referrer">, for hosts that ignore `_headers` (GitHub Pages). */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Headers for every response, embeds included. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** The policy of every page except embeds: framing only by this site. */
export const FRAMING_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'self'`,
  'X-Frame-Options': 'SAMEORIGIN',
};

/**
 * The policy of /embed/*: frameable from any site, and from decks opened as files —
 * `frame-ancestors *` matches only network schemes, so file: and data: are listed.
 */
export const EMBED_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${EMBED_CSP}; frame-ancestors * file: data:`,
};

export interface HeaderRule {
  path: string;
  set: Record<string, string>;
}

/** One entry at the top of the build output. */
export interface TopLevelEntry {
  name: string;
  isDirectory: boolean;
}

const EMBED_DIR = 'embed';
/** Paths whose files are fetched cross-origin by embeds (module scripts in opaque-origin frames, chart files). */
const CORS_DIRS: Record<string, Record<string, string>> = {
  _astro: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=31536000, immutable' },
  charts: { 'Access-Control-Allow-Origin': '*' },
};

/**
 * The header rules for a build whose top level holds `entries`.
 *
 * Hosts merge overlapping rules differently: Cloudflare Pages joins a header set by two
 * matching rules with a comma unless the narrower rule detaches it (`! Name`), Netlify has no
 * detach and lets a later match override. So no header name is ever set by two rules that can
 * match the same path: the common headers go to `/*`, and the framing policy goes to every
 * top-level page path except `/embed/`, one rule each. The same file then means the same thing
 * on both hosts, and an embed carries only its own policy.
 */
export function headerRules(entries: readonly TopLevelEntry[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', set: COMMON_HEADERS }];
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name));
  for (const e of sorted) {
    if (e.isDirectory && e.name === EMBED_DIR) rules.push({ path: `/${EMBED_DIR}/*`, set: EMBED_HEADERS });
    else if (e.isDirectory) {
      const cors = CORS_DIRS[e.name];
      // Asset folders hold no page: they get their cache and CORS headers, not a framing policy.
      const page = e.name !== '_astro' && e.name !== 'pagefind';
      if (page || cors) rules.push({ path: `/${e.name}/*`, set: { ...(page ? FRAMING_HEADERS : {}), ...cors } });
    } else if (e.name.endsWith('.html')) {
      if (e.name === 'index.html') rules.push({ path: '/', set: FRAMING_HEADERS });
      rules.push({ path: `/${e.name}`, set: FRAMING_HEADERS });
    }
  }
  return rules;
}

/**
 * The rules in `_headers` syntax, read alike by Cloudflare Pages
 * (https://developers.cloudflare.com/pages/configuration/headers/) and Netlify
 * (https://docs.netlify.com/manage/routing/headers/): no detach lines, no overlapping names.
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((r) => [r.path, ...Object.entries(r.set).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `# Generated by src/integrations/security-headers.ts from src/lib/security-headers.ts; do not edit.\n${blocks.join('\n\n')}\n`;
}
