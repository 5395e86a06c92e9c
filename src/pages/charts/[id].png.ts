import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry.ts';
import { siteContent } from '../../lib/content/index.ts';
import { mustChart, standaloneSvg } from '../../lib/chart-files.ts';
import { svgToPng } from '../../lib/raster.ts';

export function getStaticPaths() {
  return charts.flatMap((c) => [{ params: { id: c.id } }, { params: { id: `${c.id}-dark` } }]);
}

export const GET: APIRoute = ({ params }) => {
  const id = params.id!;
  const dark = id.endsWith('-dark');
  const def = mustChart(dark ? id.slice(0, -5) : id);
  const { png } = svgToPng(standaloneSvg(def, siteContent(), dark ? 'dark' : 'light'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
