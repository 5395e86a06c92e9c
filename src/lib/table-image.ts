// A result table as a standalone SVG picture (for PNG export to slides): header row,
// model rows, best cells in bold, "–" for missing values, and the source line.
import { escapeXml } from './escape.ts';
import { CHART_FONTS, PALETTES, TABLE_COLOURS, fontStack } from './theme.ts';
import type { TableViewModel } from './table.ts';
import { formatScore } from './table.ts';

const esc = escapeXml;
const { fg, fgSoft, bg, grid } = PALETTES.light;
const textWidth = (t: string, size: number) =>
  [...t].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? size : size * 0.58), 0);

export function tableSvg(
  vm: TableViewModel,
  title: string,
  source: string,
): { svg: string; width: number; height: number } {
  const font = `font-family="${fontStack(CHART_FONTS)}"`;
  const size = 13;
  const rowH = 26;
  const pad = 12;
  const header = ['모델', ...vm.columns.map((c) => c.benchmark.name)];
  const sub = ['', ...vm.columns.map((c) => c.settingLabel)];
  const body = vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => formatScore(c.score, c.row?.decimals))]);
  const widths = header.map((h, i) =>
    Math.ceil(
      Math.max(
        textWidth(h, size),
        textWidth(sub[i] ?? '', size - 2),
        ...body.map((row) => textWidth(row[i] ?? '', size)),
      ) +
        2 * pad,
    ),
  );
  // A table wider than 16:9 wraps: its columns go into stacked blocks (each repeating the
  // model column) until the picture is no wider than a slide, instead of one long strip.
  const dataCols = header.map((_, i) => i).slice(1);
  const blockH = rowH * 2 + body.length * rowH;
  const gap = 18;
  const top = 40;
  let groups: number[][] = [dataCols];
  for (let k = 1; k <= Math.max(1, dataCols.length); k++) {
    const per = Math.ceil(dataCols.length / k);
    groups = Array.from({ length: Math.ceil(dataCols.length / per) || 1 }, (_, g) =>
      dataCols.slice(g * per, (g + 1) * per),
    );
    const w = Math.max(...groups.map((g) => widths[0]! + g.reduce((a, c) => a + widths[c]!, 0))) + 24;
    const h = top + groups.length * blockH + (groups.length - 1) * gap + 36;
    if (w / h <= 16 / 9) break;
  }
  const blockW = (g: number[]) => widths[0]! + g.reduce((a, c) => a + widths[c]!, 0);
  const width = Math.max(
    Math.max(...groups.map(blockW)) + 24,
    Math.ceil(textWidth(title, 16)) + 24,
    Math.ceil(textWidth(source, 11)) + 24,
  );
  // never wider than 16:9: a short table whose title sets the width gets room below instead
  const height = Math.max(top + groups.length * blockH + (groups.length - 1) * gap + 36, Math.ceil((width * 9) / 16));
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    `<text x="12" y="24" ${font} font-size="16" font-weight="700" fill="${fg}">${esc(title)}</text>`,
  ];
  groups.forEach((g, gi) => {
    const cols = [0, ...g];
    const y0 = top + gi * (blockH + gap);
    const tableW = blockW(g);
    const xs = cols.reduce<number[]>((acc, c, i) => [...acc, acc[i]! + widths[c]!], [12]);
    parts.push(`<rect x="12" y="${y0}" width="${tableW}" height="${rowH * 2}" fill="${TABLE_COLOURS.headerBg}"/>`);
    cols.forEach((c, i) => {
      const anchor = i === 0 ? 'start' : 'end';
      const x = i === 0 ? xs[i]! + pad : xs[i + 1]! - pad;
      parts.push(
        `<text x="${x}" y="${y0 + 18}" ${font} font-size="${size}" font-weight="700" text-anchor="${anchor}" fill="${fg}">${esc(header[c]!)}</text>`,
      );
      if (sub[c])
        parts.push(
          `<text x="${x}" y="${y0 + 40}" ${font} font-size="${size - 2}" text-anchor="${anchor}" fill="${fgSoft}">${esc(sub[c])}</text>`,
        );
    });
    body.forEach((row, r) => {
      const y = y0 + rowH * 2 + r * rowH;
      parts.push(`<line x1="12" x2="${12 + tableW}" y1="${y}" y2="${y}" stroke="${grid}"/>`);
      cols.forEach((c, i) => {
        const cell = row[c] ?? '';
        const best = c > 0 && vm.rows[r]!.cells[c - 1]!.best;
        if (best)
          parts.push(
            `<rect x="${xs[i]}" y="${y}" width="${widths[c]}" height="${rowH}" fill="${TABLE_COLOURS.bestFill}"/>`,
          );
        const anchor = i === 0 ? 'start' : 'end';
        const x = i === 0 ? xs[i]! + pad : xs[i + 1]! - pad;
        parts.push(
          `<text x="${x}" y="${y + 18}" ${font} font-size="${size}"${best ? ' font-weight="700"' : ''} text-anchor="${anchor}" fill="${cell === '–' ? fgSoft : best ? TABLE_COLOURS.bestText : fg}">${esc(cell)}</text>`,
        );
      });
    });
  });
  parts.push(`<text x="12" y="${height - 12}" ${font} font-size="11" fill="${fgSoft}">${esc(source)}</text>`);
  parts.push('</svg>\n');
  return { svg: parts.join(''), width, height };
}
