// Renders every registry chart from the real content in both themes: a regression net
// for the build-time SVGs that reviews, chart pages, embeds and exports all share.
import { describe, expect, it } from 'vitest';
import { charts, rendersOnce } from '../../src/charts/registry.ts';
import { chartIds } from '../../src/charts/ids.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { chartSlideSource, chartSlideSvg } from '../../src/build/chart-files.ts';
import { composeSlide, legendSwatch, placeSvg, SLIDE_VARIANTS } from '../../src/lib/slide.ts';
import { CHART_LAYOUTS, type ChartLayoutId } from '../../src/charts/layouts.ts';
import { parseHTML } from 'linkedom';
import { svgToPixels, svgToPng } from '../../src/build/raster.ts';

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
    it('gives each series a legend sample drawn like its marks: a block for bars, a line for lines', () => {
      const r = ch.render(c, 'light', { hidden: new Set() });
      const { document } = parseHTML(`<html><body>${r.svg}</body></html>`);
      for (const item of r.legend) {
        const marks = [...document.querySelectorAll(`[data-mark="${item.id}"]`)];
        const drawn = marks.some((m) => m.matches('rect') || m.querySelector('rect')) ? 'bar' : 'line';
        expect(item.mark, item.id).toBe(drawn);
        const sample = parseHTML(`<svg>${legendSwatch(item, 1, 6, 12)}</svg>`).document.querySelector('svg')!;
        expect(sample.firstElementChild!.tagName.toLowerCase(), item.id).toBe(drawn === 'bar' ? 'rect' : 'line');
        expect(sample.innerHTML).toContain(item.color);
      }
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
    it.each(SLIDE_VARIANTS)(
      'exports a 1920×1080 %s slide: source, address and licence in the footer, ticks ≥ 24 px',
      (variant) => {
        const svg = chartSlideSvg(ch, c, variant);
        expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
        expect(svg).toContain(`출처: ${ch.source(c).replace(/&/g, '&amp;')}`.slice(0, 20));
        expect(svg).toContain(`/charts/${ch.id}/`);
        expect(svg).toContain('CC BY 4.0');
        expect(svg.includes('<rect width="100%" height="100%"')).toBe(!variant.endsWith('transparent'));
        const src = chartSlideSource(ch, c);
        for (const v of src.views) {
          const info = composeSlide(src, { view: v.id, variant });
          expect(info.tickSize, `${v.id}: tick labels at 1920 px`).toBeGreaterThanOrEqual(24);
        }
      },
    );
    it('renders each layout with its own ids (page, frame, narrow, slide can share a page)', () => {
      const svgs = (['page', 'frame', 'narrow', 'slide'] as const).map(
        (l) => ch.render(c, 'light', { hidden: new Set() }, l).svg,
      );
      // no layout squeezes the plot to nothing (a negative height is a console error in browsers)
      for (const svg of svgs) expect(svg).not.toMatch(/height="-/);
      const ids = svgs.map((svg) => /<title id="([^"]+)"/.exec(svg)![1]);
      expect(new Set(ids).size).toBe(4);
      const narrow = ch.render(c, 'light', { hidden: new Set() }, 'narrow');
      expect(narrow.width).toBe(CHART_LAYOUTS.narrow.width);
    });
  });
});

