// Decks: per-review packs, the picture fallback, table splitting and deck requests.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { reviewPack, deckCatalogue } from '../../src/build/deck-packs.ts';
import { buildPptx, tablePages, TABLE_ROWS_PER_SLIDE } from '../../src/lib/deck/pptx.ts';
import { resolveDeckRequest } from '../../src/lib/deck/request.ts';

async function xml(bytes: Uint8Array, prefix: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
  return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
}

describe('slide packs', () => {
  it('build the same native charts however many decks the process made before', async () => {
    const first = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    const again = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    expect(again).toBe(first);
    expect(first).toContain('<c:v>39.35</c:v>'); // Qwen-7B at 4K tokens, Table 3
    expect(first).toContain('<c:logBase val="2"/>');
  }, 60_000);

  it('put a chart without a native form in as its picture, and say so on the slide', async () => {
    const png = 'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const bytes = await buildPptx({ PptxGenJS, JSZip }, 't', [{ kind: 'chart', id: 'x', title: '폭포 차트', source: 'S', address: 'a/', licence: 'CC BY 4.0', picture: png }]);
    const slides = await xml(bytes, 'ppt/slides/slide');
    expect(slides).toContain('그림으로 넣은 차트');
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).some((n) => n.startsWith('ppt/media/'))).toBe(true);
  });
});

describe('deck tables and requests', () => {
  it('split long and wide tables into slide-sized pages that keep the model column', () => {
    const header = ['모델', ...Array.from({ length: 10 }, (_, i) => `B${i}`)];
    const rows = Array.from({ length: TABLE_ROWS_PER_SLIDE + 3 }, (_, r) => [`m${r}`, ...Array.from({ length: 10 }, () => '1')]);
    const pages = tablePages(header, rows);
    expect(pages.length).toBe(4);
    expect(pages.every((p) => p.header[0] === '모델' && p.rows.every((r) => r[0]!.startsWith('m')))).toBe(true);
    expect(pages[0]!.part).toBe(' (1/4)');
  });

  it('resolve known items, apply the stored view, and name unknown ones', () => {
    const cat = deckCatalogue();
    const r = resolveDeckRequest(cat, ['chart:qwen-long-context-ppl', 'table:qwen/table-2', 'chart:nope', 'bogus'], () => ({ hidden: ['qwen-14b', '<x>'] }));
    expect(r.unknown).toEqual(['chart:nope', 'bogus']);
    expect(r.items.map((i) => i.id)).toEqual(['qwen-long-context-ppl', 'qwen/table-2']);
    const chart = r.items[0]!;
    expect(chart.kind === 'chart' && chart.native!.series.some((s) => s.id === 'qwen-14b')).toBe(false);
    expect(r.views[0]!.hidden).toEqual(['qwen-14b']);
  });
});
