// src/charts/native-chart.ts: a registry chart as the data of an editable PowerPoint chart (bars or scatter, titles, log axes).
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { applyNativeState, nativeChartSpec } from '../../src/charts/native-chart.ts';
import { MODEL_POINT_SERIES, scalingChartSeries } from '../../src/charts/scaling-chart.ts';
import type { Series } from '../../src/lib/content/schema.ts';

const c = siteContent();
const series = (id: string): Series => c.series.find((s) => s.id === id)!;
const ppl = series('qwen-long-context-ppl'); // numeric x: context lengths
const compression = series('qwen-tokenizer-compression'); // categorical x: language codes

describe('a chart with numeric x (Qwen Table 3 perplexities)', () => {
  const spec = nativeChartSpec(ppl, { xScale: 'log2', yScale: 'log' });

  it('becomes a scatter chart over every context length any line has, in ascending order', () => {
    expect(spec.type).toBe('scatter');
    expect(spec.xs).toEqual([1024, 2048, 4096, 8192, 16384, 32768]);
    expect(spec.labels).toEqual([]);
  });

  it('gives each line its label and its values at those lengths, with a gap (null) where it has none', () => {
    expect(spec.series).toHaveLength(11);
    const byId = (id: string) => spec.series.find((s) => s.id === id)!;
    expect(byId('qwen-7b').name).toBe('Qwen-7B');
    expect(byId('qwen-7b').values).toEqual([4.23, 3.78, 39.35, 469.81, 2645.09, null]);
    // Qwen-14B starts at 2048 and stops at 16384; Qwen-72B (README) only has 8K–32K
    expect(byId('qwen-14b').values).toEqual([null, 3.46, 22.79, 334.65, 3168.35, null]);
    expect(byId('qwen-72b').values).toEqual([null, null, null, 2.83, 2.73, 2.72]);
  });

  it('carries the page’s colour, dash and marker per line, shifting dash and marker once the 8 colours run out', () => {
    const style = (i: number) => {
      const { color, dash, symbol } = spec.series[i]!;
      return { color, dash, symbol };
    };
    expect(style(0)).toEqual({ color: '#0072B2', dash: '', symbol: 'circle' });
    expect(style(1)).toEqual({ color: '#D55E00', dash: '6 3', symbol: 'square' });
    // the 9th line reuses the first colour, so it must differ by dash and marker
    expect(style(8)).toEqual({ color: '#0072B2', dash: '6 3', symbol: 'diamond' });
  });

  it('titles the axes with label and unit, and sets log base 2 on x and 10 on y', () => {
    expect(spec.xTitle).toBe('컨텍스트 길이 (토큰)');
    expect(spec.yTitle).toBe('퍼플렉서티'); // no unit: no empty brackets
    expect(spec.xLogBase).toBe(2);
    expect(spec.yLogBase).toBe(10);
  });

  it('leaves hidden lines out without recolouring the rest, and drops lengths only hidden lines had', () => {
    const readme = [
      'qwen-1.8b-readme',
      'qwen-1.8b-ntk-logn-window',
      'qwen-7b-updated',
      'qwen-7b-updated-ntk-logn-window',
      'qwen-72b',
    ];
    const view = nativeChartSpec(ppl, {}, { hidden: ['qwen-7b', ...readme] });
    expect(view.series.map((s) => s.id)).toEqual([
      'qwen-7b-dynamic-ntk',
      'qwen-7b-dynamic-ntk-logn',
      'qwen-7b-dynamic-ntk-logn-window',
      'qwen-14b',
      'qwen-14b-dynamic-ntk-logn-window',
    ]);
    expect(view.series[0]!.color).toBe('#D55E00'); // still the second line's colour, as on the page
    expect(view.xs).toEqual([1024, 2048, 4096, 8192, 16384]); // only the README lines reach 32768
  });
});

