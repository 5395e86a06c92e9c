// Decks: per-review packs, the picture fallback, table splitting and deck requests.
import { describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { reviewPack, deckCatalogue } from '../../src/build/deck-packs.ts';
import { siteContent } from '../../src/build/site-content.ts';
import {
  buildPptx,
  columnWidths,
  oneSeriesPerCategory,
  tablePages,
  TABLE_ROWS_PER_SLIDE,
} from '../../src/lib/deck/pptx.ts';
import type { NativeChartSpec } from '../../src/lib/deck/native-spec.ts';
import { parseDeckParam, resolveDeckRequest } from '../../src/lib/deck/request.ts';
import { DECK_FONT_FALLBACKS, withDeckFontScheme } from '../../src/lib/deck/fonts.ts';

async function xml(bytes: Uint8Array, prefix: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
  return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
}

/** Relationship targets and content-type overrides that name no part of the deck. */
async function danglingReferences(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const has = (part: string) => part in zip.files;
  const out: string[] = [];
  const types = await zip.file('[Content_Types].xml')!.async('string');
  for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g))
    if (!has(part!)) out.push(`[Content_Types].xml → ${part}`);
  for (const rels of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const dir = rels.replace(/_rels\/[^/]+$/, ''); // a part's rels live in <dir>/_rels/<part>.rels
    const xmlText = await zip.file(rels)!.async('string');
    for (const [, target, mode] of xmlText.matchAll(/Target="([^"]+)"(?:\s+TargetMode="(\w+)")?/g)) {
      if (mode === 'External') continue;
      const part = target!.startsWith('/') ? target!.slice(1) : new URL(target!, `http://x/${dir}`).pathname.slice(1);
      if (!has(part)) out.push(`${rels} → ${target}`);
    }
  }
  return out;
}

describe('slide packs', () => {
  it('build the same native charts however many decks the process made before', async () => {
    const first = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    const again = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    expect(again).toBe(first);
    expect(first).toContain('<c:v>39.35</c:v>'); // Qwen-7B at 4K tokens, Table 3
    expect(first).toContain('<c:logBase val="2"/>');
  }, 60_000);

  it('are the same bytes on every build: the pack carries the review’s date, not the build’s', async () => {
    const zipDates = async (bytes: Uint8Array) =>
      new Set(Object.values((await JSZip.loadAsync(bytes)).files).map((f) => f.date.toISOString()));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
      const first = await reviewPack('pangu-pi-pro');
      vi.setSystemTime(new Date('2031-06-07T08:09:10Z'));
      const second = await reviewPack('pangu-pi-pro');
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      // pptxgenjs itself lists slideMaster2…n in [Content_Types].xml without writing them; the chart
      // parts and their workbooks are what renumbering touches
      const dangling = (await danglingReferences(second)).filter((r) => /chart|embeddings/.test(r));
      expect(dangling, 'a renumbered pack still names only chart parts it has').toEqual([]);
      const core = await xml(first, 'docProps/core');
      const reviewed = siteContent()
        .reviews.find((r) => r.id === 'pangu-pi-pro')!
        .data.reviewedAt.toISOString();
      expect(core).toContain(
        `<dcterms:created xsi:type="dcterms:W3CDTF">${reviewed.replace('.000Z', 'Z')}</dcterms:created>`,
      );
      expect(core).not.toContain('2031');
      expect(await zipDates(first)).toEqual(new Set([reviewed]));
      // a deck made in the browser (no date given) is dated when it is made
      const adHoc = await buildPptx({ PptxGenJS, JSZip }, 't', []);
      expect(await xml(adHoc, 'docProps/core')).toContain('2031-06-07T08:09:10');
    } finally {
      vi.useRealTimers();
    }
  }, 120_000);

  it('put a chart without a native form in as its picture, and say so on the slide', async () => {
    const png =
      'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const bytes = await buildPptx({ PptxGenJS, JSZip }, 't', [
      { kind: 'chart', id: 'x', title: '폭포 차트', source: 'S', address: 'a/', licence: 'CC BY 4.0', picture: png },
    ]);
    const slides = await xml(bytes, 'ppt/slides/slide');
    expect(slides).toContain('그림으로 넣은 차트');
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).some((n) => n.startsWith('ppt/media/'))).toBe(true);
  });
});

