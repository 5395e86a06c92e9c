import { normaliseBase } from './base-path.ts';

/** The address `npm start` serves: the build targets it when SITE_URL is unset. */
export const LOCAL_SITE_URL = 'http://localhost:4321';
/**
 * Where the site is published (origin only); canonical URLs, the sitemap and RSS are built
 * from it. Never a made-up host: without SITE_URL the build targets the local server.
 */
export const SITE_URL = process.env.SITE_URL?.trim() || LOCAL_SITE_URL;
export const SITE_URL_FROM_ENV = !!process.env.SITE_URL?.trim();
/** The path the site lives under ("/" or e.g. "/repo/" for a GitHub Pages project site). */
export const BASE_PATH = normaliseBase(process.env.BASE_PATH);
/** The site's address as readers see it, for source lines in files that travel (PNG, CSV, slides). */
export const SITE_ADDRESS = SITE_URL.replace(/\/+$/, '') + BASE_PATH;
/** "localhost:4321/charts/x/": a page's address as printed in source lines (no scheme). */
export function siteAddressLabel(path: string): string {
  return new URL(path, SITE_URL).href.replace(/^https?:\/\//, '');
}
/** The licence of the site's text (as the footer says). */
export const SITE_LICENCE = 'CC BY 4.0';
export const SITE_NAME = '논문 리뷰 노트';
export const SITE_DESCRIPTION =
  'LLM 논문(Qwen, Llama 2, DeepSeek LLM, PanGu-π Pro)을 깊이 읽는 한국어 리뷰와, 출처가 붙은 벤치마크 데이터·차트·검색.';

// The CSP and the other security headers live in security-headers.ts (one source for the meta
// tags and the generated _headers file).
export { CSP } from './security-headers.ts';