describe('axis options', () => {
  it('sets no log base for linear axes, base 10 for "log" and base 2 for "log2"', () => {
    const linear = nativeChartSpec(ppl, { xScale: 'linear' });
    expect(linear).not.toHaveProperty('xLogBase');
    expect(linear).not.toHaveProperty('yLogBase');
    expect(nativeChartSpec(ppl, { xScale: 'log' }).xLogBase).toBe(10);
    expect(nativeChartSpec(ppl, { xScale: 'log2' }).xLogBase).toBe(2);
  });

  it('uses the chart’s own axis titles when it sets them', () => {
    const spec = nativeChartSpec(ppl, { xLabel: '길이', yLabel: 'PPL (낮을수록 좋음)' });
    expect([spec.xTitle, spec.yTitle]).toEqual(['길이', 'PPL (낮을수록 좋음)']);
  });

  it('marks the points-only series (the DeepSeek 7B and 67B) and keeps the curves as lines', () => {
    const spec = nativeChartSpec(scalingChartSeries(c), {
      xScale: 'log',
      yScale: 'log',
      pointsOnly: MODEL_POINT_SERIES,
    });
    expect(spec.series.map((s) => [s.id, s.pointsOnly])).toEqual([
      ['m-opt', false],
      ['d-opt', false],
      ['deepseek-m', true],
      ['deepseek-d', true],
    ]);
    // 33 compute budgets on the curves plus the two models' own budgets
    expect(spec.xs).toHaveLength(35);
    const m = spec.series[2]!;
    expect(spec.xs.filter((_, i) => m.values[i] !== null)).toEqual([8.456e22, 9.946e23]);
  });
});

describe('a chart with categorical x (Qwen Figure 3 compression)', () => {
  const spec = nativeChartSpec(compression, {});

  it('becomes a clustered bar chart with the languages in the figure’s order and no log axes', () => {
    expect(spec.type).toBe('bar');
    expect(spec.xs).toEqual([]);
    expect(spec.labels).toEqual(
      'th he ar ko vi zh ja tr id pl ru nl pt it de es fr en code'.split(' '), // content/data/series order
    );
    expect(spec).not.toHaveProperty('xLogBase');
    expect(spec.series.map((s) => s.name)).toEqual(['LLaMA-7B', 'Baichuan-7B', 'ChatGLM2-6B', 'InternLM-7B', 'Qwen']);
    expect(spec.series.every((s) => s.pointsOnly === false && s.dash === undefined)).toBe(true);
  });

  it('keeps only the reader’s categories, in the series order, with each value under its own category', () => {
    const view = nativeChartSpec(compression, {}, { categories: ['code', 'ko', 'no-such-language'] });
    expect(view.labels).toEqual(['ko', 'code']);
    expect(view.series.find((s) => s.id === 'llama-7b')!.values).toEqual([2.8, 1.06]);
    expect(view.series.find((s) => s.id === 'qwen')!.values).toEqual([1.26, 0.77]);
  });

  it('gives null, not zero, where a series has no bar in a category', () => {
    // PanGu Figure 1 as plain bars: each reference model has a value only in its own row
    const spec = nativeChartSpec(series('pangu-figure1-gains'), {});
    expect(spec.labels).toHaveLength(7);
    expect(spec.series.find((s) => s.id === 'qwen-1.8b')!.values).toEqual([null, null, null, null, null, null, 55.04]);
    expect(spec.series.find((s) => s.id === 'pangu-pi-1b-steps')!.values).toEqual([
      42.41,
      44.11,
      46.53,
      49.79,
      51.28,
      null,
      null,
    ]);
  });

  it('is what the deck builder gets by applying the same view to the full spec', () => {
    const state = { hidden: ['llama-7b', 'internlm-7b'], categories: ['ko', 'zh', 'ja', 'en', 'code'] };
    const viaDeck = applyNativeState(spec, state);
    expect(viaDeck).toEqual(nativeChartSpec(compression, {}, state));
    expect(viaDeck.series.find((s) => s.id === 'baichuan-7b')!.values).toEqual([1.87, 1.06, 1.69, 1.04, 1.44]);
  });
});
