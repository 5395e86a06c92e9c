import { describe, expect, it } from 'vitest';
import { waterfallBars, waterfallLabel, waterfallNetGain } from '../../src/lib/waterfall.ts';
import { siteContent } from '../../src/build/site-content.ts';

describe('waterfallBars', () => {
  const bars = waterfallBars(
    [
      ['base', 42.41],
      ['+ a', 44.11],
      ['+ b', 46.53],
      ['+ c', 49.79],
      ['+ d', 51.28],
    ],
    { totalLabel: '= end', where: 'test' },
  );
  it('floats each gain from the previous value to the next and rounds float noise', () => {
    expect(bars.map((b) => b.kind)).toEqual(['start', 'gain', 'gain', 'gain', 'gain', 'total']);
    expect(bars.filter((b) => b.kind === 'gain').map((b) => [b.from, b.to, b.value])).toEqual([
      [42.41, 44.11, 1.7],
      [44.11, 46.53, 2.42],
      [46.53, 49.79, 3.26],
      [49.79, 51.28, 1.49],
    ]);
    expect(bars.at(-1)).toEqual({ label: '= end', kind: 'total', from: 0, to: 51.28, value: 51.28 });
  });
  it('labels gains with a sign and two decimals, totals plainly', () => {
    expect(bars.map((b) => waterfallLabel(b))).toEqual(['42.41', '+1.70', '+2.42', '+3.26', '+1.49', '51.28']);
    expect(waterfallLabel({ label: 'x', kind: 'gain', from: 2, to: 1.7, value: -0.3 })).toBe('−0.30');
  });
  it('sums the gains to the headline change (PanGu-π Pro abstract: +8.87)', () => {
    expect(waterfallNetGain(bars)).toBe(8.87);
  });
  it('names the data and the problem on bad input', () => {
    expect(() => waterfallBars([['only', 1]], { totalLabel: 't', where: 'series x, line y' })).toThrow(
      /series x, line y: a waterfall needs a start value/,
    );
    expect(() =>
      waterfallBars(
        [
          ['a', 1],
          ['b', Number.NaN],
        ],
        { totalLabel: 't', where: 'series x' },
      ),
    ).toThrow(/series x: point "b" must have a finite value/);
  });
});

describe('PanGu Figure 1 data', () => {
  it('gives the fact sheet step gains from the series file', () => {
    const s = siteContent().series.find((x) => x.id === 'pangu-figure1-gains')!;
    const steps = s.lines.find((l) => l.id === 'pangu-pi-1b-steps')!;
    const b = waterfallBars(steps.points, { totalLabel: 't', where: 'pangu' });
    expect(b.filter((x) => x.kind === 'gain').map((x) => x.value)).toEqual([1.7, 2.42, 3.26, 1.49]);
    expect(waterfallNetGain(b)).toBe(8.87);
  });
});

describe('PanGu Figure 1 waterfall chart', () => {
  it('prints each step gain on its floating bar in every layout, and lists the gains in its table', async () => {
    const { chartById } = await import('../../src/charts/registry.ts');
    const c = siteContent();
    const ch = chartById('pangu-figure1-gains')!;
    for (const layout of ['page', 'frame', 'narrow', 'slide'] as const) {
      const svg = ch.render(c, 'light', { hidden: new Set() }, layout).svg;
      for (const label of ['+1.70', '+2.42', '+3.26', '+1.49', '42.41', '51.28', '56.49', '55.04'])
        expect(svg, `${layout}: ${label}`).toContain(`>${label}</text>`);
    }
    const d = ch.data(c);
    expect(d.rows.map((r) => r[2]).filter((v) => v !== null)).toEqual([1.7, 2.42, 3.26, 1.49]);
    // hiding the reference models leaves the waterfall; the native slide chart follows the same rows
    const hidden = new Set(['qwen-1.8b', 'pangu-pi-pro-1.5b']);
    expect(ch.render(c, 'light', { hidden }).svg).not.toContain('>55.04</text>');
    expect(ch.native!(c, { hidden }).labels).not.toContain('Qwen-1.8B');
  });
});
