import type { APIRoute } from 'astro';
import { siteContent } from '../../build/content.ts';
import { reviewPackExport } from '../../build/exports.ts';

// Each review's ready-made slide pack: its charts as native PowerPoint charts and its key tables.
export function getStaticPaths() {
  return siteContent().reviews.map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await reviewPackExport(params.id!)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
