// Editable PowerPoint decks: every chart a native chart (series data, names, colours, axis
// titles, log axes), every table a native table, source and site address on each slide and
// in its notes. One function for the build (per-review packs) and the browser (deck builder);
// the caller passes the pptxgenjs and jszip modules so the browser loads them only when used.
import type PptxGenJSType from 'pptxgenjs';
import type JSZipType from 'jszip';
import type { NativeChartSpec } from './native-spec.ts';

/** Hangul in PowerPoint/Keynote/Google Slides: a named font with the usual fallbacks noted on each slide. */
export const DECK_FONT = 'Malgun Gothic';
export const DECK_FONT_NOTE = '글꼴: Malgun Gothic(맑은 고딕). 없으면 Apple SD Gothic Neo, Noto Sans KR, Pretendard로 바꿔 쓰세요.';
/** Rows and columns per table slide: larger tables continue on the next slides (never a strip). */
export const TABLE_ROWS_PER_SLIDE = 12;
export const TABLE_COLS_PER_SLIDE = 8;

export interface DeckChart {
  kind: 'chart';
  id: string;
  title: string;
  source: string;
  address: string;
  licence: string;
  /** Native chart data; without it the slide picture is used. */
  native?: NativeChartSpec;
  /** "image/png;base64,…" of the 1920×1080 slide, for charts without a native form. */
  picture?: string;
}

export interface DeckTable {
  kind: 'table';
  id: string;
  title: string;
  source: string;
  address: string;
  licence: string;
  header: string[];
  rows: string[][];
}

export type DeckItem = DeckChart | DeckTable;

export interface DeckModules {
  PptxGenJS: typeof PptxGenJSType;
  JSZip: typeof JSZipType;
}

const hex = (c: string) => c.replace('#', '').toUpperCase();
const footerOf = (i: DeckItem) => `출처: ${i.source} · ${i.address} · ${i.licence}`;
const notesOf = (i: DeckItem, extra = '') => `${i.title}\n${footerOf(i)}\n${extra}${DECK_FONT_NOTE}`;

/** Splits a table into slide-sized pieces: rows in chunks, columns in groups that keep the first column. */
export function tablePages(header: string[], rows: string[][]): Array<{ header: string[]; rows: string[][]; part: string }> {
  const colGroups: number[][] = [];
  const rest = header.map((_, i) => i).slice(1);
  for (let i = 0; i < rest.length; i += TABLE_COLS_PER_SLIDE - 1) colGroups.push([0, ...rest.slice(i, i + TABLE_COLS_PER_SLIDE - 1)]);
  if (!colGroups.length) colGroups.push([0]);
  const rowChunks: string[][][] = [];
  for (let i = 0; i < Math.max(rows.length, 1); i += TABLE_ROWS_PER_SLIDE) rowChunks.push(rows.slice(i, i + TABLE_ROWS_PER_SLIDE));
  const total = colGroups.length * rowChunks.length;
  const pages: Array<{ header: string[]; rows: string[][]; part: string }> = [];
  for (const cols of colGroups)
    for (const chunk of rowChunks)
      pages.push({ header: cols.map((c) => header[c]!), rows: chunk.map((r) => cols.map((c) => r[c] ?? '')), part: total > 1 ? ` (${pages.length + 1}/${total})` : '' });
  return pages;
}

