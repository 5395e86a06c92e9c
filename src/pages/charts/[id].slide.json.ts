import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry.ts';
import { siteContent } from '../../build/content.ts';
import { chartSlideSource, mustChart } from '../../build/chart-files.ts';

// What the chart page's in-browser slide export needs (every view, both themes); fetched
// only when a reader exports.
export function getStaticPaths() {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(chartSlideSource(mustChart(params.id!), siteContent())), {
    headers: { 'Content-Type': 'application/json' },
  });