describe('deck tables and requests', () => {
  it('split long and wide tables into slide-sized pages that keep the model column', () => {
    const header = ['모델', ...Array.from({ length: 10 }, (_, i) => `B${i}`)];
    const rows = Array.from({ length: TABLE_ROWS_PER_SLIDE + 3 }, (_, r) => [
      `m${r}`,
      ...Array.from({ length: 10 }, () => '1'),
    ]);
    const pages = tablePages(header, rows);
    expect(pages.length).toBe(4);
    expect(pages.every((p) => p.header[0] === '모델' && p.rows.every((r) => r[0]!.startsWith('m')))).toBe(true);
    expect(pages[0]!.part).toBe(' (1/4)');
  });

  it('read the ?deck= list of a shared link as trimmed keys, without empty or overlong entries', () => {
    expect(parseDeckParam(' chart:qwen-long-context-ppl , table:qwen/table-2,,')).toEqual([
      'chart:qwen-long-context-ppl',
      'table:qwen/table-2',
    ]);
    expect(parseDeckParam(`chart:${'x'.repeat(300)}`)).toEqual([]);
    expect(parseDeckParam(null)).toEqual([]);
  });

  it('resolve known items, apply the stored view, and name unknown ones', () => {
    const cat = deckCatalogue();
    const r = resolveDeckRequest(
      cat,
      ['chart:qwen-long-context-ppl', 'table:qwen/table-2', 'chart:nope', 'bogus'],
      () => ({ hidden: ['qwen-14b', '<x>'] }),
    );
    expect(r.unknown).toEqual(['chart:nope', 'bogus']);
    expect(r.items.map((i) => i.id)).toEqual(['qwen-long-context-ppl', 'qwen/table-2']);
    const chart = r.items[0]!;
    expect(chart.kind === 'chart' && chart.native!.series.some((s) => s.id === 'qwen-14b')).toBe(false);
    expect(r.views[0]!.hidden).toEqual(['qwen-14b']);
  }, 90_000); // renders every chart of the catalogue: slow on a busy 2-core machine
});

