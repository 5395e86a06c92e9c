import type { APIRoute } from 'astro';
import { tableCsv, tableRoutes } from '../../../lib/table-files.ts';

export function getStaticPaths() {
  return tableRoutes().map((r) => ({ params: r }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(tableCsv(params.paper!, params.table!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
