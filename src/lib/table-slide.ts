// A 16:9 slide (1920×1080) of a table as it is on screen (the rows left after filtering, in
// the current sort order, the visible columns): the same title and footer as chart slides
// (slideSvg/slideFrame in slide.ts), the table drawn at slide scale with type no smaller than
// 24 px. A table too wide for one row of columns stacks its columns in blocks (each repeating
// the first column); rows that do not fit are counted on the slide instead of shrinking the type.
// Pure string work, used by the results tables and the benchmark explorer in the browser.
import { escapeXml, slideFrame, slideSvg, type SlideColours, type SlideVariant } from './slide.ts';
import { textWidth, wrapText } from './text-width.ts';

export interface TableSlidePalette extends SlideColours {
  grid: string;
}

export interface TableSlideInput {
  title: string;
  header: string[];
  rows: string[][];
  /** Cells shown as the column's best (bold, tinted), same shape as rows. */
  best?: boolean[][];
  source: string;
  address: string;
  licence: string;
  palette: Record<'light' | 'dark', TableSlidePalette>;
  variant: SlideVariant;
  fontFaceCss?: string;
  /** "행" (rows) or "쌍" (pairs): the unit named when rows are left out. */
  rowUnit?: string;
}

export interface TableSlide {
  svg: string;
  fontSize: number;
  shownRows: number;
  totalRows: number;
}

const FONT = "Pretendard, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif";
const SIZES = [44, 40, 36, 32, 30, 28, 26, 24] as const;
const BLOCK_GAP = 24;
const BEST_TINT = { light: '#d6f0e0', dark: '#1d4633' } as const;
const BEST_FG = { light: '#0f5132', dark: '#9ee2bb' } as const;

interface Layout {
  size: number;
  widths: number[];
  headLines: string[][];
  blocks: number[][];
  rowH: number;
  headH: number;
  fit: number;
}

/** Column widths and blocks at one type size, and how many rows then fit in `height`. */
function layoutAt(size: number, header: string[], rows: string[][], width: number, height: number): Layout {
  const pad = size * 0.6;
  const maxCol = width * 0.45;
  const headLines = header.map((h) => wrapText(h, size, maxCol - 2 * pad, { maxLines: 2 }));
  const widths = header.map((_, i) =>
    Math.min(
      maxCol,
      Math.ceil(
        Math.max(...headLines[i]!.map((l) => textWidth(l, size)), ...rows.map((r) => textWidth(r[i] ?? '', size))) +
          2 * pad,
      ),
    ),
  );
  const blocks: number[][] = [];
  let current: number[] = [];
  let used = widths[0] ?? 0;
  for (let c = 1; c < header.length; c++) {
    if (current.length && used + widths[c]! > width) {
      blocks.push(current);
      current = [];
      used = widths[0]!;
    }
    current.push(c);
    used += widths[c]!;
  }
  blocks.push(current);
  const rowH = Math.round(size * 1.55);
  const headH = Math.round(Math.max(...headLines.map((l) => l.length), 1) * size * 1.25 + size * 0.6);
  const noteH = size * 1.6;
  const free = height - blocks.length * headH - (blocks.length - 1) * BLOCK_GAP;
  const all = free >= blocks.length * rows.length * rowH;
  const fit = all ? rows.length : Math.max(1, Math.floor((free - noteH) / (blocks.length * rowH)));
  return { size, widths, headLines, blocks, rowH, headH, fit };
}

/** Shortens a cell that is wider than its column (only the 45 %-of-slide cap can cause this). */
function clip(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', size) > max) break;
    out += ch;
  }
  return out + '…';
}

interface Drawing {
  input: TableSlideInput;
  lay: Layout;
  pal: TableSlidePalette;
  theme: 'light' | 'dark';
  width: number;
  numeric: boolean[];
  shown: string[][];
}

type TextOptions = { fill?: string; weight?: number; anchor?: string; sz?: number };
const textAt = (d: Drawing, x: number, y: number, body: string, o: TextOptions = {}) =>
  `<text x="${r(x)}" y="${r(y)}" font-family="${FONT}" font-size="${o.sz ?? d.lay.size}"${o.weight ? ` font-weight="${o.weight}"` : ''}${o.anchor ? ` text-anchor="${o.anchor}"` : ''} fill="${o.fill ?? d.pal.fg}">${escapeXml(body)}</text>`;

