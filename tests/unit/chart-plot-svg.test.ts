// src/charts/plot-svg.ts: Observable Plot rendered at build time to a byte-stable, self-contained SVG string.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PALETTES, plotToSvg, type Palette } from '../../src/charts/plot-svg.ts';
import { CHART_FONTS, fontStack } from '../../src/lib/theme.ts';

const FAMILY = fontStack(CHART_FONTS, '"');

function meta(over: { id?: string; palette?: Palette; markTags?: Record<string, Array<string | null>> } = {}) {
  return {
    id: over.id ?? 'demo',
    title: '어휘 크기와 임베딩 비중',
    desc: 'Qwen & Llama <비교>',
    palette: over.palette ?? PALETTES.light,
    font: { size: 13, family: FAMILY },
    ...(over.markTags ? { markTags: over.markTags } : {}),
  };
}

/** A 400×200 chart on 0–3 × 0–3: two lines and a dot at (1, 1). */
function options(): Plot.PlotOptions {
  return {
    width: 400,
    height: 200,
    x: { domain: [0, 3] },
    y: { domain: [0, 3] },
    marks: [
      Plot.lineY([1, 3, 2], { stroke: PALETTES.light.series[0]! }),
      Plot.lineY([2, 1, 3], { stroke: PALETTES.light.series[1]!, ariaDescription: 'second line' }),
      Plot.dot([[1, 1]]),
    ],
  };
}

/** The root <svg> of a rendered string, parsed back. */
function root(svg: string): Element {
  return parseHTML(`<html><body>${svg}</body></html>`).document.querySelector('svg')!;
}

describe('plotToSvg', () => {
  it('returns the plot’s width and height and leaves the sizing to the viewBox', () => {
    const r = plotToSvg(options(), meta());
    expect([r.width, r.height]).toEqual([400, 200]);
    const svg = root(r.svg);
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(svg.hasAttribute('width')).toBe(false);
    expect(svg.hasAttribute('height')).toBe(false);
  });

  it('is a standalone image named by its title and description, which come first', () => {
    const r = plotToSvg(options(), meta());
    const svg = root(r.svg);
    expect(r.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('data-chart')).toBe('demo');
    expect(svg.getAttribute('aria-labelledby')).toBe('demo-title demo-desc');
    const [title, desc] = [...svg.children];
    expect([title!.tagName.toLowerCase(), title!.getAttribute('id'), title!.textContent]).toEqual([
      'title',
      'demo-title',
      '어휘 크기와 임베딩 비중',
    ]);
    expect([desc!.tagName.toLowerCase(), desc!.getAttribute('id')]).toEqual(['desc', 'demo-desc']);
  });

  it('escapes markup in the description', () => {
    const { svg } = plotToSvg(options(), meta());
    expect(svg).toContain('<desc id="demo-desc">Qwen &amp; Llama &lt;비교&gt;</desc>');
    expect(root(svg).querySelector('desc')!.textContent).toBe('Qwen & Llama <비교>');
  });

  it('sets type size and family as attributes, with quoted font names escaped', () => {
    const { svg } = plotToSvg(options(), meta());
    expect(svg).toContain('font-size="13"');
    expect(svg).toContain(
      'font-family="Pretendard, &quot;Noto Sans KR&quot;, &quot;Noto Sans CJK KR&quot;, sans-serif"',
    );
    expect(root(svg).getAttribute('font-family')).toBe(FAMILY);
  });

  it('paints the palette’s background and text colour and writes currentColor as the foreground', () => {
    const { svg } = plotToSvg(options(), meta({ palette: PALETTES.dark }));
    expect(root(svg).getAttribute('style')).toBe('max-width:100%;height:auto;background:#111318;color:#e8eaee');
    expect(svg).not.toContain('currentColor');
    // Plot draws axes, the root fill and unstyled dots in currentColor
    expect(root(svg).getAttribute('fill')).toBe('#e8eaee');
    expect(root(svg).querySelector('[data-role="dot"]')!.getAttribute('stroke')).toBe('#e8eaee');
  });

  it('tags the n-th mark of each role with its markTags entry, skipping null entries', () => {
    const { svg } = plotToSvg(options(), meta({ markTags: { line: [null, 'llama'], dot: ['point'] } }));
    const el = root(svg);
    const lines = [...el.querySelectorAll('[data-role="line"]')];
    expect(lines.map((g) => g.getAttribute('data-mark'))).toEqual([null, 'llama']);
    expect(lines.map((g) => g.getAttribute('stroke'))).toEqual(['#0072B2', '#D55E00']);
    expect(el.querySelector('[data-role="dot"]')!.getAttribute('data-mark')).toBe('point');
    // axes are never tagged
    expect([...el.querySelectorAll('[data-mark]')]).toHaveLength(2);
  });

  it('keeps Plot’s mark names as data-role and drops aria-label and aria-description from the marks', () => {
    const { svg } = plotToSvg(options(), meta());
    expect(svg).not.toContain('aria-label=');
    expect(root(svg).querySelector('[data-role="line"][aria-description]')).toBeNull();
    const roles = [...root(svg).querySelectorAll('[data-role]')].map((g) => g.getAttribute('data-role'));
    expect(roles).toEqual([
      'y-axis tick',
      'y-axis tick label',
      'x-axis tick',
      'x-axis tick label',
      'line',
      'line',
      'dot',
    ]);
  });

  it('renames Plot’s scoped classes per chart, so the same chart renders to the same bytes', () => {
    const a = plotToSvg(options(), meta());
    const b = plotToSvg(options(), meta());
    expect(b.svg).toBe(a.svg);
    expect(a.svg).not.toMatch(/plot-[0-9a-f]{6}/);
    expect(root(a.svg).getAttribute('class')).toBe('demo-p0');
    expect(a.svg).toContain(':where(.demo-p0)');
    const other = plotToSvg(options(), meta({ id: 'other' }));
    expect(root(other.svg).getAttribute('class')).toBe('other-p0');
    expect(other.svg.replaceAll('other', 'demo')).toBe(a.svg);
  });

  it('rounds long decimals to two places and leaves shorter numbers as they are', () => {
    const { svg } = plotToSvg(options(), meta());
    // x = 1 on 0–3 over 40–380 px: 40 + 340 / 3 = 153.333…; y = 1 over 170–20 px: 120
    expect(root(svg).querySelector('circle')!.getAttribute('cx')).toBe('153.33');
    expect(root(svg).querySelector('circle')!.getAttribute('cy')).toBe('120');
    expect(svg).toContain('translate(96.67,170)');
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    // tick labels with one decimal keep it
    expect(svg).toContain('y="0.71em">1.5</text>');
  });
});

