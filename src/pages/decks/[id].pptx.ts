import type { APIRoute } from 'astro';
import { siteContent } from '../../build/content.ts';
import { reviewPack } from '../../build/deck-packs.ts';

// Each review's ready-made slide pack: its charts as native PowerPoint charts and its key tables.
export function getStaticPaths() {
  return siteContent().reviews.map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await reviewPack(params.id!)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
