// Editable PowerPoint decks: every chart a native chart (series data, names, colours, axis
// titles, log axes), every table a native table, source and site address on each slide and
// in its notes. One function for the build (per-review packs) and the browser (deck builder);
// the caller passes the pptxgenjs and jszip modules so the browser loads them only when used.
import type PptxGenJSType from 'pptxgenjs';
import type JSZipType from 'jszip';
import type { NativeChartSpec } from './native-spec.ts';

import { DECK_FONT, DECK_FONT_NOTE, withDeckFontScheme, withKoreanRuns, withThemeFontRefs } from './fonts.ts';

export { DECK_FONT, DECK_FONT_NOTE };
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
export function tablePages(
  header: string[],
  rows: string[][],
): Array<{ header: string[]; rows: string[][]; part: string }> {
  const colGroups: number[][] = [];
  const rest = header.map((_, i) => i).slice(1);
  for (let i = 0; i < rest.length; i += TABLE_COLS_PER_SLIDE - 1)
    colGroups.push([0, ...rest.slice(i, i + TABLE_COLS_PER_SLIDE - 1)]);
  if (!colGroups.length) colGroups.push([0]);
  const rowChunks: string[][][] = [];
  for (let i = 0; i < Math.max(rows.length, 1); i += TABLE_ROWS_PER_SLIDE)
    rowChunks.push(rows.slice(i, i + TABLE_ROWS_PER_SLIDE));
  const total = colGroups.length * rowChunks.length;
  const pages: Array<{ header: string[]; rows: string[][]; part: string }> = [];
  for (const cols of colGroups)
    for (const chunk of rowChunks)
      pages.push({
        header: cols.map((c) => header[c]!),
        rows: chunk.map((r) => cols.map((c) => r[c] ?? '')),
        part: total > 1 ? ` (${pages.length + 1}/${total})` : '',
      });
  return pages;
}

type Pptx = InstanceType<DeckModules['PptxGenJS']>;
type Slide = ReturnType<Pptx['addSlide']>;
/** Slide text takes the theme fonts (withDeckFontScheme): no font names on runs, only a colour. */
const TEXT = { color: '1B1D22' };

/** A slide with the item's title on top, its source line at the bottom and both in the notes. */
function framedSlide(pptx: Pptx, title: string, item: DeckItem, note = ''): Slide {
  const slide = pptx.addSlide();
  const head = { x: 0.4, y: 0.25, w: 12.5, h: 0.8, fontSize: 26, bold: true, valign: 'top', fit: 'shrink' } as const;
  slide.addText(title, { ...TEXT, ...head });
  const foot = { x: 0.4, y: 6.85, w: 12.5, h: 0.45, fontSize: 11, color: '4A4F5A', valign: 'bottom' } as const;
  slide.addText(footerOf(item), { ...TEXT, ...foot });
  slide.addNotes(notesOf(item, note));
  return slide;
}

/** A line in small italics above the footer (what the reader should know about the slide's chart). */
function addSlideRemark(slide: Slide, remark: string): void {
  slide.addText(remark, { ...TEXT, x: 0.4, y: 6.5, w: 12.5, h: 0.35, fontSize: 11, italic: true });
}

function addTableSlides(pptx: Pptx, item: DeckTable): void {
  for (const page of tablePages(item.header, item.rows)) {
    const slide = framedSlide(pptx, item.title + page.part, item);
    const head = page.header.map((h) => ({ text: h, options: { bold: true, fill: { color: 'F5F6F8' } } }));
    slide.addTable([head, ...page.rows.map((r) => r.map((v) => ({ text: v })))], {
      x: 0.4,
      y: 1.15,
      w: 12.5,
      colW: columnWidths(page.header, page.rows, 12.5),
      fontSize: 14,
      color: '1B1D22',
      border: { type: 'solid', pt: 0.5, color: 'D9DCE2' },
      autoPage: false,
    });
  }
}

function addPictureSlide(pptx: Pptx, item: DeckChart): void {
  const note = '이 차트 형식은 PowerPoint 기본 차트로 만들 수 없어 슬라이드 그림(1920×1080)으로 넣었습니다. ';
  const slide = framedSlide(pptx, item.title, item, note);
  // the 16:9 slide picture, fitted into the area between title and footer
  if (item.picture)
    slide.addImage({ data: item.picture, x: (13.33 - (5.4 * 16) / 9) / 2, y: 1.1, w: (5.4 * 16) / 9, h: 5.4 });
  addSlideRemark(slide, '그림으로 넣은 차트입니다 (기본 차트로 만들 수 없는 형식).');
}

/** Axis titles, fonts, legend, colours and place of a native chart. */
function chartAxisOptions(spec: NativeChartSpec) {
  return {
    showCatAxisTitle: true,
    catAxisTitle: spec.xTitle,
    catAxisTitleFontSize: 13,
    showValAxisTitle: true,
    valAxisTitle: spec.yTitle,
    valAxisTitleFontSize: 13,
    catAxisLabelFontSize: 12,
    valAxisLabelFontSize: 12,
    ...(spec.yLogBase ? { valAxisLogScaleBase: spec.yLogBase } : {}),
    showLegend: spec.series.length > 1,
    legendPos: 'b' as const,
    legendFontSize: 12,
    chartColors: spec.series.map((s) => hex(s.color)),
    x: 0.4,
    y: 1.1,
    w: 12.5,
    h: spec.redrawnAs ? 5.3 : 5.7,
  };
}

