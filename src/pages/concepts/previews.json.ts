// Every glossary preview in one file, fetched by the preview widget on first use
// (src/lib/concept-preview.ts says why the pages do not carry them).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { conceptPreviews } from '../../lib/concept-preview.ts';
import { texToMathml } from '../../lib/markdown/render-math.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('concepts');
  const previews = conceptPreviews(
    entries.map((e) => ({ id: e.id, title: e.data.title, en: e.data.en, summary: e.data.summary, body: e.body ?? '' })),
    (tex) => texToMathml(tex, true),
  );
  return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
};
