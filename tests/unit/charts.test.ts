// Renders every registry chart from the real content in both themes: a regression net
// for the build-time SVGs that reviews, chart pages, embeds and exports all share.
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { chartIds } from '../../src/charts/ids.ts';
import { siteContent } from '../../src/lib/content/site-content.ts';
import { standaloneSvg } from '../../src/lib/chart-files.ts';

describe('chart registry', () => {
  it('defines exactly the ids content may reference', () => {
    expect(charts.map((c) => c.id).sort()).toEqual([...chartIds].sort());
  });

  const c = siteContent();
  describe.each(charts.map((ch) => [ch.id, ch] as const))('%s', (_id, ch) => {
    it.each(['light', 'dark'] as const)('renders a titled SVG in %s', (theme) => {
      const r = ch.render(c, theme, { hidden: new Set() });
      expect(r.svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(r.svg).toContain(`<title id="${ch.id}-title">`);
      expect(r.svg).not.toContain('currentColor');
      expect(r.svg).not.toMatch(/aria-label=/);
      expect(r.width).toBeGreaterThan(0);
    });
    it('tags one mark per series so toggles can hide it', () => {
      const r = ch.render(c, 'light', { hidden: new Set() });
      for (const s of ch.series(c)) expect(r.svg).toContain(`data-mark="${s.id}"`);
    });
    it('leaves hidden series out of the picture', () => {
      const [first] = ch.series(c);
      const r = ch.render(c, 'light', { hidden: new Set([first!.id]) });
      expect(r.svg).not.toContain(`data-mark="${first!.id}"`);
    });
    it('has a data table whose rows match the chart data and a source line', () => {
      const d = ch.data(c);
      expect(d.rows.length).toBeGreaterThan(0);
      expect(d.rows.every((row) => row.length === d.header.length)).toBe(true);
      expect(ch.source(c)).toMatch(/\S/);
    });
    it('is byte-stable across renders', () => {
      expect(ch.render(c, 'dark', { hidden: new Set() }).svg).toBe(ch.render(c, 'dark', { hidden: new Set() }).svg);
    });
    it('exports a standalone SVG with the source printed in it', () => {
      const svg = standaloneSvg(ch, c, 'light');
      expect(svg).toContain('출처:');
      expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    });
  });
});

describe('Qwen Figure 3 chart', () => {
  it('keeps the figure read-off label in its source line', () => {
    expect(charts.find((x) => x.id === 'qwen-tokenizer-compression')!.source(siteContent())).toContain('그림에서 읽은 근사값');
  });
});

describe('DeepSeek scaling chart', () => {
  it('places the paper’s 7B and 67B at their actual M and C (fact sheet check values)', () => {
    const s = charts.find((x) => x.id === 'deepseek-scaling-curves')!;
    const r = s.render(siteContent(), 'light', { hidden: new Set() });
    expect(r.svg).toContain('data-mark="deepseek-m"');
    const data = s.data(siteContent());
    const col = data.header.indexOf('DeepSeek LLM 7B·67B의 실제 M');
    const pts = data.rows.filter((row) => row[col] !== null).map((row) => [Number(row[0]), Number(row[col])]);
    // 7B: M ≈ 4.23e10, C = M × 2T ≈ 8.46e22; 67B: M ≈ 4.97e11, C ≈ 9.95e23
    expect(pts.map(([c, m]) => [Number(c!.toPrecision(3)), Number(m!.toPrecision(3))])).toEqual([
      [8.46e22, 4.23e10],
      [9.95e23, 4.97e11],
    ]);
  });
});
