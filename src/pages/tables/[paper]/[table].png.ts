import type { APIRoute } from 'astro';
import { tableRoutes } from '../../../build/table-files.ts';
import { tablePngExport } from '../../../build/exports.ts';

export function getStaticPaths() {
  return tableRoutes().map((r) => ({ params: r }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await tablePngExport(params.paper!, params.table!)), {
    headers: { 'Content-Type': 'image/png' },
  });