function addNativeChartSlide(pptx: Pptx, item: DeckChart, spec: NativeChartSpec): void {
  const slide = framedSlide(pptx, item.title, item, spec.redrawnAs ? `${spec.redrawnAs} ` : '');
  if (spec.redrawnAs) addSlideRemark(slide, spec.redrawnAs);
  const axis = chartAxisOptions(spec);
  if (spec.type === 'bar') {
    const series = spec.series.map((s) => ({ name: s.name, labels: spec.labels, values: s.values as number[] }));
    const stacked = oneSeriesPerCategory(spec);
    slide.addChart(pptx.ChartType.bar, series, {
      ...axis,
      barDir: 'col',
      barGrouping: stacked ? 'stacked' : 'clustered',
      ...(stacked ? { barGapWidthPct: 60 } : {}),
    });
  } else {
    const series = [
      { name: spec.xTitle, values: spec.xs },
      ...spec.series.map((s) => ({ name: s.name, values: s.values as number[] })),
    ];
    slide.addChart(pptx.ChartType.scatter, series, {
      ...axis,
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
    });
  }
}

/** What pptxgenjs cannot say, written into one chart part: a log x axis, gaps, dashes and markers. */
function finishChartXml(xml: string, spec: NativeChartSpec): string {
  if (spec.type === 'scatter' && spec.xLogBase)
    xml = xml.replace(/(<c:valAx>[\s\S]*?<c:scaling>)/, `$1<c:logBase val="${spec.xLogBase}"/>`);
  // a missing value is a gap, not an empty number (pptxgenjs writes <c:v></c:v>)
  xml = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
  let n = -1;
  xml = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    n += 1;
    const s = spec.series[n];
    if (!s) return ser;
    if (s.pointsOnly) return ser.replace(/<a:ln w="\d+"[^>]*>[\s\S]*?<\/a:ln>/, '<a:ln><a:noFill/></a:ln>');
    // the site's dash and marker, so series that share a colour stay apart (as on the page)
    return ser
      .replace('<a:prstDash val="solid"/>', `<a:prstDash val="${PRESET_DASH[s.dash ?? ''] ?? 'solid'}"/>`)
      .replace('<c:symbol val="circle"/>', `<c:symbol val="${MARKER[s.symbol ?? ''] ?? 'circle'}"/>`);
  });
  return withThemeFontRefs(withReadableLogAxes(xml, spec));
}

/** Rewrites the chart parts of the written deck, the n-th part for the n-th native chart. */
async function finishCharts(zip: JSZipType, specs: NativeChartSpec[]): Promise<void> {
  // pptxgenjs numbers chart parts with a process-wide counter: match them to our charts by order
  const chartParts = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  if (chartParts.length !== specs.length)
    throw new Error(`deck: expected ${specs.length} chart parts from pptxgenjs, found ${chartParts.length}`);
  for (const [i, spec] of specs.entries()) {
    const path = chartParts[i]!;
    zip.file(path, finishChartXml(await zip.file(path)!.async('string'), spec));
  }
}

/**
 * `date` pins every date the file carries (zip entries and docProps/core.xml), so the same deck is
 * the same bytes on every build: the site's packs pass the review's date. Without it the deck is
 * dated when it is made, as a deck a reader builds in the browser should be.
 */
