import type { APIRoute } from 'astro';
import { deckCatalogue } from '../../build/deck-packs.ts';

// The deck builder's catalogue (native chart data and tables), fetched only when a deck is made.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(deckCatalogue()), { headers: { 'Content-Type': 'application/json' } });
