// src/charts/waterfall-chart.ts: the PanGu-π Pro Figure 1 waterfall (start, floating step gains, total, reference bars) as rows and as an SVG.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { siteContent } from '../../src/build/site-content.ts';
import { renderWaterfallChart, waterfallRows, type WaterfallOptions } from '../../src/charts/waterfall-chart.ts';
import type { Series } from '../../src/lib/content/schema.ts';
import type { ChartLayoutId } from '../../src/charts/layouts.ts';

const pangu = siteContent().series.find((s) => s.id === 'pangu-figure1-gains')!;
// the options the registry gives the chart (src/charts/registry.ts)
const OPTIONS: WaterfallOptions = {
  stepsLine: 'pangu-pi-1b-steps',
  totalLabel: '= PanGu-π-1B Pro',
  axisFrom: 40,
  xLabel: '10개 벤치마크 평균 점수 (40점부터)',
  xLabelShort: '평균 점수 (40점부터)',
};

function render(opts: { layout?: ChartLayoutId; hidden?: string[]; theme?: 'light' | 'dark' } = {}) {
  return renderWaterfallChart({
    id: 'wf',
    title: 'T',
    desc: 'D',
    series: pangu,
    theme: opts.theme ?? 'light',
    options: OPTIONS,
    ...(opts.layout ? { layout: opts.layout } : {}),
    ...(opts.hidden ? { hidden: new Set(opts.hidden) } : {}),
  });
}

