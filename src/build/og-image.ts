// Open Graph / Twitter card images (1200×630 PNG), drawn as SVG and rasterised with the
// embedded Pretendard font like the chart PNGs. `ogCardSvg` is pure (plain, serialisable input);
// the export cache rasterises it (src/build/exports.ts), so a card whose SVG is unchanged is reused.
import { escapeXml } from '../lib/escape.ts';
import { charWidthEm } from '../lib/text-width.ts';
import { ACCENT, PALETTES } from '../lib/theme.ts';
import type { OgCardInput } from '../lib/og-cards.ts';

export type { OgCardInput };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Breaks text into at most `maxLines` lines of `maxEm` em, at spaces where possible; "…" if cut. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    lines.push(line);
    line = '';
    width = 0;
  };
  for (const word of words) {
    const w = [...word].reduce((s, ch) => s + charWidthEm(ch), 0);
    const gap = line ? charWidthEm(' ') : 0;
    if (line && width + gap + w > maxEm) push();
    if (w > maxEm) {
      // A word longer than a line (long Hangul compounds): break by character.
      for (const ch of word) {
        if (width + charWidthEm(ch) > maxEm) push();
        line += ch;
        width += charWidthEm(ch);
      }
      continue;
    }
    line += (line ? ' ' : '') + word;
    width += gap + w;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S{0,2}$/, '')}…`;
    return kept;
  }
  return lines;
}

const esc = escapeXml;

export function ogCardSvg(input: OgCardInput): string {
  const theme = input.dark ? 'dark' : 'light';
  const { bg, fg, fgSoft: soft } = PALETTES[theme];
  const accent = ACCENT[theme];
  const titleSize = 64;
  const title = wrapText(input.title, (OG_WIDTH - 160) / titleSize, 3);
  const subtitle = input.subtitle ? wrapText(input.subtitle, (OG_WIDTH - 160) / 32, 2) : [];
  const titleTop = 220;
  const titleLines = title
    .map(
      (l, i) =>
        `<text x="80" y="${titleTop + i * titleSize * 1.25}" font-size="${titleSize}" font-weight="700" fill="${fg}">${esc(l)}</text>`,
    )
    .join('');
  const subTop = titleTop + title.length * titleSize * 1.25 + 30;
  const subLines = subtitle
    .map((l, i) => `<text x="80" y="${subTop + i * 44}" font-size="32" fill="${soft}">${esc(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="Pretendard">
<rect width="100%" height="100%" fill="${bg}"/>
<rect x="0" y="0" width="${OG_WIDTH}" height="14" fill="${accent}"/>
<text x="80" y="120" font-size="30" font-weight="600" fill="${accent}">${esc(input.kind)}</text>
${titleLines}${subLines}
<text x="80" y="${OG_HEIGHT - 60}" font-size="28" font-weight="600" fill="${soft}">${esc(input.siteName)}</text>
</svg>`;
}
