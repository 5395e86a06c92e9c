import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content/index.ts';
import { themedChartPaths, themedChartSvg } from '../../lib/chart-files.ts';

export const getStaticPaths = themedChartPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(themedChartSvg(params.id!, siteContent()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
