// Makes the deck the reader asked for (loaded on first use): native .pptx or offline reveal.js HTML.
import { CHART_STATE_KEY, resolveDeckRequest, type ChartViewState } from '../../lib/deck/request.ts';
import type { DeckCatalogue } from '../../lib/deck/pptx.ts';
import { buildPptx, tablePages } from '../../lib/deck/pptx.ts';
import { revealHtml, type RevealSlide } from '../../lib/deck/reveal.ts';
import { downloadBlob } from '../../lib/browser/download.ts';
import { currentSlideSvg } from '../Chart/slide-export.ts';
import { withBase } from '../../lib/base-path.ts';

function storedState(id: string): ChartViewState | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(CHART_STATE_KEY(id)) ?? 'null') as unknown;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve((r.result as string).replace(/^data:/, '')); // readAsDataURL gives a string
    r.onerror = () => reject(r.error ?? new Error(`could not read ${url}`));
    r.readAsDataURL(blob);
  });
}

export async function makeDeck(
  form: HTMLElement,
  keys: string[],
  format: 'pptx' | 'reveal',
): Promise<{ count: number; unknown: string[] }> {
  const catalogue = (await (await fetch(form.dataset.deckCatalogue!)).json()) as DeckCatalogue;
  const { items, unknown, views } = resolveDeckRequest(catalogue, keys, storedState);
  const title = '논문 리뷰 노트 — 내 덱';
  if (format === 'pptx') {
    // charts without a native form go in as their slide picture
    for (const item of items) {
      if (item.kind === 'chart' && !item.native)
        item.picture = await dataUrl(catalogue.charts.find((c) => c.id === item.id)!.picture);
    }
    const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
    const bytes = await buildPptx({ PptxGenJS, JSZip }, title, items);
    downloadBlob(
      'paper-review-notes-deck.pptx',
      new Blob([bytes as BlobPart], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      }),
    );
  } else {
    const fonts = JSON.parse(form.dataset.deckFonts!) as string[];
    const slides: RevealSlide[] = [];
    let fontCss = '';
    for (const item of items) {
      if (item.kind === 'chart') {
        const v = views.find((x) => x.id === item.id)!;
        const made = await currentSlideSvg({
          sourceUrl: withBase(`/charts/${item.id}.slide.json`),
          fonts: fonts.map((url, i) => ({ url, weight: i === 0 ? 400 : 700 })),
          view: v.view,
          hidden: v.hidden,
          variant: 'light',
        });
        // one @font-face block for the whole deck instead of one per slide
        const style = /<style>(@font-face[^<]*)<\/style>/.exec(made.svg);
        if (style && !fontCss) fontCss = style[1]!;
        slides.push({ svg: made.svg.replace(/<style>@font-face[^<]*<\/style>/, '') });
      } else {
        for (const page of tablePages(item.header, item.rows))
          slides.push({
            table: {
              title: item.title + page.part,
              header: page.header,
              rows: page.rows,
              footer: `출처: ${item.source} · ${item.address} · ${item.licence}`,
            },
          });
      }
    }
    const [revealJs, revealCss] = await Promise.all([
      fetch(form.dataset.revealJs!).then((r) => r.text()),
      fetch(form.dataset.revealCss!).then((r) => r.text()),
    ]);
    const html = revealHtml({ title, slides, revealJs, revealCss, fontCss });
    downloadBlob('paper-review-notes-deck.html', new Blob([html], { type: 'text/html' }));
  }
  return { count: items.length, unknown };
}
