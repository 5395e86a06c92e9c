// The one text-width estimate (src/lib/text-width.ts) against the font that draws every PNG:
// Pretendard's own advance widths, read with HarfBuzz from the files the rasteriser embeds. An
// estimate must never fall short of the Bold (slide titles would leave their slide, turned chart
// names would be cut) and should stay near the Regular (or chart margins open gaps).
import { readFileSync } from 'node:fs';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { FULL_FONT_FILES } from '../../src/build/raster-fonts.ts';
import { charWidthEm, textWidth } from '../../src/lib/text-width.ts';

/** Advance width of `text` in em, as Pretendard in `file` sets it (no kerning: the estimate has none). */
function advanceEm(file: string): (text: string) => number {
  const face = new Face(new Blob(readFileSync(file)));
  const font = new Font(face);
  return (text) =>
    [...text].reduce((w, ch) => w + font.glyphHAdvance(font.glyph(ch.codePointAt(0)!) ?? 0), 0) / face.upem;
}

const fontFile = (weight: string) => FULL_FONT_FILES.find((f) => f.includes(`-${weight}.`))!;

describe('text width estimate', () => {
  it('counts Hangul as one em, a space as narrow, and scales with the size', () => {
    expect(charWidthEm('한')).toBe(1);
    expect(charWidthEm(' ')).toBeLessThan(charWidthEm('a'));
    expect(charWidthEm('i')).toBeLessThan(charWidthEm('a'));
    expect(charWidthEm('W')).toBeGreaterThan(charWidthEm('A'));
    expect(textWidth('Qwen-7B 모델', 20)).toBeCloseTo(2 * textWidth('Qwen-7B 모델', 10));
  });

  it('never falls short of Pretendard Bold, and stays within 20 % of the Regular, on every name and title the charts, slides, table pictures and share cards set', () => {
    const c = siteContent();
    const texts = [
      ...c.models.map((m) => m.name),
      ...c.papers.map((p) => p.shortTitle ?? p.title),
      ...c.series.flatMap((s) => [s.title, ...s.lines.map((l) => l.label)]),
      ...c.tables.map((t) => t.title),
      ...[...c.reviews, ...c.concepts].map((d) => d.data.title),
    ].filter((t) => t.trim());
    expect(texts.length).toBeGreaterThan(50);
    const bold = advanceEm(fontFile('Bold'));
    const regular = advanceEm(fontFile('Regular'));
    const short = texts.filter((t) => textWidth(t, 1) < bold(t));
    expect(short, 'estimates below the Bold').toEqual([]);
    const loose = texts.filter((t) => textWidth(t, 1) > 1.2 * regular(t));
    expect(loose, 'estimates over 1.2 × the Regular').toEqual([]);
  });
});
