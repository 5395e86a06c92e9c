// The same selection as a self-contained reveal.js deck: one HTML file with reveal.js, its
// stylesheet and the Korean font inlined, so it opens offline from a USB stick.
import { escapeXml } from '../escape.ts';
import { PALETTES, SLIDE_FONTS, TABLE_COLOURS, fontStack } from '../theme.ts';

const { fg, fgSoft, grid } = PALETTES.light;

export interface RevealSlide {
  /** A composed 1920×1080 slide SVG (charts), or a table. */
  svg?: string;
  table?: { title: string; header: string[]; rows: string[][]; footer: string };
}

export function revealHtml(input: {
  title: string;
  slides: RevealSlide[];
  revealJs: string;
  revealCss: string;
  fontCss: string;
}): string {
  const esc = escapeXml;
  const sections = input.slides.map((s) => {
    if (s.svg) return `<section class="chart-slide">${s.svg.replace(/^<\?xml[^>]*>\s*/, '')}</section>`;
    const t = s.table!;
    return (
      `<section class="table-slide"><h2>${esc(t.title)}</h2><table><thead><tr>${t.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
      `<tbody>${t.rows.map((r) => `<tr>${r.map((v, i) => (i === 0 ? `<th>${esc(v)}</th>` : `<td>${esc(v)}</td>`)).join('')}</tr>`).join('')}</tbody></table>` +
      `<p class="footer">${esc(t.footer)}</p></section>`
    );
  });
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)}</title>
<style>${input.revealCss}</style>
<style>${input.fontCss}
.reveal{font-family:${fontStack(SLIDE_FONTS)};color:${fg}}
.reveal .slides section.chart-slide{padding:0}
.reveal .slides section.chart-slide svg{width:1920px;height:1080px;display:block}
.reveal .slides section.table-slide{text-align:left;padding:60px}
.reveal h2{font-size:52px;margin:0 0 28px}
.reveal table{border-collapse:collapse;font-size:26px}
.reveal th,.reveal td{border:1px solid ${grid};padding:6px 14px;text-align:right}
.reveal tr>th:first-child{text-align:left}
.reveal thead th{background:${TABLE_COLOURS.headerBg}}
.reveal .footer{font-size:22px;color:${fgSoft};position:absolute;bottom:40px;left:60px}
</style></head>
<body><div class="reveal"><div class="slides">
${sections.join('\n')}
</div></div>
<script>${input.revealJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: true, controls: true, progress: true });</script>
</body></html>
`;
}
