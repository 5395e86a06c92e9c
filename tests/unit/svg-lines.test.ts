// src/lib/svg-lines.ts: the small line chart the RoPE explorer and the scaling-law calculator
// draw at build time and again in the browser.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { lineChartSvg, tickLabel, type LineChartSpec } from '../../src/lib/svg-lines.ts';

describe('tickLabel', () => {
  it('writes mid-range numbers plainly, to four significant digits', () => {
    expect([0, 1, 0.5, 123.456, 2048, 9876].map(tickLabel)).toEqual(['0', '1', '0.5', '123.5', '2048', '9876']);
  });
  it('writes very large and very small numbers as powers of ten, with a mantissa only when it is not 1', () => {
    expect([1e5, 2.5e6, 1e-4, 5e-4, -2e6].map(tickLabel)).toEqual(['10^5', '2.5×10^6', '10^-4', '5×10^-4', '-2×10^6']);
  });
});

const spec = (over: Partial<LineChartSpec> = {}): LineChartSpec => ({
  title: 'RoPE 각도 <θ> & "주파수"',
  width: 600,
  height: 300,
  xLabel: '차원 i',
  yLabel: '파장',
  series: [
    {
      id: 'base',
      label: 'base',
      color: '#1f77b4',
      points: [
        [1, 10],
        [2, 100],
        [3, 1000],
      ],
    },
  ],
  ...over,
});
const svgOf = (s: LineChartSpec) => parseHTML(`<html><body>${lineChartSvg(s)}</body></html>`).document;

describe('lineChartSvg', () => {
  it('is well-formed SVG whose title and label carry the escaped title', () => {
    const doc = svgOf(spec());
    expect(doc.querySelector('svg')?.getAttribute('aria-label')).toBe('RoPE 각도 <θ> & "주파수"');
    expect(doc.querySelector('title')?.textContent).toBe('RoPE 각도 <θ> & "주파수"');
  });
  it('draws one path per series through every finite point', () => {
    const d = svgOf(spec()).querySelector('path[data-series="base"]')?.getAttribute('d') ?? '';
    expect(d.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
  });
  it('leaves out points a log axis cannot show and values that are not numbers', () => {
    const s = spec({
      yLog: true,
      series: [
        {
          id: 'base',
          label: 'base',
          color: '#000',
          points: [
            [1, 0],
            [2, 100],
            [3, Number.NaN],
            [4, 1000],
          ],
        },
      ],
    });
    const d = svgOf(s).querySelector('path')?.getAttribute('d') ?? '';
    expect(d.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(d).not.toContain('NaN');
  });
  it('stretches the y axis to show a reference line, and leaves out one a log axis cannot show', () => {
    const far = svgOf(spec({ hRules: [{ y: 1e6, label: '학습 길이' }] }));
    expect(far.querySelector('line[stroke-dasharray]')).not.toBeNull();
    expect(far.body.textContent).toContain('학습 길이');
    const onLog = svgOf(spec({ yLog: true, hRules: [{ y: 0, label: '0 기준선' }] }));
    expect(onLog.querySelector('line[stroke-dasharray]')).toBeNull();
    expect(onLog.body.textContent).not.toContain('0 기준선');
  });
});
