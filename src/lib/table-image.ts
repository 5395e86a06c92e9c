// A result table as a standalone SVG picture (for PNG export to slides): header row,
// model rows, best cells in bold, "–" for missing values, and the source line.
import type { TableViewModel } from './table.ts';
import { formatScore } from './table.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textWidth = (t: string, size: number) => [...t].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) ? size : size * 0.58), 0);

export function tableSvg(vm: TableViewModel, title: string, source: string): { svg: string; width: number; height: number } {
  const font = `font-family="Pretendard, 'Noto Sans KR', sans-serif"`;
  const size = 13;
  const rowH = 26;
  const pad = 12;
  const header = ['모델', ...vm.columns.map((c) => c.benchmark.name)];
  const sub = ['', ...vm.columns.map((c) => c.settingLabel)];
  const body = vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => formatScore(c.score, c.row?.decimals))]);
  const widths = header.map((h, i) =>
    Math.ceil(Math.max(textWidth(h, size), textWidth(sub[i] ?? '', size - 2), ...body.map((row) => textWidth(row[i] ?? '', size))) + 2 * pad),
  );
  const tableW = widths.reduce((a, b) => a + b, 0);
  const width = Math.max(tableW + 24, Math.ceil(textWidth(title, 16)) + 24, Math.ceil(textWidth(source, 11)) + 24);
  const top = 40;
  const headH = rowH * 2;
  const height = top + headH + body.length * rowH + 36;
  const xs = widths.reduce<number[]>((acc, _w, i) => [...acc, (acc[i] ?? 12) + widths[i]!], [12]);
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="24" ${font} font-size="16" font-weight="700" fill="#1b1d22">${esc(title)}</text>`,
    `<rect x="12" y="${top}" width="${tableW}" height="${headH}" fill="#f5f6f8"/>`,
  ];
  header.forEach((h, i) => {
    const anchor = i === 0 ? 'start' : 'end';
    const x = i === 0 ? xs[i]! + pad : xs[i + 1]! - pad;
    parts.push(`<text x="${x}" y="${top + 18}" ${font} font-size="${size}" font-weight="700" text-anchor="${anchor}" fill="#1b1d22">${esc(h)}</text>`);
    if (sub[i]) parts.push(`<text x="${x}" y="${top + 40}" ${font} font-size="${size - 2}" text-anchor="${anchor}" fill="#4a4f5a">${esc(sub[i]!)}</text>`);
  });
  body.forEach((row, r) => {
    const y = top + headH + r * rowH;
    parts.push(`<line x1="12" x2="${12 + tableW}" y1="${y}" y2="${y}" stroke="#d9dce2"/>`);
    row.forEach((cell, i) => {
      const best = i > 0 && vm.rows[r]!.cells[i - 1]!.best;
      if (best) parts.push(`<rect x="${xs[i]}" y="${y}" width="${widths[i]}" height="${rowH}" fill="#d6f0e0"/>`);
      const anchor = i === 0 ? 'start' : 'end';
      const x = i === 0 ? xs[i]! + pad : xs[i + 1]! - pad;
      parts.push(
        `<text x="${x}" y="${y + 18}" ${font} font-size="${size}"${best ? ' font-weight="700"' : ''} text-anchor="${anchor}" fill="${cell === '–' ? '#4a4f5a' : best ? '#0f5132' : '#1b1d22'}">${esc(cell)}</text>`,
      );
    });
  });
  parts.push(`<text x="12" y="${height - 12}" ${font} font-size="11" fill="#4a4f5a">${esc(source)}</text>`);
  parts.push('</svg>\n');
  return { svg: parts.join(''), width, height };
}
