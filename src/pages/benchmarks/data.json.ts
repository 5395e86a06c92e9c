import type { APIRoute } from 'astro';
import { explorerData } from '../../build/explorer-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(explorerData()), { headers: { 'Content-Type': 'application/json' } });
