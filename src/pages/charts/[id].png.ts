import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content/index.ts';
import { themedChartPaths, themedChartSvg } from '../../lib/chart-files.ts';
import { svgToPng } from '../../lib/raster.ts';

export const getStaticPaths = themedChartPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(themedChartSvg(params.id!, siteContent()), 1).png), { headers: { 'Content-Type': 'image/png' } });
