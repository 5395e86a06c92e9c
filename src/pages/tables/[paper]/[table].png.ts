import type { APIRoute } from 'astro';
import { tablePicture, tableRoutes } from '../../../lib/table-files.ts';
import { svgToPng } from '../../../lib/raster.ts';

export function getStaticPaths() {
  return tableRoutes().map((r) => ({ params: r }));
}

export const GET: APIRoute = ({ params }) => {
  const { png } = svgToPng(tablePicture(params.paper!, params.table!).svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