export async function buildPptx(mods: DeckModules, deckTitle: string, items: DeckItem[]): Promise<Uint8Array> {
  const pptx = new mods.PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = deckTitle;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const text = { fontFace: DECK_FONT, color: '1B1D22' };
  const post: Array<{ chart: number; spec: NativeChartSpec }> = [];
  let charts = 0;

  const frame = (title: string, item: DeckItem, note = '') => {
    const slide = pptx.addSlide();
    slide.addText(title, { ...text, x: 0.4, y: 0.25, w: 12.5, h: 0.8, fontSize: 26, bold: true, valign: 'top', fit: 'shrink' });
    slide.addText(footerOf(item), { ...text, x: 0.4, y: 6.85, w: 12.5, h: 0.45, fontSize: 11, color: '4A4F5A', valign: 'bottom' });
    slide.addNotes(notesOf(item, note));
    return slide;
  };

  for (const item of items) {
    if (item.kind === 'table') {
      for (const page of tablePages(item.header, item.rows)) {
        const slide = frame(item.title + page.part, item);
        const head = page.header.map((h) => ({ text: h, options: { bold: true, fill: { color: 'F5F6F8' } } }));
        slide.addTable([head, ...page.rows.map((r) => r.map((v) => ({ text: v })))], {
          x: 0.4, y: 1.15, w: 12.5, fontFace: DECK_FONT, fontSize: 12, color: '1B1D22', border: { type: 'solid', pt: 0.5, color: 'D9DCE2' }, autoPage: false,
        });
      }
      continue;
    }
    const spec = item.native;
    if (!spec) {
      const note = '이 차트 형식은 PowerPoint 기본 차트로 만들 수 없어 슬라이드 그림(1920×1080)으로 넣었습니다. ';
      const slide = frame(item.title, item, note);
      // the 16:9 slide picture, fitted into the area between title and footer
      if (item.picture) slide.addImage({ data: item.picture, x: (13.33 - 5.4 * 16 / 9) / 2, y: 1.1, w: 5.4 * 16 / 9, h: 5.4 });
      slide.addText('그림으로 넣은 차트입니다 (기본 차트로 만들 수 없는 형식).', { ...text, x: 0.4, y: 6.5, w: 12.5, h: 0.35, fontSize: 11, italic: true });
      continue;
    }
    const slide = frame(item.title, item);
    const axis = {
      showCatAxisTitle: true, catAxisTitle: spec.xTitle, catAxisTitleFontFace: DECK_FONT, catAxisTitleFontSize: 13,
      showValAxisTitle: true, valAxisTitle: spec.yTitle, valAxisTitleFontFace: DECK_FONT, valAxisTitleFontSize: 13,
      catAxisLabelFontFace: DECK_FONT, catAxisLabelFontSize: 12, valAxisLabelFontFace: DECK_FONT, valAxisLabelFontSize: 12,
      ...(spec.yLogBase ? { valAxisLogScaleBase: spec.yLogBase } : {}),
      showLegend: spec.series.length > 1, legendPos: 'b' as const, legendFontFace: DECK_FONT, legendFontSize: 12,
      chartColors: spec.series.map((s) => hex(s.color)),
      x: 0.4, y: 1.1, w: 12.5, h: 5.7,
    };
    if (spec.type === 'bar') {
      slide.addChart(pptx.ChartType.bar, spec.series.map((s) => ({ name: s.name, labels: spec.labels, values: s.values as number[] })), { ...axis, barDir: 'col', barGrouping: 'clustered' });
    } else {
      slide.addChart(pptx.ChartType.scatter, [{ name: spec.xTitle, values: spec.xs }, ...spec.series.map((s) => ({ name: s.name, values: s.values as number[] }))], {
        ...axis, lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 7,
      });
    }
    charts += 1;
    post.push({ chart: charts, spec });
  }

  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // What pptxgenjs cannot say: a log x axis on scatter charts, and marker-only series.
  const zip = await mods.JSZip.loadAsync(bytes);
  // pptxgenjs numbers chart parts with a process-wide counter: match them to our charts by order
  const chartParts = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  if (chartParts.length !== post.length) throw new Error(`deck: expected ${post.length} chart parts from pptxgenjs, found ${chartParts.length}`);
  for (const { chart, spec } of post) {
    const path = chartParts[chart - 1]!;
    const file = zip.file(path)!;
    let xml = await file.async('string');
    if (spec.type === 'scatter' && spec.xLogBase) xml = xml.replace(/(<c:valAx>[\s\S]*?<c:scaling>)/, `$1<c:logBase val="${spec.xLogBase}"/>`);
    // a missing value is a gap, not an empty number (pptxgenjs writes <c:v></c:v>)
    xml = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    let n = -1;
    xml = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
      n += 1;
      // the first "series" of a pptxgenjs scatter is the x values, not drawn
      return spec.series[n]?.pointsOnly ? ser.replace(/<a:ln w="\d+"[^>]*>[\s\S]*?<\/a:ln>/, '<a:ln><a:noFill/></a:ln>') : ser;
    });
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** What the /charts/ deck builder can put in a deck (served as /charts/deck.json). */
export interface DeckCatalogue {
  charts: Array<Omit<DeckChart, 'native'> & { native?: NativeChartSpec; picture: string; views: Array<{ id: string; label: string; categories?: readonly string[] }> }>;
  tables: DeckTable[];
}
