import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry.ts';
import { chartCsvExport } from '../../build/exports.ts';

export function getStaticPaths() {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartCsvExport(params.id!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