const svgDoc = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
/** x of an element placed with transform="translate(x,y)". */
const translateX = (el: Element) => Number(/translate\(([-\d.]+),/.exec(el.getAttribute('transform') ?? '')![1]);

describe('waterfall rows', () => {
  it('lay out PanGu Figure 1: the start, each step floating from the previous level, the total, then the reference models', () => {
    const steps = { line: 'pangu-pi-1b-steps', lineIndex: 0 };
    expect(waterfallRows(pangu, OPTIONS)).toEqual([
      { label: 'PanGu-π-1B', kind: 'start', from: 0, to: 42.41, value: 42.41, ...steps },
      { label: '+ 토크나이저 압축', kind: 'gain', from: 42.41, to: 44.11, value: 1.7, ...steps },
      { label: '+ 구조 조정', kind: 'gain', from: 44.11, to: 46.53, value: 2.42, ...steps },
      { label: '+ 파라미터 상속', kind: 'gain', from: 46.53, to: 49.79, value: 3.26, ...steps },
      { label: '+ 다중 라운드 학습', kind: 'gain', from: 49.79, to: 51.28, value: 1.49, ...steps },
      { label: '= PanGu-π-1B Pro', kind: 'total', from: 0, to: 51.28, value: 51.28, ...steps },
      {
        label: 'PanGu-π-1.5B Pro',
        kind: 'total',
        from: 0,
        to: 56.49,
        value: 56.49,
        line: 'pangu-pi-pro-1.5b',
        lineIndex: 1,
      },
      { label: 'Qwen-1.8B', kind: 'total', from: 0, to: 55.04, value: 55.04, line: 'qwen-1.8b', lineIndex: 2 },
    ]);
  });

  it('keep the file’s line order when the steps line is not first, one total bar per reference point', () => {
    const s: Series = {
      ...pangu,
      id: 'demo',
      lines: [
        {
          id: 'refs',
          label: 'refs',
          points: [
            ['A', 10],
            ['B', 12.5],
          ],
        },
        {
          id: 'steps',
          label: 'steps',
          points: [
            ['base', 5],
            ['+ x', 4.25],
          ],
        },
      ],
    };
    const rows = waterfallRows(s, { stepsLine: 'steps', totalLabel: '= end' });
    expect(rows.map((r) => [r.label, r.kind, r.from, r.to, r.value, r.line, r.lineIndex])).toEqual([
      ['A', 'total', 0, 10, 10, 'refs', 0],
      ['B', 'total', 0, 12.5, 12.5, 'refs', 0],
      ['base', 'start', 0, 5, 5, 'steps', 1],
      ['+ x', 'gain', 5, 4.25, -0.75, 'steps', 1], // a loss is a negative gain
      ['= end', 'total', 0, 4.25, 4.25, 'steps', 1],
    ]);
  });

  it('name the series file when the steps line is missing or has no step', () => {
    expect(() => waterfallRows(pangu, { stepsLine: 'nope', totalLabel: 't' })).toThrow(
      'content/data/series/pangu-figure1-gains.yaml: lines must include "nope" (the waterfall steps)',
    );
    const short: Series = { ...pangu, lines: [{ id: 'steps', label: 's', points: [['only', 1]] }] };
    expect(() => waterfallRows(short, { stepsLine: 'steps', totalLabel: 't' })).toThrow(
      /^content\/data\/series\/pangu-figure1-gains\.yaml, line steps: a waterfall needs a start value/,
    );
  });
});

describe('the waterfall picture', () => {
  it('gives each line a bar legend sample in its theme colour, marking the hidden ones', () => {
    const { legend } = render({ theme: 'dark', hidden: ['qwen-1.8b'] });
    expect(legend.map((l) => [l.id, l.label, l.color, l.mark, l.hidden])).toEqual([
      ['pangu-pi-1b-steps', 'PanGu-π-1B → PanGu-π-1B Pro (누적)', '#56B4E9', 'bar', false],
      ['pangu-pi-pro-1.5b', 'PanGu-π-1.5B Pro', '#E69F00', 'bar', false],
      ['qwen-1.8b', 'Qwen-1.8B', '#3ccf9c', 'bar', true],
    ]);
  });

  it('draws gains solid and floating from the previous level; start, total and references light, from the axis start', () => {
    const doc = svgDoc(render().svg);
    const rects = [...doc.querySelectorAll('rect')].filter((r) => r.querySelector('title'));
    expect(rects.map((r) => r.querySelector('title')!.textContent)).toEqual([
      'PanGu-π-1B: 42.41',
      '+ 토크나이저 압축: 42.41 → 44.11 (+1.70)',
      '+ 구조 조정: 44.11 → 46.53 (+2.42)',
      '+ 파라미터 상속: 46.53 → 49.79 (+3.26)',
      '+ 다중 라운드 학습: 49.79 → 51.28 (+1.49)',
      '= PanGu-π-1B Pro: 51.28',
      'PanGu-π-1.5B Pro: 56.49',
      'Qwen-1.8B: 55.04',
    ]);
    expect(rects.map((r) => r.getAttribute('fill-opacity'))).toEqual([
      '0.42',
      '1',
      '1',
      '1',
      '1',
      '0.42',
      '0.42',
      '0.42',
    ]);
    const axisStart = num(doc.querySelector('[data-role="rule"] line')!, 'x1'); // the rule at 40
    for (const i of [0, 5, 6, 7]) expect(num(rects[i]!, 'x'), `row ${i}`).toBe(axisStart);
    // each gain starts where the bar above it ends
    for (const i of [1, 2, 3, 4])
      expect(num(rects[i]!, 'x'), `row ${i}`).toBeCloseTo(num(rects[i - 1]!, 'x') + num(rects[i - 1]!, 'width'), 1);
  });

  it('prints the gains in bold and the levels plainly', () => {
    const doc = svgDoc(render().svg);
    const labels = (weight: string) =>
      [...doc.querySelectorAll(`g[data-role="text"][font-weight="${weight}"] text`)].map((t) => t.textContent);
    expect(labels('700')).toEqual(['+1.70', '+2.42', '+3.26', '+1.49']);
    expect(labels('400')).toEqual(['42.41', '51.28', '56.49', '55.04']);
  });

  it('joins each step’s end to the next row with a dashed connector', () => {
    const doc = svgDoc(render().svg);
    const links = doc.querySelector('g[data-role="link"]')!;
    expect(links.getAttribute('stroke-dasharray')).toBe('3 2');
    const bars = [...doc.querySelectorAll('g[data-mark="pangu-pi-1b-steps"] rect')];
    const ends = bars.slice(0, 5).map((r) => num(r, 'x') + num(r, 'width'));
    const xs = [...links.querySelectorAll('path')].map((p) => Number(/^M([\d.]+),/.exec(p.getAttribute('d')!)![1]));
    expect(xs).toHaveLength(5); // start → 4 gains → total: five gaps between six rows
    xs.forEach((x, i) => expect(x).toBeCloseTo(ends[i]!, 1));
  });

  it.each([
    // page: 56.49 + 12 % of (56.49 − 40) of room = 58.47 → 60; narrow: + 22 % = 60.12 → 65; page without
    // the reference models: 51.28 + 12 % of 11.28 = 52.63 → 55
    ['page', [], 740, 60],
    ['narrow', [], 290, 65],
    ['page', ['pangu-pi-pro-1.5b', 'qwen-1.8b'], 740, 55],
  ] as const)(
    'starts the %s value axis at 40 and ends it at the next multiple of 5 past the longest bar and its label (hidden: %j)',
    (layout, hidden, plotRight, end) => {
      // plotRight: the layout's width less its right margin (760 − 20, 300 − round(12 × 0.85))
      const doc = svgDoc(render({ layout, hidden: [...hidden] }).svg);
      const ticks = [...doc.querySelectorAll('g[data-role="x-axis tick label"] text')];
      expect(ticks[0]!.textContent).toBe('40');
      const [a, b] = ticks.map((t) => [Number(t.textContent), translateX(t)] as const);
      const perUnit = (b![1] - a![1]) / (b![0] - a![0]);
      expect(a![0] + (plotRight - a![1]) / perUnit).toBeCloseTo(end, 1);
    },
  );

  it('titles the value axis in full on wide layouts and briefly in the narrow one', () => {
    const title = (layout: ChartLayoutId) =>
      svgDoc(render({ layout }).svg).querySelector('g[data-role="x-axis label"] text')!.textContent;
    expect(title('page')).toContain('10개 벤치마크 평균 점수 (40점부터)');
    expect(title('slide')).toContain('10개 벤치마크 평균 점수 (40점부터)');
    expect(title('narrow')).toContain('평균 점수 (40점부터)');
    expect(title('narrow')).not.toContain('10개 벤치마크');
  });

  it('leaves hidden reference models out of the rows, keeping the waterfall', () => {
    const doc = svgDoc(render({ hidden: ['qwen-1.8b'] }).svg);
    const rows = [...doc.querySelectorAll('g[data-role="y-axis tick label"] text')].map((t) => t.textContent);
    expect(rows).toEqual([
      'PanGu-π-1B',
      '+ 토크나이저 압축',
      '+ 구조 조정',
      '+ 파라미터 상속',
      '+ 다중 라운드 학습',
      '= PanGu-π-1B Pro',
      'PanGu-π-1.5B Pro',
    ]);
  });

  // Plot draws no group for an empty mark: a reference line has no gain labels, and tagging one
  // bold and one plain group per line anyway gave Qwen-1.8B's "55.04" the tag of the line before.
  it('tags each line’s value labels with that line, so the reader’s toggle hides them with its bars', () => {
    const doc = svgDoc(render().svg);
    const labelsOf = (id: string) =>
      [...doc.querySelectorAll(`g[data-role="text"][data-mark="${id}"] text`)].map((t) => t.textContent);
    expect(labelsOf('pangu-pi-1b-steps')).toEqual(['+1.70', '+2.42', '+3.26', '+1.49', '42.41', '51.28']);
    expect(labelsOf('pangu-pi-pro-1.5b')).toEqual(['56.49']);
    expect(labelsOf('qwen-1.8b')).toEqual(['55.04']);
  });
});
