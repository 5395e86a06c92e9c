import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// reveal.js itself, self-hosted for the deck builder's offline HTML deck (fetched only when used).
const FILES = { 'reveal.js': 'reveal.js/dist/reveal.js', 'reveal.css': 'reveal.js/dist/reveal.css' } as const;

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const path = createRequire(import.meta.url).resolve(FILES[params.file as keyof typeof FILES]);
  return new Response(readFileSync(path, 'utf8'), {
    headers: { 'Content-Type': params.file!.endsWith('.css') ? 'text/css' : 'text/javascript' },
  });
};
