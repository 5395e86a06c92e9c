/** Where the site is published; canonical URLs, the sitemap and RSS are built from it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://paper-review-notes.example.org';
export const SITE_NAME = '논문 리뷰 노트';
export const SITE_DESCRIPTION =
  'LLM 논문(Qwen, Llama 2, DeepSeek LLM, PanGu-π Pro)을 깊이 읽는 한국어 리뷰와, 출처가 붙은 벤치마크 데이터·차트·검색.';

/**
 * Content-Security-Policy for every page (as a meta tag, and as a header in public/_headers):
 * only this origin, no inline or eval'd script (WebAssembly is allowed for Pagefind), inline
 * style attributes allowed for the build-time SVGs.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