export async function buildPptx(
  mods: DeckModules,
  deckTitle: string,
  items: DeckItem[],
  date?: Date,
): Promise<Uint8Array> {
  const pptx = new mods.PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = deckTitle;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const native: NativeChartSpec[] = [];
  for (const item of items) {
    if (item.kind === 'table') addTableSlides(pptx, item);
    else if (!item.native) addPictureSlide(pptx, item);
    else {
      addNativeChartSlide(pptx, item, item.native);
      native.push(item.native);
    }
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await mods.JSZip.loadAsync(bytes);
  await finishCharts(zip, native);
  await renumberCharts(zip);
  await rewriteParts(zip, /^ppt\/theme\/theme\d+\.xml$/, withDeckFontScheme);
  await rewriteParts(zip, /^ppt\/(slides|notesSlides)\/[a-zA-Z]+\d+\.xml$/, withKoreanRuns);
  if (date) await pinDates(mods.JSZip, zip, date);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A chart part's number in a part name or a reference to it (chart part, its workbook). */
const CHART_NUMBER = /(\/chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;

/**
 * pptxgenjs numbers chart parts with a process-wide counter, so a deck's part names depended on how
 * many decks the process had made before (and, in a build rendering pages at once, on their order).
 * Numbers them 1…n in each deck: names, the relationships and [Content_Types].xml.
 */
async function renumberCharts(zip: JSZipType): Promise<void> {
  const numbers = Object.keys(zip.files)
    .map((n) => /^ppt\/charts\/chart(\d+)\.xml$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  const next = new Map(numbers.map((n, i) => [n, String(i + 1)]));
  if (numbers.every((n, i) => n === String(i + 1))) return;
  const renumber = (text: string) =>
    text.replace(CHART_NUMBER, (m, head: string, n: string, tail: string) =>
      next.has(n) ? `${head}${next.get(n)}${tail}` : m,
    );
  const entries = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => !zip.files[name]!.dir)
      .map(async (name) => {
        const text = /\.(xml|rels)$/.test(name);
        const data = text ? await zip.file(name)!.async('string') : await zip.file(name)!.async('uint8array');
        return { name, data: typeof data === 'string' ? renumber(data) : data };
      }),
  );
  for (const { name } of entries) zip.remove(name);
  for (const { name, data } of entries) zip.file(renumber(name), data);
}

/** Dates every entry and the document properties, the deck's own and those of each chart's workbook. */
async function pinDates(JSZip: DeckModules['JSZip'], zip: JSZipType, date: Date): Promise<void> {
  const w3c = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const props = (xml: string) =>
    xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3c}$3`);
  await rewriteParts(zip, /^docProps\/core\.xml$/, props);
  for (const path of Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))) {
    const book = await JSZip.loadAsync(await zip.file(path)!.async('uint8array'));
    await rewriteParts(book, /^docProps\/core\.xml$/, props);
    for (const entry of Object.values(book.files)) entry.date = date;
    zip.file(path, await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  for (const entry of Object.values(zip.files)) entry.date = date; // last: every rewrite above dates its entry now
}

async function rewriteParts(zip: JSZipType, name: RegExp, edit: (xml: string) => string): Promise<void> {
  for (const path of Object.keys(zip.files).filter((n) => name.test(n)))
    zip.file(path, edit(await zip.file(path)!.async('string')));
}

/** The site's SVG dash arrays (src/charts/plot-svg.ts DASHES) as DrawingML preset dashes, the nearest look. */
const PRESET_DASH: Record<string, string> = {
  '': 'solid',
  '6 3': 'dash',
  '2 3': 'sysDot',
  '8 3 2 3': 'dashDot',
  '1 2': 'sysDash',
  '10 4': 'lgDash',
  '4 2 1 2': 'sysDashDot',
  '3 6': 'lgDashDot',
};
/** The site's marker shapes (SYMBOLS) as chart marker symbols. */
const MARKER: Record<string, string> = {
  circle: 'circle',
  square: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  star: 'star',
  cross: 'plus',
  wye: 'dash',
  times: 'x',
};

/**
 * A log axis spanning millions and more prints "10000000000000" or "1E+017" by default (seen in
 * LibreOffice); "0E+0" prints 1E+13, as short as the site's axis. Axes in order: x then y for
 * scatter charts (two value axes), y alone for bar charts.
 */
function withReadableLogAxes(xml: string, spec: NativeChartSpec): string {
  const ys = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const wide = (base: number | undefined, values: number[]) =>
    !!base && values.length > 0 && Math.max(...values) >= 1e6;
  const axes =
    spec.type === 'scatter' ? [wide(spec.xLogBase, spec.xs), wide(spec.yLogBase, ys)] : [wide(spec.yLogBase, ys)];
  let i = -1;
  return xml.replace(/<c:valAx>[\s\S]*?<\/c:valAx>/g, (ax) => {
    i += 1;
    return axes[i]
      ? ax.replace(
          /<c:numFmt formatCode="[^"]*" sourceLinked="\d"\/>/,
          '<c:numFmt formatCode="0E+0" sourceLinked="0"/>',
        )
      : ax;
  });
}

/** Column widths (inches) from the longest text in each column: names get room, numbers stay narrow. */
export function columnWidths(header: string[], rows: string[][], total: number): number[] {
  const len = (t: string) => [...t].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  const weights = header.map((h, c) =>
    Math.min(28, Math.max(6, ...rows.map((r) => len(r[c] ?? '')), Math.ceil(len(h) / 2))),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / sum) * total * 100) / 100);
}

/**
 * Bars where each category has a value in one series only (stages coloured by group): stacked,
 * so each bar sits on its category as on the site; clustered would leave a slot per series
 * (bars off-centre, seen in LibreOffice and the same in PowerPoint).
 */
export function oneSeriesPerCategory(spec: NativeChartSpec): boolean {
  return (
    spec.series.length > 1 &&
    spec.labels.every(
      (_, i) => spec.series.filter((s) => s.values[i] !== null && s.values[i] !== undefined).length <= 1,
    )
  );
}

/** What the /charts/ deck builder can put in a deck (served as /charts/deck.json). */
export interface DeckCatalogue {
  charts: Array<
    Omit<DeckChart, 'native'> & {
      native?: NativeChartSpec;
      picture: string;
      views: Array<{ id: string; label: string; categories?: readonly string[] }>;
    }
  >;
  tables: DeckTable[];
}
