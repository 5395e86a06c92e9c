import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { chartThumbExport } from '../../../build/exports.ts';

// The /charts/ catalogue's small pictures (640×360 PNG of the default view), through the export cache.
export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await chartThumbExport(params.id!)), { headers: { 'Content-Type': 'image/png' } });
