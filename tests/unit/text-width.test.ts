// The one text-width estimate (src/lib/text-width.ts) against the font that draws every PNG:
// Pretendard's own advance widths, read with HarfBuzz from the files the rasteriser embeds. An
// estimate must never fall short of the Bold (slide titles would leave their slide, turned chart
// names would be cut) and should stay near the Regular (or chart margins open gaps).
import { readFileSync } from 'node:fs';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { FULL_FONT_FILES } from '../../src/build/raster-fonts.ts';
import { charWidthEm, PRETENDARD_HANGUL_EM, textWidth, wrapText } from '../../src/lib/text-width.ts';

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

describe('wrapText', () => {
  const c = siteContent();
  const titles = [...c.reviews, ...c.concepts].map((d) => d.data.title);
  const bold = advanceEm(fontFile('Bold'));

  it("measures Hangul as Pretendard sets it when only Pretendard draws the text, never under the Bold and within 8 % of it on every Korean title (the share cards' case)", () => {
    expect(bold('가') * 2048).toBe(1770);
    expect(bold('힣')).toBe(bold('가'));
    expect(charWidthEm('가', { font: 'pretendard' })).toBe(PRETENDARD_HANGUL_EM);
    expect(charWidthEm('A', { font: 'pretendard' })).toBe(charWidthEm('A'));
    const est = (t: string) => textWidth(t, 1, { font: 'pretendard' });
    expect(
      titles.filter((t) => est(t) < bold(t)),
      'under the Bold',
    ).toEqual([]);
    // titles with Hangul: the Latin classes stay coarse (a title like "SwiGLU" runs wider)
    const korean = titles.filter((t) => /[가-힣]/.test(t));
    expect(korean.length).toBeGreaterThan(10);
    expect(
      korean.filter((t) => est(t) > 1.08 * bold(t)),
      'over 1.08 × the Bold',
    ).toEqual([]);
  });

  it('fills each line, breaks only at spaces unless a word alone is too wide, and marks a cut with "…" that still fits', () => {
    const width = 1040;
    for (const title of titles) {
      const lines = wrapText(title, 64, width, { font: 'pretendard' });
      expect(lines.join(' ')).toBe(title.trim().split(/\s+/).join(' '));
      lines.forEach((line, i) => {
        expect(64 * bold(line), `"${line}" set wider than the card`).toBeLessThanOrEqual(width);
        const next = lines[i + 1]?.split(' ')[0];
        // greedy: the next line's first word would not have fitted on this one
        if (next) expect(textWidth(`${line} ${next}`, 64, { font: 'pretendard' })).toBeGreaterThan(width);
      });
    }
    expect(wrapText('가'.repeat(30), 10, 100)).toEqual(['가'.repeat(10), '가'.repeat(10), '가'.repeat(10)]);
    const cut = wrapText('하나 둘 셋 넷 다섯 여섯 일곱 여덟', 10, 50, { maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    expect(textWidth(cut[1]!, 10)).toBeLessThanOrEqual(50);
    expect(wrapText('  ', 10, 50)).toEqual([]);
  });
});
