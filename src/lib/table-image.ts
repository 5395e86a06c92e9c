// A result table as a standalone SVG picture (for PNG export to slides): header row,
// model rows, best cells in bold, "–" for missing values, and the source line.
import { escapeXml } from './escape.ts';
import { CHART_FONTS, PALETTES, TABLE_COLOURS, fontStack } from './theme.ts';
import type { TableViewModel } from './table.ts';
import { formatScore } from './table.ts';
import { textWidth } from './text-width.ts';

const esc = escapeXml;
const { fg, fgSoft, bg, grid } = PALETTES.light;

const SIZE = 13;
const ROW_H = 26;
const PAD = 12;
const GAP = 18;
const TOP = 40;
const font = `font-family="${fontStack(CHART_FONTS)}"`;

interface Grid {
  header: string[];
  sub: string[];
  body: string[][];
  widths: number[];
}

/**
 * A table wider than 16:9 wraps: its columns go into stacked blocks (each repeating the model
 * column) until the picture is no wider than a slide, instead of one long strip.
 */
function columnGroups({ header, body, widths }: Grid): number[][] {
  const dataCols = header.map((_, i) => i).slice(1);
  const blockH = ROW_H * 2 + body.length * ROW_H;
  let groups: number[][] = [dataCols];
  for (let k = 1; k <= Math.max(1, dataCols.length); k++) {
    const per = Math.ceil(dataCols.length / k);
    groups = Array.from({ length: Math.ceil(dataCols.length / per) || 1 }, (_, g) =>
      dataCols.slice(g * per, (g + 1) * per),
    );
    const w = Math.max(...groups.map((g) => widths[0]! + g.reduce((a, c) => a + widths[c]!, 0))) + 24;
    const h = TOP + groups.length * blockH + (groups.length - 1) * GAP + 36;
    if (w / h <= 16 / 9) break;
  }
  return groups;
}

/** One block of the picture: the header rows and every model row for the columns `g`. */
function blockSvg(vm: TableViewModel, t: Grid, g: number[], y0: number, tableW: number): string[] {
  const { header, sub, body, widths } = t;
  const parts: string[] = [];
  const cols = [0, ...g];
  const xs = cols.reduce<number[]>((acc, c, i) => [...acc, acc[i]! + widths[c]!], [12]);
  const anchorAt = (i: number) => (i === 0 ? 'start' : 'end');
  const xAt = (i: number) => (i === 0 ? xs[i]! + PAD : xs[i + 1]! - PAD);
  parts.push(`<rect x="12" y="${y0}" width="${tableW}" height="${ROW_H * 2}" fill="${TABLE_COLOURS.headerBg}"/>`);
  cols.forEach((c, i) => {
    parts.push(
      `<text x="${xAt(i)}" y="${y0 + 18}" ${font} font-size="${SIZE}" font-weight="700" text-anchor="${anchorAt(i)}" fill="${fg}">${esc(header[c]!)}</text>`,
    );
    if (sub[c])
      parts.push(
        `<text x="${xAt(i)}" y="${y0 + 40}" ${font} font-size="${SIZE - 2}" text-anchor="${anchorAt(i)}" fill="${fgSoft}">${esc(sub[c])}</text>`,
      );
  });
  body.forEach((row, r) => {
    const y = y0 + ROW_H * 2 + r * ROW_H;
    parts.push(`<line x1="12" x2="${12 + tableW}" y1="${y}" y2="${y}" stroke="${grid}"/>`);
    cols.forEach((c, i) => {
      const cell = row[c] ?? '';
      const best = c > 0 && vm.rows[r]!.cells[c - 1]!.best;
      if (best)
        parts.push(
          `<rect x="${xs[i]}" y="${y}" width="${widths[c]}" height="${ROW_H}" fill="${TABLE_COLOURS.bestFill}"/>`,
        );
      parts.push(
        `<text x="${xAt(i)}" y="${y + 18}" ${font} font-size="${SIZE}"${best ? ' font-weight="700"' : ''} text-anchor="${anchorAt(i)}" fill="${cell === '–' ? fgSoft : best ? TABLE_COLOURS.bestText : fg}">${esc(cell)}</text>`,
      );
    });
  });
  return parts;
}

export function tableSvg(
  vm: TableViewModel,
  title: string,
  source: string,
): { svg: string; width: number; height: number } {
  const header = ['모델', ...vm.columns.map((c) => c.benchmark.name)];
  const sub = ['', ...vm.columns.map((c) => c.settingLabel)];
  const body = vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => formatScore(c.score, c.row?.decimals))]);
  const widths = header.map((h, i) =>
    Math.ceil(
      Math.max(
        textWidth(h, SIZE),
        textWidth(sub[i] ?? '', SIZE - 2),
        ...body.map((row) => textWidth(row[i] ?? '', SIZE)),
      ) +
        2 * PAD,
    ),
  );
  const cells: Grid = { header, sub, body, widths };
  const groups = columnGroups(cells);
  const blockH = ROW_H * 2 + body.length * ROW_H;
  const blockW = (g: number[]) => widths[0]! + g.reduce((a, c) => a + widths[c]!, 0);
  const width = Math.max(
    Math.max(...groups.map(blockW)) + 24,
    Math.ceil(textWidth(title, 16)) + 24,
    Math.ceil(textWidth(source, 11)) + 24,
  );
  // never wider than 16:9: a short table whose title sets the width gets room below instead
  const height = Math.max(TOP + groups.length * blockH + (groups.length - 1) * GAP + 36, Math.ceil((width * 9) / 16));
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    `<text x="12" y="24" ${font} font-size="16" font-weight="700" fill="${fg}">${esc(title)}</text>`,
  ];
  groups.forEach((g, gi) => parts.push(...blockSvg(vm, cells, g, TOP + gi * (blockH + GAP), blockW(g))));
  parts.push(`<text x="12" y="${height - 12}" ${font} font-size="11" fill="${fgSoft}">${esc(source)}</text>`);
  parts.push('</svg>\n');
  return { svg: parts.join(''), width, height };
}
