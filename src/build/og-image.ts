// Open Graph / Twitter card images (1200×630 PNG), drawn as SVG and rasterised with the
// embedded Pretendard font like the chart PNGs. `ogCardSvg` is pure (plain, serialisable input);
// the export cache rasterises it (src/build/exports.ts), so a card whose SVG is unchanged is reused.
import { escapeXml } from '../lib/escape.ts';
import { wrapText } from '../lib/text-width.ts';
import { ACCENT, PALETTES } from '../lib/theme.ts';
import type { OgCardInput } from '../lib/og-cards.ts';

export type { OgCardInput };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const esc = escapeXml;

export function ogCardSvg(input: OgCardInput): string {
  const theme = input.dark ? 'dark' : 'light';
  const { bg, fg, fgSoft: soft } = PALETTES[theme];
  const accent = ACCENT[theme];
  const titleSize = 64;
  // the card is a PNG drawn in Pretendard alone, so its Hangul is measured as Pretendard sets it
  const wrap = (text: string, size: number, maxLines: number) =>
    wrapText(text, size, OG_WIDTH - 160, { maxLines, font: 'pretendard' });
  const title = wrap(input.title, titleSize, 3);
  const subtitle = input.subtitle ? wrap(input.subtitle, 32, 2) : [];
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