/** One block of columns (the first column and `block`), its header and the shown rows, from `y` down. */
function blockParts(d: Drawing, block: number[], y: number): { parts: string[]; y: number } {
  const { size, widths, headLines, rowH, headH } = d.lay;
  const pad = size * 0.6;
  const parts: string[] = [];
  const cols = [0, ...block];
  const xs = cols.reduce<number[]>((acc, c, i) => [...acc, acc[i]! + widths[c]!], [0]);
  const blockW = xs[xs.length - 1]!;
  const xOf = (c: number, i: number) => (d.numeric[c] ? xs[i + 1]! - pad : xs[i]! + pad);
  const anchorOf = (c: number) => (d.numeric[c] ? { anchor: 'end' } : {});
  parts.push(`<g transform="translate(${r((d.width - blockW) / 2)} 0)">`);
  parts.push(
    `<rect x="0" y="${r(y)}" width="${r(blockW)}" height="${headH}" fill="${d.pal.fgSoft}" fill-opacity="0.14"/>`,
  );
  cols.forEach((c, i) => {
    headLines[c]!.forEach((line, li) =>
      parts.push(textAt(d, xOf(c, i), y + size * 1.1 + li * size * 1.25, line, { weight: 700, ...anchorOf(c) })),
    );
  });
  y += headH;
  d.shown.forEach((row, ri) => {
    parts.push(`<line x1="0" x2="${r(blockW)}" y1="${r(y)}" y2="${r(y)}" stroke="${d.pal.grid}" stroke-width="2"/>`);
    cols.forEach((c, i) => {
      const best = c > 0 && !!d.input.best?.[ri]?.[c];
      if (best)
        parts.push(
          `<rect x="${r(xs[i]!)}" y="${r(y)}" width="${r(widths[c]!)}" height="${rowH}" fill="${BEST_TINT[d.theme]}"/>`,
        );
      const body = clip(row[c] ?? '', size, widths[c]! - 2 * pad);
      parts.push(
        textAt(d, xOf(c, i), y + rowH * 0.68, body, {
          ...(best ? { weight: 700, fill: BEST_FG[d.theme] } : {}),
          ...anchorOf(c),
        }),
      );
    });
    y += rowH;
  });
  parts.push(
    `<line x1="0" x2="${r(blockW)}" y1="${r(y)}" y2="${r(y)}" stroke="${d.pal.grid}" stroke-width="2"/>`,
    '</g>',
  );
  return { parts, y };
}

/** The one render function of table slides. */
export function tableSlideSvg(input: TableSlideInput): TableSlide {
  const theme = input.variant.startsWith('dark') ? 'dark' : 'light';
  const pal = input.palette[theme];
  const frame = slideFrame(input);
  const { inner: width, chartH: height } = frame;
  const layouts = SIZES.map((s) => layoutAt(s, input.header, input.rows, width, height));
  const lay = layouts.find((l) => l.fit === input.rows.length) ?? layouts[layouts.length - 1]!;
  const { size, blocks, fit } = lay;
  const numeric = input.header.map(
    (_, c) => c > 0 && input.rows.every((r) => /^[-–+]?[\d.,]*\d[\d.,%]*\D{0,2}$|^[–-]$/.test((r[c] ?? '').trim())),
  );
  const d: Drawing = { input, lay, pal, theme, width, numeric, shown: input.rows.slice(0, fit) };

  const parts: string[] = [];
  let y = 0;
  blocks.forEach((block, bi) => {
    const drawn = blockParts(d, block, y);
    parts.push(...drawn.parts);
    y = drawn.y;
    if (bi < blocks.length - 1) y += BLOCK_GAP;
  });
  if (fit < input.rows.length) {
    y += size * 1.4;
    const left = `외 ${input.rows.length - fit}${input.rowUnit ?? '행'}은 슬라이드에 다 들어가지 않아 뺐습니다 (CSV와 페이지에 전부 있습니다).`;
    parts.push(textAt(d, 0, y, left, { fill: pal.fgSoft }));
  }
  // The table as the slide's "chart": exactly the frame's free area, so it is drawn at scale 1.
  const body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(width)} ${r(height)}" data-slide-table="">${parts.join('')}</svg>`;
  const { svg } = slideSvg({
    title: input.title,
    chartSvg: body,
    chartWidth: width,
    chartHeight: height,
    chartFontSize: size,
    legend: [],
    source: input.source,
    address: input.address,
    licence: input.licence,
    colours: { fg: pal.fg, fgSoft: pal.fgSoft, bg: pal.bg },
    transparent: input.variant.endsWith('transparent'),
    ...(input.fontFaceCss ? { fontFaceCss: input.fontFaceCss } : {}),
  });
  return { svg, fontSize: size, shownRows: fit, totalRows: input.rows.length };
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}
