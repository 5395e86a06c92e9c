import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import tailwindcss from '@tailwindcss/vite';
import { rehypeHeadingAnchors } from './src/lib/markdown/rehype-heading-anchors.ts';
import { rehypeAccessibleBlocks } from './src/lib/markdown/rehype-accessible-blocks.ts';
import { rehypeSections } from './src/lib/markdown/rehype-sections.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
// issue 12: Pagefind as a build step (after the pages are written)
import { searchIndex } from './src/integrations/search-index.ts';
import { KATEX_OPTIONS } from './src/lib/markdown/katex-options.ts';
import { SITE_URL, SITE_URL_FROM_ENV, BASE_PATH, LOCAL_SITE_URL } from './src/lib/site.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
// --- review weight (#19): MathML-only formulas ---
import { rehypeMathml } from './src/lib/markdown/rehype-mathml.ts';

// One line, so nobody ships links to a host that does not exist by accident.
if (!SITE_URL_FROM_ENV && !process.env.PRN_SITE_URL_NOTED) {
  process.env.PRN_SITE_URL_NOTED = '1';
  console.log(
    `SITE_URL is not set: links, feed and sitemap target ${LOCAL_SITE_URL}${BASE_PATH} (set SITE_URL, and BASE_PATH for a sub-path, to publish).`,
  );
}

// Astro processes that run at once on one node_modules/ (`npm test` runs astro check beside the
// build; the build tests build copies of the project, whose node_modules is a link to this one)
// must not share their caches. Vite pre-bundles dependencies into a temporary folder renamed into
// place (ENOTEMPTY on node_modules/.vite/deps, seen once in a CI run), and Astro writes its content
// store to data-store.json.tmp and renames it (ENOENT on that rename failed a CI build while astro
// check synced the same content). PRN_CACHE_DIR gives a process its own folder for both; unset,
// Astro's and Vite's defaults are kept.
const OWN_CACHE = process.env.PRN_CACHE_DIR;

export default defineConfig({
  ...(OWN_CACHE ? { cacheDir: join(OWN_CACHE, 'astro') } : {}),
  site: SITE_URL,
  base: BASE_PATH,
  output: 'static',
  trailingSlash: 'always',
  // CSS inlined: one round trip less before first paint on slow mobile links (Lighthouse FCP).
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // issue 12: pages are generated four at a time, so the PNG exports (three quarters of a cold
    // build, rasterised on libuv's thread pool by src/build/raster.ts) use every core.
    concurrency: 4,
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, KATEX_OPTIONS],
        rehypeMathml,
        rehypeHeadingAnchors,
        rehypeAccessibleBlocks,
        rehypeSections,
        [rehypeBaseLinks, { base: BASE_PATH }],
      ],
    }),
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  integrations: [contentCheck(), mdx(), sitemap(), securityHeaders(), searchIndex()],
  // No inline scripts but the theme script (its hash is in the CSP): every other script is a file.
  // Workers as ES modules: the tokenizer worker imports its tokenizers lazily (code-split chunks).
  vite: {
    plugins: [tailwindcss()],
    ...(OWN_CACHE ? { cacheDir: join(OWN_CACHE, 'vite') } : {}),
    build: {
      assetsInlineLimit: 0,
      // Rolldown warns once per MDX file (40 code frames, 380 log lines a build) that it may not keep
      // the "use astro:head-inject" marker Astro itself writes; Astro reads it before bundling
      // (withastro/astro#18087, open). Only that warning is dropped: any other still prints.
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    worker: { format: 'es' },
  },
});
