import type { APIRoute } from 'astro';
import { themedChartPaths } from '../../build/chart-files.ts';
import { chartPngExport } from '../../build/exports.ts';

export const getStaticPaths = themedChartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await chartPngExport(params.id!)), { headers: { 'Content-Type': 'image/png' } });
