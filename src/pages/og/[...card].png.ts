// One Open Graph card per entry of ogCards() (home, reviews, papers, concepts, charts, …).
import type { APIRoute } from 'astro';
import { siteContent } from '../../build/content.ts';
import { charts } from '../../charts/registry.ts';
import { ogCards, ogSlug, type OgCard } from '../../lib/og-cards.ts';
import { ogCardExport } from '../../build/exports.ts';
import { SITE_NAME } from '../../lib/site.ts';

export function getStaticPaths() {
  return ogCards(siteContent(), charts).map((c) => ({ params: { card: ogSlug(c.page) }, props: { card: c.card } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogCardExport({ ...(props.card as OgCard['card']), siteName: SITE_NAME })), {
    headers: { 'Content-Type': 'image/png' },
  });
