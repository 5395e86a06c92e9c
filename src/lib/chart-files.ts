// The standalone files exported for each chart (SVG light/dark, CSV), built from the registry.
import { chartById, type ChartDef } from '../charts/registry.ts';
import type { SiteContent } from './content/validate.ts';
import { chartCsv } from './chart-data.ts';

export function standaloneSvg(def: ChartDef, c: SiteContent, theme: 'light' | 'dark'): string {
  const r = def.render(c, theme, { hidden: new Set() });
  const source = def.source(c);
  // Add the source line under the chart so an exported picture still says where it came from.
  const extra = 28;
  const fg = theme === 'dark' ? '#b3b8c3' : '#4a4f5a';
  const bg = theme === 'dark' ? '#111318' : '#ffffff';
  const h = r.height + extra;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width}" height="${h}" viewBox="0 0 ${r.width} ${h}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    r.svg.replace(/^<svg /, `<svg x="0" y="0" width="${r.width}" height="${r.height}" `) +
    `<text x="12" y="${r.height + 19}" font-family="Pretendard, 'Noto Sans KR', sans-serif" font-size="12" fill="${fg}">출처: ${esc(source)}</text>` +
    `</svg>\n`
  );
}

export function chartCsvFile(def: ChartDef, c: SiteContent): string {
  return chartCsv(def.data(c));
}

export function mustChart(id: string): ChartDef {
  const def = chartById(id);
  if (!def) throw new Error(`unknown chart id "${id}"`);
  return def;
}
