import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry.ts';
import { siteContent } from '../../lib/content/index.ts';
import { chartCsvFile, mustChart } from '../../lib/chart-files.ts';

export function getStaticPaths() {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsvFile(mustChart(params.id!), siteContent()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