describe('Qwen Figure 3 chart', () => {
  it('keeps the figure read-off label in its source line', () => {
    expect(charts.find((x) => x.id === 'qwen-tokenizer-compression')!.source(siteContent())).toContain(
      '그림에서 읽은 근사값',
    );
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

describe('slides of the current view', () => {
  it('leave hidden series out of the chart and the legend', () => {
    const ch = charts.find((x) => x.id === 'deepseek-scaling-curves')!;
    const src = chartSlideSource(ch, siteContent());
    const hide = src.views[0]!.light.legend[0]!;
    const drop = (svg: string, hidden: readonly string[]) => {
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      for (const h of hidden) document.querySelectorAll(`[data-mark="${h}"]`).forEach((el) => el.remove());
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom's toString() serialises the element
      return document.querySelector('svg')!.toString();
    };
    const { svg } = composeSlide(src, { variant: 'light', hidden: [hide.id], dropMarks: drop });
    expect(svg).not.toContain(`data-mark="${hide.id}"`);
    expect(svg).not.toContain(`>${hide.label}</text>`);
    expect(svg).toContain(`>${src.views[0]!.light.legend[1]!.label}</text>`);
  });
  it('rasterise at build time to 1920×1080 (the SVG is strict XML)', async () => {
    const ch = charts.find((x) => x.id === 'qwen-long-context-ppl')!;
    const png = await svgToPng(chartSlideSvg(ch, siteContent(), 'dark'), 1);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(png.png.subarray(1, 4).toString()).toBe('PNG');
  });
  it('fall back to the default view for an unknown view id', () => {
    const ch = charts.find((x) => x.id === 'qwen-tokenizer-compression')!;
    const src = chartSlideSource(ch, siteContent());
    expect(composeSlide(src, { variant: 'light', view: '<script>' }).svg).toBe(
      composeSlide(src, { variant: 'light' }).svg,
    );
  });
});

/**
 * Pixels drawn outside a chart's own frame. The chart is set at (M, M) in a larger picture, once
 * clipped to its frame and once not (as slides set it, placeSvg); any pixel that differs
 * outside the frame is a mark or label the chart's edge would cut off (in a browser too).
 */
async function pixelsOutsideFrame(svg: string, width: number, height: number): Promise<number> {
  const M = 80;
  const scale = 0.5;
  const framed = (overflow: 'visible' | 'hidden') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * M}" height="${height + 2 * M}"><rect width="100%" height="100%" fill="#fff"/>${placeSvg(svg, { x: M, y: M, width, height }, overflow)}</svg>`;
  const [a, b] = await Promise.all([svgToPixels(framed('hidden'), scale), svgToPixels(framed('visible'), scale)]);
  const inside = (x: number, y: number) =>
    x >= M * scale - 1 && x <= (M + width) * scale + 1 && y >= M * scale - 1 && y <= (M + height) * scale + 1;
  let outside = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    const p = i / 4;
    if (inside(p % a.width, Math.floor(p / a.width))) continue;
    if ([0, 1, 2, 3].some((c) => Math.abs(a.pixels[i + c]! - b.pixels[i + c]!) > 8)) outside += 1;
  }
  return outside;
}

describe('every registry chart stays inside its frame', () => {
  const c = siteContent();
  it.each(charts.flatMap((ch) => Object.keys(CHART_LAYOUTS).map((layout) => [ch.id, layout] as const)))(
    '%s at the %s layout draws no label or mark outside its edge',
    async (id, layout) => {
      const r = charts.find((x) => x.id === id)!.render(c, 'light', { hidden: new Set() }, layout as ChartLayoutId);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(r.svg) ?? [];
      expect(await pixelsOutsideFrame(r.svg, Number(w), Number(h))).toBe(0);
    },
  );
});

describe('chart renders within a build', () => {
  it('draw each picture once per content, theme, layout and state, and share it frozen', () => {
    let drawn = 0;
    const base = charts.find((x) => x.id === 'compare-training')!;
    const counting = rendersOnce({
      ...base,
      render: (...args) => {
        drawn += 1;
        return base.render(...args);
      },
    });
    const c = siteContent();
    const first = counting.render(c, 'light', { hidden: new Set(['used']) }, 'slide');
    expect(counting.render(c, 'light', { hidden: new Set(['used']) }, 'slide')).toBe(first);
    expect(drawn).toBe(1);
    // any difference in theme, layout, hidden series or categories is another picture
    counting.render(c, 'dark', { hidden: new Set(['used']) }, 'slide');
    counting.render(c, 'light', { hidden: new Set(['used']) });
    counting.render(c, 'light', { hidden: new Set() }, 'slide');
    counting.render(c, 'light', { hidden: new Set(['used']), categories: ['Qwen-7B'] }, 'slide');
    expect(drawn).toBe(5);
    // another content object (the dev server after an edit) draws again
    counting.render({ ...c }, 'light', { hidden: new Set(['used']) }, 'slide');
    expect(drawn).toBe(6);
    expect(Object.isFrozen(first) && Object.isFrozen(first.legend) && Object.isFrozen(first.legend[0])).toBe(true);
    expect(first.svg).not.toContain('data-mark="used"');
  });
});
