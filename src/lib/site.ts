/** Where the site is published; canonical URLs, the sitemap and RSS are built from it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://paper-review-notes.example.org';
export const SITE_NAME = '논문 리뷰 노트';
export const SITE_DESCRIPTION =
  'LLM 논문(Qwen, Llama 2, DeepSeek LLM, PanGu-π Pro)을 깊이 읽는 한국어 리뷰와, 출처가 붙은 벤치마크 데이터·차트·검색.';

// The CSP and the other security headers live in security-headers.ts (one source for the meta
// tags and the generated _headers file).
export { CSP } from './security-headers.ts';
