// src/charts/layouts.ts: the build-time sizes (page, frame, narrow, slide) a registry chart is drawn at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_LAYOUTS, NARROW_BREAKPOINT } from '../../src/charts/layouts.ts';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/lib/slide.ts';

const { page, frame, narrow, slide } = CHART_LAYOUTS;

describe('chart layouts', () => {
  it('has exactly the page, frame, narrow and slide layouts, each named by its own key', () => {
    expect(Object.keys(CHART_LAYOUTS).sort()).toEqual(['frame', 'narrow', 'page', 'slide']);
    for (const [key, layout] of Object.entries(CHART_LAYOUTS)) expect(layout.id).toBe(key);
  });

  it('draws the page layout at 760×426 (380 for categorical charts) with 13-unit type, the k = 1 reference', () => {
    expect(page).toEqual({
      id: 'page',
      width: 760,
      height: 426,
      categoricalHeight: 380,
      fontSize: 13,
      k: 1,
      fewTicks: false,
    });
  });

  it('asks for fewer axis ticks in the narrow layout only', () => {
    expect(narrow.fewTicks).toBe(true);
    expect([page, frame, slide].map((l) => l.fewTicks)).toEqual([false, false, false]);
  });

  it('draws the narrow layout narrower than the breakpoint and the wide layouts at least that wide', () => {
    expect(NARROW_BREAKPOINT).toBe(480);
    expect(narrow.width).toBe(300);
    expect(narrow.width).toBeLessThan(NARROW_BREAKPOINT);
    // a wide SVG is only ever shown in a box of NARROW_BREAKPOINT px or more, so it never scales up
    expect(page.width).toBeGreaterThanOrEqual(NARROW_BREAKPOINT);
    expect(frame.width).toBeGreaterThanOrEqual(NARROW_BREAKPOINT);
  });

  it('sets narrow type larger on a 360 px phone than page type on a wide screen', () => {
    // rendered size = fontSize × (box width / SVG width): 12 × 360 / 300 = 14.4 px against 13 px
    expect((narrow.fontSize * 360) / narrow.width).toBeCloseTo(14.4, 5);
    expect((narrow.fontSize * 360) / narrow.width).toBeGreaterThan(page.fontSize);
  });

  it('leaves categorical narrow charts more height than line charts, for turned category labels', () => {
    expect(narrow.categoricalHeight).toBe(220);
    expect(narrow.height).toBe(200);
    expect(narrow.categoricalHeight).toBeGreaterThan(narrow.height);
    // margins shrink with the box: narrow is the smallest scale, page the reference
    expect(narrow.k).toBe(0.85);
    expect(narrow.k).toBeLessThan(page.k);
  });

  it('gives embeds a wider aspect than the page layout, so the chart fills a 16:9 frame', () => {
    expect(frame.width / frame.height).toBe(2.5);
    expect(frame.width / frame.height).toBeGreaterThan(page.width / page.height);
    expect(frame.categoricalHeight).toBe(frame.height);
  });

  it('fits the slide layout inside a 1920×1080 slide, with type of at least 24 px', () => {
    expect([slide.width, slide.height]).toEqual([1800, 730]);
    expect(slide.width).toBeLessThan(SLIDE_WIDTH);
    expect(slide.height).toBeLessThan(SLIDE_HEIGHT);
    expect(slide.fontSize).toBe(28);
    expect(slide.fontSize).toBeGreaterThanOrEqual(24);
    expect(slide.k).toBe(2.1);
  });

  it('matches the container query that swaps in the narrow SVG below the breakpoint', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'components.css'), 'utf8');
    const query =
      /@container \(max-width: ([\d.]+)px\) \{\s*\.chart-variant\[data-layout='narrow'\] \{\s*display: block;/.exec(
        css,
      );
    expect(query, 'the narrow container query in components.css').not.toBeNull();
    const maxWidth = Number(query![1]);
    // the narrow SVG shows in boxes under NARROW_BREAKPOINT px, and in no box of that width or more
    expect(maxWidth).toBeLessThan(NARROW_BREAKPOINT);
    expect(maxWidth).toBeGreaterThan(NARROW_BREAKPOINT - 1);
  });
});
