import type { APIRoute } from 'astro';
import { tableRoutes } from '../../../build/table-files.ts';
import { tableCsvExport } from '../../../build/exports.ts';

export function getStaticPaths() {
  return tableRoutes().map((r) => ({ params: r }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await tableCsvExport(params.paper!, params.table!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