describe('plotToSvg keeps text as written and finds the chart behind a legend', () => {
  it('escapes the title as it does the description, so the SVG stays strict XML', () => {
    const r = plotToSvg(options(), { ...meta(), title: 'A & B < C' });
    expect(r.svg).toContain('<title id="demo-title">A &amp; B &lt; C</title>');
    expect(r.svg).not.toContain('A & B < C');
  });

  it('rounds coordinates but not the digits of tick labels, title or description', () => {
    const r = plotToSvg(
      { width: 400, height: 200, y: { domain: [0, 0.005], ticks: [0, 0.002, 0.004] }, marks: [Plot.ruleY([0.001])] },
      { ...meta(), title: 'π ≈ 3.14159', desc: 'e ≈ 2.71828' },
    );
    const labels = [...root(r.svg).querySelectorAll('text')].map((t) => t.textContent);
    // before, "0.0020" was rounded to "0": three ticks all read 0
    expect(labels.map(Number)).toEqual([0, 0.002, 0.004]);
    expect(r.svg).toContain('π ≈ 3.14159');
    expect(r.svg).toContain('e ≈ 2.71828');
    expect(r.svg).not.toMatch(/="[^"]*\d\.\d{3,}[^"]*"/); // no attribute keeps more than two decimals
  });

  it('takes the chart, not a legend swatch, when Plot wraps the chart and its legend in a figure', () => {
    const r = plotToSvg({ ...options(), color: { legend: true, type: 'categorical', domain: ['a', 'b'] } }, meta());
    expect([r.width, r.height]).toEqual([400, 200]);
    expect(root(r.svg).getAttribute('data-chart')).toBe('demo');
  });
});

describe('plotToSvg leaves the author’s title and description as written', () => {
  it('does not rename class-like words or replace currentColor in them', () => {
    const r = plotToSvg(options(), { ...meta(), title: 'plot-facade 비교', desc: 'currentColor 대신 팔레트 색' });
    expect(r.svg).toContain('<title id="demo-title">plot-facade 비교</title>');
    expect(r.svg).toContain('<desc id="demo-desc">currentColor 대신 팔레트 색</desc>');
    // Plot's own class names are still renumbered per chart, and currentColor in the drawing replaced
    expect(r.svg).not.toMatch(/class="[^"]*plot-[0-9a-f]{6}/);
    expect(r.svg).not.toMatch(/(?:fill|stroke)="currentColor"/);
  });
});
