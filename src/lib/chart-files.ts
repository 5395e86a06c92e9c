// The standalone files exported for each chart (SVG light/dark, CSV), built from the registry.
import { chartById, charts, type ChartDef } from '../charts/registry.ts';
import type { SiteContent } from './content/validate.ts';
import { chartCsv } from './chart-data.ts';

export function standaloneSvg(def: ChartDef, c: SiteContent, theme: 'light' | 'dark'): string {
  const r = def.render(c, theme, { hidden: new Set() });
  const fg = theme === 'dark' ? '#e8eaee' : '#1b1d22';
  const soft = theme === 'dark' ? '#b3b8c3' : '#4a4f5a';
  const bg = theme === 'dark' ? '#111318' : '#ffffff';
  const font = `font-family="Pretendard, 'Noto Sans KR', sans-serif"`;
  // An exported picture carries its own title, legend and source line.
  const top = 34;
  const textWidth = (t: string) => [...t].reduce((w, ch) => w + (/[\u3131-\ud7a3]/.test(ch) ? 12 : 7), 0);
  const colW = Math.max(...r.legend.map((l) => textWidth(l.label))) + 56;
  const perRow = Math.max(1, Math.floor((r.width - 12) / colW));
  const legendRows = r.legend.length > 1 ? Math.ceil(r.legend.length / perRow) : 0;
  const legendH = legendRows * 22;
  const h = top + r.height + legendH + 30;
  const legend = r.legend.length > 1
    ? r.legend
        .map((item, i) => {
          const x = 12 + (i % perRow) * colW;
          const y = top + r.height + 14 + Math.floor(i / perRow) * 22;
          return (
            `<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}" stroke="${item.color}" stroke-width="3"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>` +
            `<text x="${x + 34}" y="${y + 4}" ${font} font-size="12" fill="${fg}">${esc(item.label)}</text>`
          );
        })
        .join('')
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width}" height="${h}" viewBox="0 0 ${r.width} ${h}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    `<text x="12" y="22" ${font} font-size="16" font-weight="700" fill="${fg}">${esc(def.title)}</text>` +
    r.svg.replace(/^<svg /, `<svg x="0" y="${top}" width="${r.width}" height="${r.height}" `) +
    legend +
    `<text x="12" y="${h - 10}" ${font} font-size="12" fill="${soft}">출처: ${esc(def.source(c))}</text>` +
    `</svg>\n`
  );
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function chartCsvFile(def: ChartDef, c: SiteContent): string {
  return chartCsv(def.data(c));
}

export function mustChart(id: string): ChartDef {
  const def = chartById(id);
  if (!def) throw new Error(`unknown chart id "${id}"`);
  return def;
}

/** Route params of the themed exports: "<id>" (light) and "<id>-dark". */
export function themedChartPaths() {
  return charts.flatMap((c) => [{ params: { id: c.id } }, { params: { id: `${c.id}-dark` } }]);
}

/** The standalone SVG for a themed export route param. */
export function themedChartSvg(param: string, c: SiteContent): string {
  const dark = param.endsWith('-dark');
  return standaloneSvg(mustChart(dark ? param.slice(0, -5) : param), c, dark ? 'dark' : 'light');
}
