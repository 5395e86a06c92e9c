// The subset fonts PNG exports are drawn with: used whenever they hold every character of an SVG,
// and never a different pixel from the full Pretendard files.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FULL_FONT_FILES,
  rasterFontFiles,
  siteCodePoints,
  subsetFont,
  svgCodePoints,
} from '../../src/build/raster-fonts.ts';
import { svgToPng } from '../../src/build/raster.ts';
import { chartSlideSvg } from '../../src/build/chart-files.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { tablePicture, tableRoutes } from '../../src/build/table-files.ts';
import { ogCardSvg } from '../../src/build/og-image.ts';
import { charts } from '../../src/charts/registry.ts';
import { readFileSync } from 'node:fs';

const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!);
// a syllable no file of the project holds (checked below), so it is outside the subset
const RARE = '꿻';

describe('the characters of an SVG', () => {
  it('are its text outside tags, entities decoded, blanks dropped', () => {
    const got = svgCodePoints('<svg><text x="1">가 &amp; &#x41;&#66;</text>\n<title>&lt;ㄱ&gt;</title></svg>');
    expect([...got].sort((a, b) => a - b)).toEqual(cp('&<>ABㄱ가').sort((a, b) => a - b));
  });
});

describe('the site subset', () => {
  const site = new Set(siteCodePoints());

  it('holds ASCII, the Hangul of the content and the symbols code writes, and not the rest of Hangul', () => {
    for (const c of cp('Az09%−×→논문리뷰퍼플렉서티')) expect(site.has(c), String.fromCodePoint(c)).toBe(true);
    expect(site.has(RARE.codePointAt(0)!)).toBe(false);
  });

  it('is used for a real slide, and an SVG with any other character gets the full files', () => {
    const slide = chartSlideSvg(charts[0]!, siteContent(), 'light');
    const files = rasterFontFiles(slide);
    expect(files).not.toEqual(FULL_FONT_FILES);
    for (const f of files) expect(statSync(f).size).toBeLessThan(statSync(FULL_FONT_FILES[0]!).size / 4);
    expect(rasterFontFiles(slide.replace('</svg>', `<text>${RARE}</text></svg>`))).toEqual(FULL_FONT_FILES);
  });

  it('cuts a font to the glyphs asked for, keeping what draws them', async () => {
    const full = readFileSync(FULL_FONT_FILES[0]!);
    const small = subsetFont(full, cp('가나다ABC'));
    expect(small.length).toBeGreaterThan(1000);
    expect(small.length).toBeLessThan(full.length / 20);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="4" y="40" font-size="32">가나다ABC</text></svg>`;
    // drawn with a font file that lacks the glyphs, the text would be blank: compare with the full file's
    const { png } = await svgToPng(svg, 1, () => FULL_FONT_FILES);
    expect((await svgToPng(svg, 1)).png.equals(png)).toBe(true);
  });

  it('draws the same PNG bytes as the full files: chart slides, a table image and a share card', async () => {
    const c = siteContent();
    const [table] = tableRoutes();
    const svgs: Array<[string, string, number]> = [
      ...charts
        .slice(0, 2)
        .flatMap((ch) =>
          (['light', 'dark-transparent'] as const).map((v): [string, string, number] => [
            `${ch.id} ${v}`,
            chartSlideSvg(ch, c, v),
            1,
          ]),
        ),
      [`table ${table!.paper}/${table!.table}`, tablePicture(table!.paper, table!.table).svg, 2],
      [
        'share card',
        ogCardSvg({
          kind: '리뷰',
          title: '컨텍스트 길이별 퍼플렉서티 (−12.5 %)',
          subtitle: 'Qwen · 표 3',
          siteName: '논문 리뷰 노트',
        }),
        1,
      ],
    ];
    for (const [name, svg, scale] of svgs) {
      expect(rasterFontFiles(svg), name).not.toEqual(FULL_FONT_FILES);
      const full = (await svgToPng(svg, scale, () => FULL_FONT_FILES)).png;
      expect((await svgToPng(svg, scale)).png.equals(full), name).toBe(true);
    }
  });
});
