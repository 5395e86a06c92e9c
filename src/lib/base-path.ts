// The one place a site path gets the base path the site is served under (GitHub Pages
// project sites live under /<repo>/). Code writes root-absolute paths ("/charts/x/") and
// passes them through withBase(); Vite replaces import.meta.env.BASE_URL with Astro's
// `base` in pages and client scripts. Node scripts pass the base explicitly.
const ENV_BASE = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** "/repo" · "repo/" · "" → "/repo/" or "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** "/charts/x/" → "/repo/charts/x/"; anything not root-absolute (https:, #x, //host) is kept. */
export function withBase(path: string, base: string = ENV_BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  return b === '/' || path.startsWith(b) ? path : b + path.slice(1);
}

/** The inverse, for comparing the current location with site paths. */
export function withoutBase(pathname: string, base: string = ENV_BASE): string {
  const b = normaliseBase(base);
  return b !== '/' && pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
}
