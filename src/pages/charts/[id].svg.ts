import type { APIRoute } from 'astro';
import { themedChartPaths } from '../../build/chart-files.ts';
import { chartSvgExport } from '../../build/exports.ts';

export const getStaticPaths = themedChartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartSvgExport(params.id!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