describe('deck fonts', () => {
  it('name Malgun Gothic in the theme for Latin, East Asian and Hangul text, with a Korean charset for substitution', async () => {
    const bytes = await buildPptx({ PptxGenJS, JSZip }, 't', [
      {
        kind: 'table',
        id: 'p/t',
        title: '표 제목',
        source: '논문, Table 1',
        address: 'a/',
        licence: 'CC BY 4.0',
        header: ['모델', 'MMLU'],
        rows: [['큐웬', '1']],
      },
    ]);
    const theme = await xml(bytes, 'ppt/theme/');
    for (const kind of ['majorFont', 'minorFont']) {
      const scheme = new RegExp(`<a:${kind}>([\\s\\S]*?)</a:${kind}>`).exec(theme)![1]!;
      expect(scheme).toMatch(/<a:latin typeface="Malgun Gothic" panose="020B0503020000020004"/);
      expect(scheme).toMatch(
        /<a:ea typeface="Malgun Gothic" panose="020B0503020000020004" pitchFamily="34" charset="-127"\/>/,
      );
      expect(scheme).toContain('<a:font script="Hang" typeface="Malgun Gothic"/>');
      expect(scheme).toContain('<a:font script="Jpan"'); // other scripts kept
    }
    const slides = await xml(bytes, 'ppt/slides/slide');
    // runs take the theme fonts (no per-run names, no Chinese charset) and are tagged Korean
    expect(slides).not.toMatch(/typeface="(?!\+)/);
    expect(slides).not.toContain('charset="-122"');
    expect(slides).toContain('lang="ko-KR"');
    expect(slides).not.toContain('lang="en-US"');
    const notes = await xml(bytes, 'ppt/notesSlides/');
    for (const f of DECK_FONT_FALLBACKS) expect(notes).toContain(f);
  });

  it('chart text refers to the theme fonts for every script', async () => {
    const charts = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    expect(charts).not.toContain('typeface="Arial"');
    expect(charts).toContain('<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');
  }, 60_000);

  it('refuses a theme without major and minor fonts', () => {
    expect(() => withDeckFontScheme('<a:theme/>')).toThrow(/major and a minor font/);
  });
});

describe('deck charts and tables read as on the site', () => {
  it('series keep the site dash and marker; a log axis over millions prints 1E+13, not 13 digits', async () => {
    const qwen = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    const ppl = qwen.split(/(?=<\?xml)/).find((x) => x.includes('dynamic NTK'))!;
    // 2nd series: dashed line with square markers, as seriesStyle() draws it on the page
    const second = ppl.match(/<c:ser>[\s\S]*?<\/c:ser>/g)![1]!;
    expect(second).toContain('<a:prstDash val="dash"/>');
    expect(second).toContain('<c:symbol val="square"/>');
    const deepseek = await xml(await reviewPack('deepseek-llm'), 'ppt/charts/chart');
    expect(deepseek.match(/formatCode="0E\+0"/g)?.length).toBe(2); // both log axes (FLOPs, parameters/tokens)
    expect(ppl).not.toContain('formatCode="0E+0"'); // 1K–32K tokens and perplexities stay plain
  }, 90_000);

  it('leave a missing chart value out as a gap, not an empty or zero point', async () => {
    const native: NativeChartSpec = {
      type: 'scatter',
      xTitle: 'context',
      yTitle: 'ppl',
      labels: [],
      xs: [1024, 2048, 4096],
      series: [{ id: 'a', name: 'a', color: '#123456', values: [7.5, null, 9.25], pointsOnly: false }],
    };
    const item = { kind: 'chart' as const, id: 'c', title: 't', source: 's', address: 'u', licence: 'l', native };
    const chart = await xml(await buildPptx({ PptxGenJS, JSZip }, 'deck', [item]), 'ppt/charts/chart');
    const yVal = /<c:yVal>[\s\S]*?<\/c:yVal>/.exec(chart)![0];
    expect([...yVal.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', '7.5'],
      ['2', '9.25'],
    ]);
  });

  it('give table columns widths by their longest text, summing to the table width', () => {
    const w = columnWidths(['모델', 'MMLU', 'GSM8K'], [['Baichuan2-13B-Chat', '57.3', '55.3']], 12.5);
    expect(w[0]).toBeGreaterThan(w[1]! * 2);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(12.5, 1);
  });
});

describe('deck bar charts', () => {
  it('stack bars whose categories each have one series, so every bar sits on its category', async () => {
    // Stages coloured by group (one series per category) stack; several values per category stay
    // side by side. The PanGu Figure 1 pack chart is now value + gain per stage (the waterfall's
    // two columns), so it is clustered, as the Qwen compression chart is.
    const bar = (series: Array<Array<number | null>>): NativeChartSpec => ({
      type: 'bar',
      xTitle: '',
      yTitle: '',
      labels: ['a', 'b', 'c'],
      xs: [],
      series: series.map((values, i) => ({ id: `s${i}`, name: `s${i}`, color: '#000000', values, pointsOnly: false })),
    });
    expect(
      oneSeriesPerCategory(
        bar([
          [1, 2, null],
          [null, null, 3],
        ]),
      ),
    ).toBe(true);
    expect(
      oneSeriesPerCategory(
        bar([
          [1, 2, 3],
          [null, 1, 1],
        ]),
      ),
    ).toBe(false);
    expect(oneSeriesPerCategory(bar([[1, 2, 3]]))).toBe(false);
    const pangu = await xml(await reviewPack('pangu-pi-pro'), 'ppt/charts/chart');
    const stages = pangu.split(/(?=<\?xml)/).find((x) => x.includes('PanGu-π-1.5B Pro') && x.includes('<c:barChart>'))!;
    expect(stages).toContain('<c:grouping val="clustered"/>');
    // the waterfall has no native form: the slide says the bars redraw it
    const panguSlides = await xml(await reviewPack('pangu-pi-pro'), 'ppt/slides/slide');
    expect(panguSlides).toContain('폭포 차트는 PowerPoint 기본 차트에 없는 형식이라');
    const qwen = await xml(await reviewPack('qwen'), 'ppt/charts/chart');
    const compression = qwen.split(/(?=<\?xml)/).find((x) => x.includes('<c:barChart>'))!;
    expect(compression).toContain('<c:grouping val="clustered"/>'); // five tokenizers per language stay side by side
  }, 90_000);
});
