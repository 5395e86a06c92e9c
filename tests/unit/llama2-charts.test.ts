// The Llama 2 charts are views of verified tables: every bar must be the table's cell. A chart
// whose cell is missing or ambiguous fails loudly instead of drawing a gap: results-series.test.ts.
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { makeLookup } from '../../src/lib/content/lookup.ts';

const c = siteContent();
const look = makeLookup(c);

describe('Llama 2 Table 3 chart', () => {
  const chart = charts.find((x) => x.id === 'llama2-pretrain-categories')!;
  it('draws each model’s printed category scores from Table 3', () => {
    const data = chart.data(c);
    expect(data.header).toEqual(['벤치마크 범주', 'MPT 30B', 'Falcon 40B', 'Llama 1 65B', 'Llama 2 70B']);
    const row = (label: string) => data.rows.find((r) => r[0] === label)!;
    // Fact sheet, Table 3: Llama 2 70B Code 37.5, World Knowledge 63.6, MMLU 68.9; MPT 30B Code 28.9; Falcon 40B BBH 37.1
    expect(row('코드')).toEqual(['코드', 28.9, 15.2, 30.7, 37.5]);
    expect(row('세계 지식')[4]).toBe(63.6);
    expect(row('MMLU')[4]).toBe(68.9);
    expect(row('BBH')[2]).toBe(37.1);
    expect(data.rows).toHaveLength(8);
  });
  it('names the paper and the table in its source line', () => {
    expect(chart.source(c)).toBe(`${look.paper('llama-2').shortTitle}, Table 3`);
  });
});

describe('Llama 2 Table 8 chart', () => {
  const chart = charts.find((x) => x.id === 'llama2-rm-accuracy-by-strength')!;
  it('orders preference strengths from clear to unsure with the Table 8 accuracies', () => {
    const data = chart.data(c);
    expect(data.rows.map((r) => r[0])).toEqual(['확연히 나음', '나음', '조금 나음', '거의 같음·모름']);
    // Fact sheet, Table 8: Safety RM 94.3 / 76.3 / 65.7 / 55.3; Helpfulness RM 80.7 / 67.5 / 60.9 / 54.7
    expect(data.rows.map((r) => r[1])).toEqual([94.3, 76.3, 65.7, 55.3]);
    expect(data.rows.map((r) => r[2])).toEqual([80.7, 67.5, 60.9, 54.7]);
  });
  it('marks the coin-flip level in the picture', () => {
    const svg = chart.render(c, 'light', { hidden: new Set() }).svg;
    expect(svg).toContain('점선 = 50% (무작위)');
    expect(svg).toContain('stroke-dasharray="4 3"');
  });
});
